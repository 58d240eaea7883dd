import type { SeedProject } from '../types'

/** Projects named in the seed; years only where the seed gives them. */
export const projects: SeedProject[] = [
  {
    slug: 'dialogue-analysis-training-in-action',
    title: {
      en: 'Prague Process: Dialogue, Analysis and Training in Action',
      ru: 'Пражский процесс: диалог, анализ и обучение в действии',
    },
    startYear: 2018,
    ongoing: true,
    funders: [
      {
        en: 'European Commission, under the Migration Partnership Facility',
        ru: 'Европейская комиссия в рамках Механизма миграционного партнёрства',
      },
    ],
    summary: {
      en: 'The current initiative continues the senior and expert-level dialogue of the Prague Process and works to implement the Bratislava Declaration.',
      ru: 'Текущая инициатива продолжает диалог Пражского процесса на уровне старших должностных лиц и экспертов и направлена на реализацию Братиславской декларации.',
    },
    body: {
      en: [
        'The initiative “Prague Process: Dialogue, Analysis and Training in Action” has been running since 2018 and is funded by the European Commission under the Migration Partnership Facility. It continues the dialogue of the Prague Process at senior and expert level and aims at implementing the Bratislava Declaration.',
        'A particular focus of the initiative is the constant improvement of the Migration Observatory and the Training Academy, both established recently. The Observatory provides impartial, evidence-based analysis, and the Academy offers tailor-made trainings; both work along the six thematic areas of the Prague Process Action Plan.',
        'The work builds upon the results and achievements of previous actions and is directed towards the next Ministerial Conference, planned for 2022.',
      ],
      ru: [
        'Инициатива «Пражский процесс: диалог, анализ и обучение в действии» реализуется с 2018 года и финансируется Европейской комиссией в рамках Механизма миграционного партнёрства. Она продолжает диалог Пражского процесса на уровне старших должностных лиц и экспертов и направлена на реализацию Братиславской декларации.',
        'Особое внимание в рамках инициативы уделяется постоянному совершенствованию недавно созданных Миграционной обсерватории и Учебной академии. Обсерватория готовит беспристрастную аналитику, основанную на фактических данных, а Академия проводит тренинги, адаптированные к потребностям участников; обе структуры работают по шести тематическим направлениям Плана действий Пражского процесса.',
        'Работа опирается на результаты и достижения предшествующих мероприятий и нацелена на подготовку следующей министерской конференции, запланированной на 2022 год.',
      ],
    },
  },
  {
    slug: 'building-migration-partnerships',
    title: {
      en: 'Building Migration Partnerships',
      ru: 'Построение миграционных партнёрств',
    },
    ongoing: false,
    funders: [
      {
        en: 'European Union',
        ru: 'Европейский союз',
      },
    ],
    summary: {
      en: 'The EU-financed project from which the Prague Process originated.',
      ru: 'Финансируемый Европейским союзом проект, из которого вырос Пражский процесс.',
    },
    body: {
      en: [
        'The Prague Process originated from the EU-financed project “Building Migration Partnerships”.',
        'The Process was then launched at the 1st Prague Process Ministerial Conference, which culminated in the signature of the Prague Process Joint Declaration in April 2009.',
      ],
      ru: [
        'Пражский процесс вырос из финансируемого Европейским союзом проекта «Построение миграционных партнёрств».',
        'Сам Процесс был запущен на 1-й министерской конференции Пражского процесса, завершившейся подписанием Совместной декларации Пражского процесса в апреле 2009 года.',
      ],
    },
  },
]
