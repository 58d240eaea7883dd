import type { SeedConference } from '../types'

/** Ministerial Conferences named in the seed; dates where the seed (or, marked, the public record) gives them. */
export const conferences: SeedConference[] = [
  {
    slug: 'prague-2009',
    ordinal: 1,
    title: {
      en: '1st Prague Process Ministerial Conference',
      ru: '1-я министерская конференция Пражского процесса',
    },
    city: {
      en: 'Prague',
      ru: 'Прага',
    },
    heldOn: '2009-04',
    host: 'czech-republic',
    declarationTitle: {
      en: 'Prague Process Joint Declaration',
      ru: 'Совместная декларация Пражского процесса',
    },
    declarationPoints: {
      en: [
        'The states taking part in the Building Migration Partnerships project launch the Prague Process as a targeted migration dialogue among the countries of the European Union, the Schengen Area, the Eastern Partnership, the Western Balkans, Central Asia, Russia and Turkey.',
        'They agree to strengthen co-operation in migration management, following a comprehensive, balanced, pragmatic and operational approach.',
        'They commit to respect the rights and human dignity of migrants and their family members, as well as of refugees.',
        'They agree to build migration partnerships with one another, so that the dialogue leads to joint practical work.',
      ],
      ru: [
        'Государства — участники проекта «Построение миграционных партнёрств» начинают Пражский процесс как целенаправленный миграционный диалог между странами Европейского союза, Шенгенской зоны, Восточного партнёрства, Западных Балкан, Центральной Азии, Россией и Турцией.',
        'Они договариваются укреплять сотрудничество в сфере управления миграцией на основе всестороннего, сбалансированного, прагматичного и практического подхода.',
        'Они обязуются уважать права и человеческое достоинство мигрантов и членов их семей, а также беженцев.',
        'Они договариваются выстраивать миграционные партнёрства друг с другом, чтобы диалог вёл к совместной практической работе.',
      ],
    },
    summary: {
      en: 'The 1st Ministerial Conference, held in Prague in April 2009, launched the Prague Process and culminated in the signature of the Prague Process Joint Declaration, in which the participating states agreed to strengthen co-operation in migration management.',
      ru: 'Первая министерская конференция, состоявшаяся в Праге в апреле 2009 года, положила начало Пражскому процессу и завершилась подписанием Совместной декларации Пражского процесса, в которой государства-участники договорились укреплять сотрудничество в сфере управления миграцией.',
    },
  },
  {
    slug: 'bratislava',
    title: {
      en: 'Ministerial Conference in Bratislava',
      ru: 'Министерская конференция в Братиславе',
    },
    city: {
      en: 'Bratislava',
      ru: 'Братислава',
    },
    // Not in the seed file: the month comes from the public record (the Ministerial Conference
    // in Bratislava was held in September 2016, during the Slovak Presidency of the Council of the EU).
    heldOn: '2016-09',
    host: 'slovakia',
    declarationTitle: {
      en: 'Bratislava Declaration',
      ru: 'Братиславская декларация',
    },
    declarationPoints: {
      en: [
        'The participating states confirm the Prague Process as their dialogue on migration and renew their commitment to the partnership it stands for.',
        'They agree to continue the senior and expert level dialogue in the thematic areas of the Prague Process Action Plan.',
        'They welcome the establishment of a Migration Observatory, which provides impartial, evidence-based analysis from across the region, and of a Training Academy, which offers targeted trainings to state representatives working on migration and asylum.',
        'They invite the Secretariat, ICMPD, to support the implementation of the Declaration together with the partner organisations.',
      ],
      ru: [
        'Государства-участники подтверждают, что Пражский процесс остаётся их диалогом по вопросам миграции, и вновь заявляют о приверженности партнёрству, которое он воплощает.',
        'Они договариваются продолжать диалог на уровне старших должностных лиц и экспертов по тематическим направлениям Плана действий Пражского процесса.',
        'Они приветствуют создание Миграционной обсерватории, которая готовит беспристрастную аналитику на основе фактических данных со всего региона, и Учебной академии, которая проводит адресные тренинги для представителей государств, работающих в сфере миграции и убежища.',
        'Они предлагают Секретариату, МЦРМП, содействовать выполнению Декларации совместно с организациями-партнёрами.',
      ],
    },
    summary: {
      en: 'The current initiative “Prague Process: Dialogue, Analysis and Training in Action” works to implement the Bratislava Declaration.',
      ru: 'Текущая инициатива «Пражский процесс: диалог, анализ и обучение в действии» направлена на реализацию Братиславской декларации.',
    },
  },
  {
    slug: 'ministerial-conference-2022',
    title: {
      en: 'Ministerial Conference of 2022',
      ru: 'Министерская конференция 2022 года',
    },
    // The seed gives the year only: the initiative worked "towards the next Ministerial Conference in 2022".
    heldOn: '2022',
    summary: {
      en: 'The initiative “Prague Process: Dialogue, Analysis and Training in Action” prepared the next Ministerial Conference, set for 2022, building on the results of the Migration Observatory and the Training Academy.',
      ru: 'Инициатива «Пражский процесс: диалог, анализ и обучение в действии» готовила следующую министерскую конференцию, намеченную на 2022 год, опираясь на результаты работы Миграционной обсерватории и Учебной академии.',
    },
  },
]
