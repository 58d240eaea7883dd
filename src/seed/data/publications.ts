import type { Localized } from '../types'

type Lang = 'en' | 'ru'

export type SeedPublication = {
  slug: string
  type: string
  /** Languages with an edition (a PDF in src/seed/files, made by `npm run demo:pdfs`). */
  editions: Lang[]
  title: Partial<Localized>
  abstract: Partial<Localized>
  keywords: Partial<Record<Lang, string[]>>
  thematicAreas: string[]
  /** ISO codes of participating states the item is about. */
  countries: string[]
  /** The text of each edition's PDF: a heading per section, then its paragraphs. */
  sections: Partial<Record<Lang, { heading: string; paragraphs: string[] }[]>>
}

const allAreas = ['illegal-migration', 'integration', 'readmission-return-reintegration', 'migration-mobility-development', 'legal-labour-migration', 'asylum-international-protection']

/** Said on every demo item, so nobody takes it for an Observatory analysis. */
export const demoLabel: Localized = {
  en: 'Demonstration item written for this platform from public facts about the Prague Process; it is not a publication of the Migration Observatory.',
  ru: 'Демонстрационный материал, подготовленный для этой платформы на основе общедоступных сведений о Пражском процессе; не является публикацией Миграционной обсерватории.',
}

export const demoAuthor = { name: { en: 'Prague Process Secretariat', ru: 'Секретариат Пражского процесса' }, affiliation: { en: 'ICMPD', ru: 'МЦРМП' } }

/**
 * Demo items of the Online Repository, one in each edition pattern (English and Russian,
 * English only, Russian only), and two of the Training Academy's library (a handbook and a
 * training material), restating facts of the seed in our own words.
 * seed() dates them on the day it runs.
 */
export const demoPublications: SeedPublication[] = [
  {
    slug: 'prague-process-at-a-glance',
    type: 'information-note',
    editions: ['en', 'ru'],
    title: { en: 'The Prague Process at a glance', ru: 'Пражский процесс: краткий обзор' },
    abstract: {
      en: 'How the Prague Process began, what its participating states agreed on, its six thematic areas and the bodies that steer it.',
      ru: 'Как возник Пражский процесс, о чём договорились государства-участники, каковы шесть тематических направлений Процесса и какие органы им руководят.',
    },
    keywords: { en: ['migration dialogue', 'migration partnerships', 'Joint Declaration'], ru: ['миграционный диалог', 'миграционные партнёрства', 'Совместная декларация'] },
    thematicAreas: allAreas,
    countries: [],
    sections: {
      en: [
        {
          heading: 'A targeted migration dialogue',
          paragraphs: [
            'The Prague Process is a targeted migration dialogue. It promotes migration partnerships among the countries of the European Union, the Schengen Area, the Eastern Partnership, the Western Balkans, Central Asia, Russia and Turkey.',
          ],
        },
        {
          heading: 'Origins',
          paragraphs: [
            'The Process grew out of the EU-financed project “Building Migration Partnerships”. It was launched at the first Prague Process Ministerial Conference, where the Prague Process Joint Declaration was signed in April 2009.',
            'The participating states agreed to strengthen co-operation in migration management with a comprehensive, balanced, pragmatic and operational approach, respecting the rights and human dignity of migrants and their family members, as well as of refugees.',
          ],
        },
        {
          heading: 'What has been achieved',
          paragraphs: [
            'In recent years most participating states have introduced dynamic changes to their migration legislation, and the non-EU states have largely adapted their policies to the EU acquis. This approximation of legal systems and national practices, together with the continued exchange of knowledge and experience, is the key achievement of the Process to date.',
          ],
        },
        {
          heading: 'Six thematic areas',
          paragraphs: [
            'Preventing and fighting illegal migration; integration of legally residing migrants; readmission, voluntary return and sustainable reintegration; migration, mobility and development; legal migration with a special emphasis on labour migration; asylum and international protection.',
          ],
        },
        {
          heading: 'Who steers the Process',
          paragraphs: [
            'National Contact Points co-operate every day at expert level. Senior Officials meet once a year. Ministerial Conferences take place every three to five years and set the strategic orientation. The Strategic Group, a joint management body with a rotating chairmanship, steers the Process together with the Secretariat at ICMPD.',
          ],
        },
      ],
      ru: [
        {
          heading: 'Целевой миграционный диалог',
          paragraphs: [
            'Пражский процесс — это целевой миграционный диалог. Он содействует развитию миграционных партнёрств между странами Европейского союза, Шенгенской зоны, Восточного партнёрства, Западных Балкан, Центральной Азии, Россией и Турцией.',
          ],
        },
        {
          heading: 'Истоки',
          paragraphs: [
            'Процесс вырос из финансируемого Европейским союзом проекта «Построение миграционных партнёрств». Он был запущен на первой министерской конференции Пражского процесса, где в апреле 2009 года была подписана Совместная декларация Пражского процесса.',
            'Государства-участники договорились укреплять сотрудничество в сфере управления миграцией на основе всеобъемлющего, сбалансированного, прагматичного и практико-ориентированного подхода, уважая права и человеческое достоинство мигрантов и членов их семей, а также беженцев.',
          ],
        },
        {
          heading: 'Чего удалось достичь',
          paragraphs: [
            'В последние годы большинство государств-участников существенно изменили своё миграционное законодательство, а государства, не входящие в ЕС, в значительной мере привели свою политику в соответствие с правом ЕС. Сближение правовых систем и национальной практики, а также постоянный обмен знаниями и опытом — главные достижения Процесса на сегодняшний день.',
          ],
        },
        {
          heading: 'Шесть тематических направлений',
          paragraphs: [
            'Предотвращение незаконной миграции и борьба с ней; интеграция законно проживающих мигрантов; реадмиссия, добровольное возвращение и устойчивая реинтеграция; миграция, мобильность и развитие; легальная миграция с особым акцентом на трудовую миграцию; убежище и международная защита.',
          ],
        },
        {
          heading: 'Кто руководит Процессом',
          paragraphs: [
            'Национальные контактные пункты обеспечивают повседневное сотрудничество на уровне экспертов. Старшие должностные лица встречаются раз в год. Министерские конференции проходят раз в три–пять лет и определяют стратегическую направленность Процесса. Стратегическая группа — орган совместного управления с ротационным председательством — руководит Процессом вместе с Секретариатом в МЦРМП.',
          ],
        },
      ],
    },
  },
  {
    slug: 'how-the-prague-process-is-governed',
    type: 'background-report',
    editions: ['en'],
    title: { en: 'How the Prague Process is governed' },
    abstract: { en: 'The four parts of the Prague Process management structure and what each of them does, from daily expert co-operation to the Ministerial Conferences.' },
    keywords: { en: ['governance', 'National Contact Points', 'Strategic Group', 'Ministerial Conference'] },
    thematicAreas: [],
    countries: ['CZ', 'HU', 'LT', 'PL'],
    sections: {
      en: [
        {
          heading: 'The management structure',
          paragraphs: [
            'The current management structure of the Prague Process encompasses the network of National Contact Points, the Senior Officials’ Meetings, the Ministerial Conferences and the Strategic Group.',
          ],
        },
        {
          heading: 'Network of National Contact Points',
          paragraphs: ['The network facilitates daily co-operation at expert level and agrees on the expert meetings.'],
        },
        {
          heading: 'Senior Officials’ Meetings',
          paragraphs: [
            'Held once a year, the meetings prepare the ground for the Ministerial Conferences, monitor ongoing actions and evaluate their impact, and provide recommendations on future policy directions.',
          ],
        },
        {
          heading: 'Ministerial Conferences',
          paragraphs: ['Taking place every three to five years, the conferences evaluate the results achieved by the Process and define its future strategic orientation.'],
        },
        {
          heading: 'Strategic Group',
          paragraphs: [
            'A joint management body of selected states with a rotating chairmanship. Its current composition: the Czech Republic, Hungary, Lithuania, Poland, the Presidency of the Council of the EU, the European Commission and the Prague Process Secretariat (ICMPD).',
          ],
        },
      ],
    },
  },
  {
    slug: 'migration-observatory-and-training-academy',
    type: 'programme-document',
    editions: ['ru'],
    title: { ru: 'Миграционная обсерватория и Учебная академия Пражского процесса' },
    abstract: { ru: 'Чем занимаются Миграционная обсерватория и Учебная академия, созданные в рамках инициативы «Пражский процесс: диалог, анализ и обучение в действии».' },
    keywords: { ru: ['Миграционная обсерватория', 'Учебная академия', 'электронное обучение'] },
    thematicAreas: allAreas,
    countries: [],
    sections: {
      ru: [
        {
          heading: 'Инициатива 2018 года',
          paragraphs: [
            'С 2018 года реализуется инициатива «Пражский процесс: диалог, анализ и обучение в действии», которую финансирует Европейская комиссия в рамках Механизма миграционного партнёрства. Она продолжает диалог на уровне старших должностных лиц и экспертов и направлена на реализацию Братиславской декларации, прежде всего на постоянное совершенствование недавно созданных Миграционной обсерватории и Учебной академии.',
          ],
        },
        {
          heading: 'Миграционная обсерватория',
          paragraphs: [
            'Обсерватория предоставляет беспристрастный анализ, основанный на фактических данных, по всему региону Пражского процесса и в соответствии с шестью тематическими направлениями Плана действий Пражского процесса. К работе привлекаются представители академического сообщества и государственные эксперты, которые готовят аналитические публикации на русском и английском языках; публикации размещаются в Онлайн-репозитории.',
            'Помимо публикаций, Обсерватория даёт представителям государств региона возможность обмениваться опытом на совещаниях и семинарах, в ходе ознакомительных визитов и экспертных миссий.',
          ],
        },
        {
          heading: 'Учебная академия',
          paragraphs: [
            'Академия проводит по шести тематическим направлениям Плана действий целевые высококачественные тренинги для представителей государств — участников Пражского процесса, работающих в сфере миграции и убежища; программы тренингов адаптируются к потребностям участников. Она опирается на постоянно расширяющуюся сеть государственных и негосударственных тренеров из региона и на растущую библиотеку учебных материалов на русском и английском языках.',
            'В 2021 году Учебная академия запустила платформу электронного обучения, которая обеспечивает государства и партнёров Пражского процесса учебными материалами для самостоятельного дистанционного обучения.',
          ],
        },
      ],
    },
  },
  {
    slug: 'trainers-handbook-training-academy',
    type: 'handbook',
    editions: ['en', 'ru'],
    title: { en: 'Trainer’s handbook: how a Training Academy course is prepared and delivered', ru: 'Руководство для тренера: как готовится и проводится тренинг Учебной академии' },
    abstract: {
      en: 'A short guide for trainers of the Prague Process Training Academy: who the trainings are for, how a course follows the six thematic areas of the Action Plan, and how trainers from the region work together.',
      ru: 'Краткое руководство для тренеров Учебной академии Пражского процесса: для кого проводятся тренинги, как курс строится по шести тематическим направлениям Плана действий и как работают вместе тренеры из региона.',
    },
    keywords: { en: ['training', 'trainers', 'adult learning', 'Training Academy'], ru: ['обучение', 'тренеры', 'обучение взрослых', 'Учебная академия'] },
    thematicAreas: allAreas,
    countries: [],
    sections: {
      en: [
        {
          heading: 'Who the trainings are for',
          paragraphs: [
            'The Training Academy offers tailor-made, targeted trainings to representatives of the Prague Process states who work in the areas of migration and asylum. A course starts from what the participants need in their daily work, not from a fixed syllabus.',
          ],
        },
        {
          heading: 'Following the Action Plan',
          paragraphs: [
            'Every training is placed in one of the six thematic areas of the Prague Process Action Plan: preventing and fighting illegal migration; integration; readmission, voluntary return and sustainable reintegration; migration, mobility and development; legal migration with a special emphasis on labour migration; and asylum and international protection.',
          ],
        },
        {
          heading: 'Working as a network',
          paragraphs: [
            'The Academy relies on a continuously expanding network of state and non-state trainers from the region. Trainers share their materials through the Academy’s library, in English and Russian, so that a course prepared in one state can be adapted in another.',
            'Since 2021 trainers can also point participants to the Academy’s E-learning Platform, where self-paced courses prepare or follow up a classroom training.',
          ],
        },
      ],
      ru: [
        {
          heading: 'Для кого проводятся тренинги',
          paragraphs: [
            'Учебная академия проводит специально разработанные целевые тренинги для представителей государств Пражского процесса, работающих в сфере миграции и убежища. Курс строится исходя из потребностей участников в их повседневной работе, а не по заранее заданной программе.',
          ],
        },
        {
          heading: 'В соответствии с Планом действий',
          paragraphs: [
            'Каждый тренинг относится к одному из шести тематических направлений Плана действий Пражского процесса: предотвращение незаконной миграции и борьба с ней; интеграция; реадмиссия, добровольное возвращение и устойчивая реинтеграция; миграция, мобильность и развитие; законная миграция с особым акцентом на трудовую миграцию; убежище и международная защита.',
          ],
        },
        {
          heading: 'Работа в сети',
          paragraphs: [
            'Академия опирается на постоянно расширяющуюся сеть государственных и негосударственных тренеров из региона. Тренеры обмениваются материалами через библиотеку Академии на английском и русском языках, чтобы курс, подготовленный в одном государстве, можно было адаптировать в другом.',
            'С 2021 года тренеры также могут направлять участников на платформу электронного обучения Академии, где курсы для самостоятельного изучения помогают подготовиться к очному тренингу или закрепить его результаты.',
          ],
        },
      ],
    },
  },
  {
    slug: 'training-module-legal-labour-migration',
    type: 'training-material',
    editions: ['ru', 'en'],
    title: { en: 'Training module: legal migration and labour mobility in the Prague Process region', ru: 'Учебный модуль: законная миграция и трудовая мобильность в регионе Пражского процесса' },
    abstract: {
      en: 'Material for a one-day training session on legal and labour migration: the commitments of the participating states, the questions a session covers, and exercises for the participants.',
      ru: 'Материал для однодневного учебного занятия по законной и трудовой миграции: обязательства государств-участников, вопросы, которые рассматриваются на занятии, и упражнения для участников.',
    },
    keywords: { en: ['labour migration', 'legal migration', 'mobility', 'training module'], ru: ['трудовая миграция', 'законная миграция', 'мобильность', 'учебный модуль'] },
    thematicAreas: ['legal-labour-migration', 'migration-mobility-development'],
    countries: [],
    sections: {
      ru: [
        {
          heading: 'Цель занятия',
          paragraphs: [
            'Участники знакомятся с тем, как государства Пражского процесса договорились сотрудничать в сфере законной миграции с особым акцентом на трудовую миграцию, и обсуждают, как эти договорённости применяются в их собственной работе.',
          ],
        },
        {
          heading: 'Вопросы для обсуждения',
          paragraphs: [
            'Какие каналы законной трудовой миграции существуют между государствами региона? Как обмен информацией между ведомствами помогает трудовым мигрантам и работодателям? Как связаны миграция, мобильность и развитие?',
          ],
        },
        {
          heading: 'Упражнение',
          paragraphs: [
            'В малых группах участники описывают путь трудового мигранта от решения уехать до возвращения домой и отмечают, на каких этапах сотрудничество государств может сделать этот путь безопаснее и проще.',
          ],
        },
      ],
      en: [
        {
          heading: 'Aim of the session',
          paragraphs: [
            'Participants learn how the Prague Process states agreed to co-operate on legal migration, with a special emphasis on labour migration, and discuss how these commitments apply to their own work.',
          ],
        },
        {
          heading: 'Questions for discussion',
          paragraphs: [
            'Which channels of legal labour migration exist between the states of the region? How does the exchange of information between agencies help labour migrants and employers? How are migration, mobility and development linked?',
          ],
        },
        {
          heading: 'Exercise',
          paragraphs: [
            'In small groups, participants trace a labour migrant’s journey from the decision to leave to the return home, and mark the stages at which co-operation between states can make the journey safer and simpler.',
          ],
        },
      ],
    },
  },
]
