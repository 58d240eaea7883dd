import type { Localized } from '../types'

export type SeedTrainer = {
  slug: string
  name: Localized
  kind: 'state' | 'non-state'
  /** The participant's slug. */
  country: string
  institution: Localized
  thematicAreas: string[]
  languages: string[]
  biography: Localized
  trainings: { title: Localized; year: number; place: Localized }[]
}

/** Said at the start of every demo profile, so nobody takes it for a real person. */
export const demoTrainerLabel: Localized = {
  en: 'Demonstration profile: this person is invented for the platform’s demo content.',
  ru: 'Демонстрационный профиль: этот человек придуман для демонстрационного наполнения платформы.',
}

/** Three demo profiles of the trainers' network, from three regions of the Process. */
export const demoTrainers: SeedTrainer[] = [
  {
    slug: 'nino-kapanadze',
    name: { en: 'Nino Kapanadze', ru: 'Нино Капанадзе' },
    kind: 'state',
    country: 'georgia',
    institution: { en: 'State migration agency (demonstration)', ru: 'Государственное миграционное ведомство (демонстрация)' },
    thematicAreas: ['illegal-migration', 'readmission-return-reintegration'],
    languages: ['ka', 'ru', 'en'],
    biography: {
      en: 'Trains border and migration officers on document checks, on readmission procedures and on the sustainable reintegration of returning migrants.',
      ru: 'Проводит тренинги для сотрудников пограничных и миграционных служб по проверке документов, процедурам реадмиссии и устойчивой реинтеграции возвращающихся мигрантов.',
    },
    trainings: [
      { title: { en: 'Readmission in practice: a workshop for case officers', ru: 'Реадмиссия на практике: семинар для специалистов' }, year: 2019, place: { en: 'Tbilisi', ru: 'Тбилиси' } },
      { title: { en: 'Identifying forged travel documents', ru: 'Выявление поддельных проездных документов' }, year: 2021, place: { en: 'Online', ru: 'Онлайн' } },
    ],
  },
  {
    slug: 'aigerim-nurlanova',
    name: { en: 'Aigerim Nurlanova', ru: 'Айгерим Нурланова' },
    kind: 'non-state',
    country: 'kazakhstan',
    institution: { en: 'University migration research centre (demonstration)', ru: 'Университетский центр миграционных исследований (демонстрация)' },
    thematicAreas: ['legal-labour-migration', 'migration-mobility-development'],
    languages: ['kk', 'ru', 'en'],
    biography: {
      en: 'A researcher of labour mobility in Central Asia who teaches state officials how to read and use migration statistics.',
      ru: 'Исследовательница трудовой мобильности в Центральной Азии; обучает государственных служащих анализу и использованию миграционной статистики.',
    },
    trainings: [{ title: { en: 'Migration data for policy makers', ru: 'Миграционные данные для разработчиков политики' }, year: 2022, place: { en: 'Almaty', ru: 'Алматы' } }],
  },
  {
    slug: 'petr-novak',
    name: { en: 'Petr Novák', ru: 'Петр Новак' },
    kind: 'state',
    country: 'czech-republic',
    institution: { en: 'Ministry department for asylum and migration policy (demonstration)', ru: 'Департамент министерства по политике в области убежища и миграции (демонстрация)' },
    thematicAreas: ['asylum-international-protection', 'integration'],
    languages: ['cs', 'en', 'ru'],
    biography: {
      en: 'Trains asylum case workers on interviewing applicants for international protection and on the first steps of integration.',
      ru: 'Обучает сотрудников, рассматривающих ходатайства об убежище, проведению собеседований с лицами, ищущими международной защиты, и первым шагам интеграции.',
    },
    trainings: [{ title: { en: 'Interviewing applicants for international protection', ru: 'Собеседование с лицами, ищущими международной защиты' }, year: 2020, place: { en: 'Prague', ru: 'Прага' } }],
  },
]
