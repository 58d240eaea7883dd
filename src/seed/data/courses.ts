import type { Localized } from '../types'

export type SeedLesson = { slug: string; title: Localized; paragraphs: Record<'en' | 'ru', string[]>; required?: boolean }
export type SeedCourse = {
  slug: string
  title: Localized
  summary: Localized
  description: Record<'en' | 'ru', string[]>
  level: 'introductory' | 'intermediate' | 'advanced'
  hours: number
  area?: string
  sequential: boolean
  modules: { title: Localized; lessons: SeedLesson[] }[]
}

/** A short demo course of the E-learning Platform, restating the seed's facts in our own words. */
export const demoCourses: SeedCourse[] = [
  {
    slug: 'prague-process-introduction',
    title: { en: 'The Prague Process: an introduction', ru: 'Пражский процесс: введение' },
    summary: {
      en: 'A self-paced introduction for officials new to the Prague Process: how it began, who takes part and how the dialogue works.',
      ru: 'Курс для самостоятельного изучения для сотрудников, которые только знакомятся с Пражским процессом: как он возник, кто в нём участвует и как устроен диалог.',
    },
    description: {
      en: ['Four short lessons, about two hours in all. The lessons open in order; the last one is optional reading.', 'Demonstration course written for this platform from public facts about the Prague Process.'],
      ru: ['Четыре коротких урока, всего около двух часов. Уроки открываются по порядку; последний — дополнительное чтение по желанию.', 'Демонстрационный курс, подготовленный для этой платформы на основе общедоступных сведений о Пражском процессе.'],
    },
    level: 'introductory',
    hours: 2,
    sequential: true,
    modules: [
      {
        title: { en: 'Origins and participants', ru: 'Истоки и участники' },
        lessons: [
          {
            slug: 'how-the-prague-process-began',
            title: { en: 'How the Prague Process began', ru: 'Как возник Пражский процесс' },
            paragraphs: {
              en: ['The Prague Process grew out of the EU-financed project “Building Migration Partnerships”. It was launched at the first Ministerial Conference in Prague in April 2009, where the participating states signed the Joint Declaration.', 'The states agreed to strengthen co-operation in migration management with a comprehensive, balanced, pragmatic and operational approach, respecting the rights and dignity of migrants, their families and refugees.'],
              ru: ['Пражский процесс вырос из финансируемого ЕС проекта «Построение миграционных партнёрств». Он был начат на первой министерской конференции в Праге в апреле 2009 года, где государства-участники подписали Совместную декларацию.', 'Государства договорились укреплять сотрудничество в управлении миграцией на основе всеобъемлющего, сбалансированного, прагматичного и практического подхода, уважая права и достоинство мигрантов, членов их семей и беженцев.'],
            },
          },
          {
            slug: 'who-takes-part',
            title: { en: 'Who takes part', ru: 'Кто участвует' },
            paragraphs: {
              en: ['Fifty states take part: the countries of the European Union and the Schengen Area, the Eastern Partnership, the Western Balkans, Central Asia, Russia and Turkey.', 'EU bodies and partner organisations support the dialogue; the International Centre for Migration Policy Development (ICMPD) acts as its Secretariat.'],
              ru: ['В процессе участвуют пятьдесят государств: страны Европейского союза и Шенгенской зоны, Восточного партнёрства, Западных Балкан, Центральной Азии, Россия и Турция.', 'Диалог поддерживают органы ЕС и организации-партнёры; функции Секретариата выполняет Международный центр по развитию миграционной политики (МЦРМП).'],
            },
          },
        ],
      },
      {
        title: { en: 'How the dialogue works', ru: 'Как устроен диалог' },
        lessons: [
          {
            slug: 'thematic-areas-and-action-plan',
            title: { en: 'Thematic areas and the Action Plan', ru: 'Тематические направления и План действий' },
            paragraphs: {
              en: ['The Action Plan sets out six thematic areas: preventing and fighting illegal migration; integration; readmission, voluntary return and sustainable reintegration; migration, mobility and development; legal migration with an emphasis on labour migration; and asylum and international protection.', 'Senior Officials’ Meetings review the work, and a Strategic Group with a rotating chairmanship steers it between meetings.'],
              ru: ['План действий определяет шесть тематических направлений: предотвращение незаконной миграции и борьба с ней; интеграция; реадмиссия, добровольное возвращение и устойчивая реинтеграция; миграция, мобильность и развитие; законная миграция с акцентом на трудовую миграцию; убежище и международная защита.', 'Совещания старших должностных лиц подводят итоги работы, а Стратегическая группа с ротационным председательством руководит ею между совещаниями.'],
            },
          },
          {
            slug: 'further-reading',
            title: { en: 'Further reading', ru: 'Дополнительное чтение' },
            required: false,
            paragraphs: {
              en: ['The Online Repository of the Migration Observatory holds policy briefs, analytical reports and factsheets in English and Russian. The Training Academy’s library holds the handbooks and materials used in its trainings.'],
              ru: ['В Онлайн-репозитории Миграционной обсерватории собраны аналитические записки, доклады и информационные бюллетени на английском и русском языках. В библиотеке Учебной академии — руководства и материалы, используемые на её тренингах.'],
            },
          },
        ],
      },
    ],
  },
]
