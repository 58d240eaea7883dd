import type { SeedHomeBlock } from '../types'

/**
 * The home page as first arranged (global home-page): the opening banner, the thematic areas,
 * the three strands of the work, and the lists that fill themselves. Lists keep their
 * standard headings (no heading of their own), so they follow the site's wording.
 */
export const homePage: SeedHomeBlock[] = [
  {
    blockType: 'hero',
    heading: { en: 'Prague Process', ru: 'Пражский процесс' },
    lead: {
      en: 'Since the Joint Declaration of April 2009, the states of the European Union, the Schengen Area, the Eastern Partnership, the Western Balkans, Central Asia, Russia and Turkey have worked together in this targeted dialogue to build migration partnerships.',
      ru: 'Со времени подписания Совместной декларации в апреле 2009 года государства Европейского союза, Шенгенской зоны, Восточного партнёрства, Западных Балкан, Центральной Азии, Россия и Турция выстраивают в рамках этого целевого диалога миграционные партнёрства.',
    },
    actions: [
      { label: { en: 'About the Process', ru: 'О Пражском процессе' }, kind: 'page', page: 'about' },
      { label: { en: 'Participants on the map', ru: 'Участники на карте' }, kind: 'section', section: 'participants' },
      { label: { en: 'Online Repository', ru: 'Онлайн-репозиторий' }, kind: 'section', section: 'repository' },
    ],
  },
  { blockType: 'thematicAreas' },
  {
    blockType: 'cards',
    heading: { en: 'Dialogue, analysis and training', ru: 'Диалог, аналитика и обучение' },
    cards: [
      {
        title: { en: 'Dialogue', ru: 'Диалог' },
        text: {
          en: 'National Contact Points work together every day; senior officials meet once a year, and ministers every three to five years.',
          ru: 'Национальные контактные пункты сотрудничают постоянно, старшие должностные лица встречаются раз в год, министры — раз в три–пять лет.',
        },
        link: { kind: 'section', section: 'governance' },
      },
      {
        title: { en: 'Migration Observatory', ru: 'Миграционная обсерватория' },
        text: {
          en: 'Researchers and state experts write impartial, evidence-based analyses of the region, in English and Russian, for the Online Repository.',
          ru: 'Исследователи и государственные эксперты готовят для Онлайн-репозитория беспристрастную аналитику по региону, основанную на фактических данных, — на английском и русском языках.',
        },
        link: { kind: 'section', section: 'repository' },
      },
      {
        title: { en: 'Training Academy', ru: 'Учебная академия' },
        text: {
          en: 'Trainings tailored to state officials working on migration and asylum, a network of trainers from the region and, since 2021, an E-learning Platform.',
          ru: 'Тренинги для сотрудников государственных органов, работающих в сфере миграции и убежища, сеть тренеров из региона и, с 2021 года, платформа электронного обучения.',
        },
        link: { kind: 'page', page: 'about' },
      },
    ],
  },
  { blockType: 'latestNews', count: 3 },
  { blockType: 'latestPublications', count: 4 },
  { blockType: 'upcomingEvents', count: 3 },
]
