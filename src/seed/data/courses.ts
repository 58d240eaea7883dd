import type { Localized } from '../types'

export type SeedQuestion = {
  kind: 'single' | 'multiple' | 'true-false' | 'short' | 'matching'
  prompt: Localized
  options?: { text: Localized; correct: boolean }[]
  isTrue?: boolean
  accepted?: Localized
  pairs?: { left: Localized; right: Localized }[]
  explanation?: Localized
}
export type SeedQuiz = { passMark: number; minutes?: number; questions: SeedQuestion[] }
export type SeedLesson = { slug: string; title: Localized; paragraphs: Record<'en' | 'ru', string[]>; required?: boolean; quiz?: SeedQuiz }
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
      en: ['Three short lessons and a quiz, about two hours in all, with optional further reading. The lessons open in order; the course is completed by passing the quiz.', 'Demonstration course written for this platform from public facts about the Prague Process.'],
      ru: ['Три коротких урока и тест, всего около двух часов, а также дополнительное чтение по желанию. Уроки открываются по порядку; курс завершается, когда тест сдан.', 'Демонстрационный курс, подготовленный для этой платформы на основе общедоступных сведений о Пражском процессе.'],
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
            slug: 'check-your-understanding',
            title: { en: 'Check your understanding', ru: 'Проверьте себя' },
            paragraphs: {
              en: ['Five questions on the lessons before. You need 75 % to pass; you may try again as often as you need, and each attempt has 20 minutes.'],
              ru: ['Пять вопросов по предыдущим урокам. Чтобы сдать тест, нужно набрать 75 %; пробовать можно сколько угодно раз, на каждую попытку даётся 20 минут.'],
            },
            quiz: {
              passMark: 75,
              minutes: 20,
              questions: [
                {
                  kind: 'single',
                  prompt: { en: 'In which year was the Prague Process launched?', ru: 'В каком году был начат Пражский процесс?' },
                  options: [
                    { text: { en: '2005', ru: '2005' }, correct: false },
                    { text: { en: '2009', ru: '2009' }, correct: true },
                    { text: { en: '2013', ru: '2013' }, correct: false },
                  ],
                  explanation: { en: 'It was launched at the first Ministerial Conference in Prague in April 2009.', ru: 'Он был начат на первой министерской конференции в Праге в апреле 2009 года.' },
                },
                {
                  kind: 'multiple',
                  prompt: { en: 'Which of these are thematic areas of the Action Plan?', ru: 'Какие из этих направлений входят в тематические направления Плана действий?' },
                  options: [
                    { text: { en: 'Integration', ru: 'Интеграция' }, correct: true },
                    { text: { en: 'Asylum and international protection', ru: 'Убежище и международная защита' }, correct: true },
                    { text: { en: 'Customs and trade', ru: 'Таможня и торговля' }, correct: false },
                  ],
                  explanation: { en: 'The Action Plan has six thematic areas; customs and trade is not one of them.', ru: 'В Плане действий шесть тематических направлений; таможни и торговли среди них нет.' },
                },
                {
                  kind: 'true-false',
                  prompt: { en: 'The International Centre for Migration Policy Development (ICMPD) acts as the Secretariat of the Prague Process.', ru: 'Функции Секретариата Пражского процесса выполняет Международный центр по развитию миграционной политики (МЦРМП).' },
                  isTrue: true,
                },
                {
                  kind: 'short',
                  prompt: { en: 'How many states take part in the Prague Process? Answer in figures.', ru: 'Сколько государств участвует в Пражском процессе? Ответьте цифрами.' },
                  accepted: { en: '50', ru: '50' },
                  explanation: { en: 'Fifty states take part, from the EU and the Schengen Area to Central Asia.', ru: 'В процессе участвуют пятьдесят государств — от Европейского союза и Шенгенской зоны до Центральной Азии.' },
                },
                {
                  kind: 'matching',
                  prompt: { en: 'Match each body with its role.', ru: 'Сопоставьте каждый орган с его ролью.' },
                  pairs: [
                    { left: { en: 'Strategic Group', ru: 'Стратегическая группа' }, right: { en: 'Steers the work between meetings', ru: 'Руководит работой между совещаниями' } },
                    { left: { en: 'Senior Officials’ Meetings', ru: 'Совещания старших должностных лиц' }, right: { en: 'Review the work', ru: 'Подводят итоги работы' } },
                    { left: { en: 'ICMPD', ru: 'МЦРМП' }, right: { en: 'Acts as the Secretariat', ru: 'Выполняет функции Секретариата' } },
                  ],
                },
              ],
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
