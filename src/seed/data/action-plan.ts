import type { Localized } from '../types'

/**
 * Demo structure of the Action Plan 2023–2027, written for the demo in our own words: two
 * objectives with two actions each under every one of the six thematic areas of the seed.
 * The Secretariat enters the adopted text in the admin.
 */
export type SeedObjective = { code: string; area: string; title: Localized; actions: { code: string; title: Localized }[] }

export const actionPlanObjectives: SeedObjective[] = [
  {
    code: '1.1', area: 'illegal-migration',
    title: { en: 'Strengthen border management and cooperation among border authorities', ru: 'Укрепление управления границами и сотрудничества пограничных ведомств' },
    actions: [
      { code: '1.1.1', title: { en: 'Exchange information on irregular migration routes and trends', ru: 'Обмен информацией о маршрутах и тенденциях нелегальной миграции' } },
      { code: '1.1.2', title: { en: 'Train border officials in document security and risk analysis', ru: 'Обучение сотрудников пограничных служб проверке подлинности документов и анализу рисков' } },
    ],
  },
  {
    code: '1.2', area: 'illegal-migration',
    title: { en: 'Counter migrant smuggling and trafficking in human beings', ru: 'Противодействие незаконному ввозу мигрантов и торговле людьми' },
    actions: [
      { code: '1.2.1', title: { en: 'Improve the identification and referral of victims of trafficking', ru: 'Совершенствование выявления и перенаправления жертв торговли людьми' } },
      { code: '1.2.2', title: { en: 'Strengthen cross-border investigations of smuggling networks', ru: 'Усиление трансграничных расследований деятельности сетей незаконного ввоза мигрантов' } },
    ],
  },
  {
    code: '2.1', area: 'integration',
    title: { en: 'Support the integration of migrants in society and in the labour market', ru: 'Содействие интеграции мигрантов в общество и на рынок труда' },
    actions: [
      { code: '2.1.1', title: { en: 'Offer language and civic orientation courses', ru: 'Организация языковых курсов и курсов гражданской ориентации' } },
      { code: '2.1.2', title: { en: 'Recognise the qualifications and skills of migrants', ru: 'Признание квалификаций и навыков мигрантов' } },
    ],
  },
  {
    code: '2.2', area: 'integration',
    title: { en: 'Involve local authorities and civil society in integration', ru: 'Вовлечение местных органов власти и гражданского общества в интеграцию' },
    actions: [
      { code: '2.2.1', title: { en: 'Exchange the practice of municipal integration services', ru: 'Обмен опытом муниципальных служб интеграции' } },
      { code: '2.2.2', title: { en: 'Counter discrimination and xenophobia', ru: 'Противодействие дискриминации и ксенофобии' } },
    ],
  },
  {
    code: '3.1', area: 'readmission-return-reintegration',
    title: { en: 'Implement readmission agreements effectively', ru: 'Эффективное выполнение соглашений о реадмиссии' },
    actions: [
      { code: '3.1.1', title: { en: 'Shorten the processing of readmission requests', ru: 'Сокращение сроков рассмотрения запросов о реадмиссии' } },
      { code: '3.1.2', title: { en: 'Train officials in readmission procedures', ru: 'Обучение должностных лиц процедурам реадмиссии' } },
    ],
  },
  {
    code: '3.2', area: 'readmission-return-reintegration',
    title: { en: 'Promote voluntary return and sustainable reintegration', ru: 'Содействие добровольному возвращению и устойчивой реинтеграции' },
    actions: [
      { code: '3.2.1', title: { en: 'Provide return counselling to migrants', ru: 'Консультирование мигрантов по вопросам возвращения' } },
      { code: '3.2.2', title: { en: 'Support the reintegration of returnees in their countries of origin', ru: 'Поддержка реинтеграции вернувшихся лиц в странах происхождения' } },
    ],
  },
  {
    code: '4.1', area: 'migration-mobility-development',
    title: { en: 'Link migration and development policies', ru: 'Увязка миграционной политики с политикой в области развития' },
    actions: [
      { code: '4.1.1', title: { en: 'Engage diasporas in the development of their countries of origin', ru: 'Вовлечение диаспор в развитие стран происхождения' } },
      { code: '4.1.2', title: { en: 'Lower the cost of remittances and channel them into investment', ru: 'Снижение стоимости денежных переводов и их направление в инвестиции' } },
    ],
  },
  {
    code: '4.2', area: 'migration-mobility-development',
    title: { en: 'Improve the evidence base on migration', ru: 'Совершенствование фактологической базы по миграции' },
    actions: [
      { code: '4.2.1', title: { en: 'Harmonise migration statistics', ru: 'Гармонизация миграционной статистики' } },
      { code: '4.2.2', title: { en: 'Share analysis through the Migration Observatory', ru: 'Распространение аналитических материалов через Миграционную обсерваторию' } },
    ],
  },
  {
    code: '5.1', area: 'legal-labour-migration',
    title: { en: 'Develop legal pathways for labour migration', ru: 'Развитие законных путей трудовой миграции' },
    actions: [
      { code: '5.1.1', title: { en: 'Conclude and implement bilateral labour migration agreements', ru: 'Заключение и выполнение двусторонних соглашений о трудовой миграции' } },
      { code: '5.1.2', title: { en: 'Inform prospective migrants before departure', ru: 'Информирование потенциальных мигрантов до выезда' } },
    ],
  },
  {
    code: '5.2', area: 'legal-labour-migration',
    title: { en: 'Protect the rights of migrant workers', ru: 'Защита прав трудящихся-мигрантов' },
    actions: [
      { code: '5.2.1', title: { en: 'Promote fair and ethical recruitment', ru: 'Содействие честному и добросовестному найму' } },
      { code: '5.2.2', title: { en: 'Ensure that social security rights can be transferred', ru: 'Обеспечение переносимости прав на социальное обеспечение' } },
    ],
  },
  {
    code: '6.1', area: 'asylum-international-protection',
    title: { en: 'Strengthen asylum systems', ru: 'Укрепление систем предоставления убежища' },
    actions: [
      { code: '6.1.1', title: { en: 'Improve the quality of asylum decisions', ru: 'Повышение качества решений по ходатайствам об убежище' } },
      { code: '6.1.2', title: { en: 'Use country-of-origin information in asylum procedures', ru: 'Использование информации о странах происхождения в процедурах предоставления убежища' } },
    ],
  },
  {
    code: '6.2', area: 'asylum-international-protection',
    title: { en: 'Protect people in vulnerable situations', ru: 'Защита лиц, находящихся в уязвимом положении' },
    actions: [
      { code: '6.2.1', title: { en: 'Identify and support vulnerable applicants, unaccompanied children first', ru: 'Выявление и поддержка уязвимых заявителей, прежде всего несопровождаемых детей' } },
      { code: '6.2.2', title: { en: 'Strengthen reception capacity', ru: 'Укрепление потенциала приёма' } },
    ],
  },
]

export const reportingPeriods = [
  { key: 'first', title: { en: '2023–2024', ru: '2023–2024' }, startsOn: '2023-01-01', endsOn: '2024-12-31', deadline: '2025-03-31', status: 'closed' as const },
  { key: 'second', title: { en: '2025–2026', ru: '2025–2026' }, startsOn: '2025-01-01', endsOn: '2026-12-31', deadline: '2027-03-31', status: 'open' as const },
]

/** States whose demo reports are in: all of them for the first period (accepted), some of the second (sent or drafts). */
export const reportingStates = { first: ['CZ', 'HU', 'LT', 'PL', 'AM', 'GE', 'MD', 'UA', 'KZ', 'UZ', 'RS', 'TR'], second: ['CZ', 'PL', 'GE', 'MD', 'KZ'] }
/** States that write their reports in Russian. */
export const russianWritingStates = new Set(['AM', 'MD', 'KZ', 'UZ'])

/** Demo narratives by progress, around the action's title (written for the demo). */
export const demoNarratives: Record<'not-started' | 'in-progress' | 'completed' | 'not-applicable', Localized> = {
  completed: {
    en: 'Completed in the period. The responsible ministry carried out the measures planned under “{action}” and reported the results to the government; the practice is now part of regular work.',
    ru: 'Выполнено в отчётном периоде. Ответственное министерство осуществило меры, запланированные в рамках действия «{action}», и доложило о результатах правительству; эта практика стала частью регулярной работы.',
  },
  'in-progress': {
    en: 'Under way. The first measures under “{action}” were taken in the period; the remaining steps are planned for the next one, with support from partner organisations.',
    ru: 'Выполняется. Первые меры в рамках действия «{action}» приняты в отчётном периоде; остальные шаги запланированы на следующий период при поддержке организаций-партнёров.',
  },
  'not-started': {
    en: 'Not started yet. Work on “{action}” is planned once the national migration strategy has been revised.',
    ru: 'Пока не начато. Работа по действию «{action}» запланирована после пересмотра национальной миграционной стратегии.',
  },
  'not-applicable': {
    en: 'Does not apply: “{action}” concerns a situation the state did not face in the period.',
    ru: 'Неприменимо: действие «{action}» касается ситуации, с которой государство в отчётном периоде не сталкивалось.',
  },
}

/** Recommendations of the Bratislava Ministerial Conference (2016) as the seed describes their follow-up, in our own words. */
export const demoRecommendations: { conference: string; text: Localized; followUp: 'planned' | 'in-progress' | 'implemented' | 'discontinued'; note: Localized; actions?: string[] }[] = [
  {
    conference: 'bratislava',
    text: { en: 'Set up a Migration Observatory that provides impartial, evidence-based analysis from across the Prague Process region.', ru: 'Создать Миграционную обсерваторию, которая обеспечивает беспристрастный анализ на основе фактических данных по всему региону Пражского процесса.' },
    followUp: 'implemented',
    note: { en: 'The Migration Observatory publishes policy briefs and analytical reports in Russian and English in the Online Repository.', ru: 'Миграционная обсерватория публикует аналитические записки и доклады на русском и английском языках в Онлайн-репозитории.' },
    actions: ['4.2.2'],
  },
  {
    conference: 'bratislava',
    text: { en: 'Set up a Training Academy offering tailor-made trainings to state representatives in the six thematic areas.', ru: 'Создать Учебную академию, предлагающую представителям государств адресные тренинги по шести тематическим направлениям.' },
    followUp: 'implemented',
    note: { en: 'The Training Academy works with a network of state and non-state trainers and, since 2021, runs an E-learning Platform for self-paced learning.', ru: 'Учебная академия работает с сетью государственных и негосударственных тренеров, а с 2021 года располагает платформой электронного обучения для самостоятельных занятий.' },
  },
  {
    conference: 'bratislava',
    text: { en: 'Continue the dialogue at senior and expert level towards the next Ministerial Conference.', ru: 'Продолжать диалог на уровне старших должностных лиц и экспертов в преддверии следующей министерской конференции.' },
    followUp: 'in-progress',
    note: { en: 'Senior Officials’ Meetings take place once a year; the states report on the Action Plan on this platform.', ru: 'Совещания старших должностных лиц проводятся ежегодно; государства отчитываются о выполнении Плана действий на этой платформе.' },
  },
]
