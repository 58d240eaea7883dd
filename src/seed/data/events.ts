import type { TOptionalField } from '@/server/registrations/registration-rules'
import type { Localized } from '../types'

/** The kinds of meeting the seed names (governance and the Observatory's and Academy's work). */
export const eventTypes: { slug: string; name: Localized }[] = [
  { slug: 'senior-officials-meeting', name: { en: 'Senior Officials’ Meeting', ru: 'Совещание старших должностных лиц' } },
  { slug: 'ministerial-conference', name: { en: 'Ministerial Conference', ru: 'Министерская конференция' } },
  { slug: 'strategic-group-meeting', name: { en: 'Strategic Group meeting', ru: 'Заседание Стратегической группы' } },
  { slug: 'ncp-meeting', name: { en: 'National Contact Points meeting', ru: 'Встреча национальных контактных пунктов' } },
  { slug: 'expert-meeting', name: { en: 'Expert meeting', ru: 'Экспертная встреча' } },
  { slug: 'workshop', name: { en: 'Workshop', ru: 'Семинар' } },
  { slug: 'webinar', name: { en: 'Webinar', ru: 'Вебинар' } },
  { slug: 'training', name: { en: 'Training', ru: 'Тренинг' } },
  { slug: 'study-visit', name: { en: 'Study visit', ru: 'Ознакомительная поездка' } },
  { slug: 'expert-mission', name: { en: 'Expert mission', ru: 'Экспертная миссия' } },
]

/** A time in the event's zone, counted in days from the first start (the demo calendar stays current). */
export type SeedEventTime = { inDays: number; hour: number; minute?: number }

export type SeedEvent = {
  slug: string
  type: string
  title: Localized
  summary: Localized
  description: { en: string[]; ru: string[] }
  zone: string
  starts: SeedEventTime
  ends: SeedEventTime
  format: 'in-person' | 'online' | 'hybrid'
  city?: Localized
  place?: Localized
  /** ISO codes of participating states. */
  country?: string
  host?: string
  interpretation: ('en' | 'ru')[]
  areas: string[]
  visibility: 'public' | 'members'
  agenda?: { day: number; from: [number, number]; to: [number, number]; title: Localized; speakers?: Localized }[]
  /** Registration on the platform; the deadline in days before the start. */
  registration?: { mode: 'anyone' | 'members' | 'nominated'; capacity?: number; quotaPerState?: number; approval?: 'secretariat' | 'automatic'; closesDaysBefore?: number; askFor?: TOptionalField[] }
}

/**
 * Demo meetings, written for the demo from the seed's description of the Process (annual
 * Senior Officials' Meetings, expert meetings agreed by the National Contact Points, the
 * Observatory's workshops and the Academy's trainings). Dates are relative to the first start.
 */
export const demoEvents: SeedEvent[] = [
  {
    slug: 'senior-officials-meeting-prague',
    type: 'senior-officials-meeting',
    title: { en: 'Senior Officials’ Meeting of the Prague Process', ru: 'Совещание старших должностных лиц Пражского процесса' },
    summary: {
      en: 'The yearly meeting of senior officials reviews the actions under way, evaluates their impact and prepares recommendations for the next Ministerial Conference.',
      ru: 'Ежегодное совещание старших должностных лиц подводит итоги текущих мероприятий, оценивает их результаты и готовит рекомендации к следующей министерской конференции.',
    },
    description: {
      en: ['Delegations of the participating states, the European Commission and partner organisations discuss the implementation of the Action Plan in its six thematic areas.', 'Interpretation between English and Russian is provided throughout.'],
      ru: ['Делегации государств-участников, Европейской комиссии и организаций-партнёров обсуждают выполнение Плана действий по шести тематическим направлениям.', 'На протяжении всего совещания обеспечивается устный перевод с английского на русский и обратно.'],
    },
    zone: 'Europe/Prague',
    starts: { inDays: 75, hour: 9, minute: 30 },
    ends: { inDays: 76, hour: 13 },
    format: 'in-person',
    city: { en: 'Prague', ru: 'Прага' },
    place: { en: 'Czernin Palace', ru: 'Чернинский дворец' },
    country: 'CZ',
    host: 'CZ',
    interpretation: ['en', 'ru'],
    areas: [],
    visibility: 'public',
    registration: { mode: 'nominated', capacity: 150, quotaPerState: 3, closesDaysBefore: 21, askFor: ['organisation', 'jobTitle', 'interpretation', 'needsVisa', 'dietary'] },
    agenda: [
      { day: 0, from: [9, 30], to: [10, 0], title: { en: 'Opening and welcome by the host', ru: 'Открытие и приветствие принимающей стороны' } },
      { day: 0, from: [10, 0], to: [12, 30], title: { en: 'Implementation of the Action Plan: results of the year', ru: 'Выполнение Плана действий: итоги года' }, speakers: { en: 'Prague Process Secretariat (ICMPD)', ru: 'Секретариат Пражского процесса (МЦРМП)' } },
      { day: 0, from: [14, 0], to: [17, 0], title: { en: 'The Migration Observatory and the Training Academy', ru: 'Миграционная обсерватория и Учебная академия' } },
      { day: 1, from: [9, 30], to: [12, 30], title: { en: 'Recommendations for the next Ministerial Conference', ru: 'Рекомендации к следующей министерской конференции' } },
      { day: 1, from: [12, 30], to: [13, 0], title: { en: 'Conclusions of the Chair', ru: 'Выводы председателя' } },
    ],
  },
  {
    slug: 'expert-meeting-labour-migration',
    type: 'expert-meeting',
    title: { en: 'Expert meeting on labour migration and skills partnerships', ru: 'Экспертная встреча по трудовой миграции и партнёрствам в области навыков' },
    summary: {
      en: 'State experts compare how their countries recruit workers abroad and recognise qualifications.',
      ru: 'Эксперты государств сравнивают, как их страны привлекают работников из-за рубежа и признают квалификации.',
    },
    description: { en: ['A meeting for the network of National Contact Points and the experts they nominate.'], ru: ['Встреча для сети национальных контактных пунктов и назначенных ими экспертов.'] },
    zone: 'Asia/Tbilisi',
    starts: { inDays: 40, hour: 10 },
    ends: { inDays: 41, hour: 16 },
    format: 'hybrid',
    city: { en: 'Tbilisi', ru: 'Тбилиси' },
    country: 'GE',
    host: 'GE',
    interpretation: ['en', 'ru'],
    areas: ['legal-labour-migration'],
    visibility: 'members',
    registration: { mode: 'members', capacity: 40, quotaPerState: 2, closesDaysBefore: 10, askFor: ['organisation', 'jobTitle', 'needsVisa'] },
  },
  {
    slug: 'webinar-digital-asylum-procedures',
    type: 'webinar',
    title: { en: 'Webinar: digital tools in asylum procedures', ru: 'Вебинар: цифровые инструменты в процедурах предоставления убежища' },
    summary: {
      en: 'How states use digital case management and remote interviews while keeping the guarantees of a fair procedure.',
      ru: 'Как государства используют цифровое ведение дел и дистанционные собеседования, сохраняя гарантии справедливой процедуры.',
    },
    description: { en: ['An online session of the Migration Observatory, open to everyone.'], ru: ['Онлайн-сессия Миграционной обсерватории, открытая для всех.'] },
    zone: 'Europe/Vienna',
    starts: { inDays: 20, hour: 11 },
    ends: { inDays: 20, hour: 12, minute: 30 },
    format: 'online',
    interpretation: ['en', 'ru'],
    areas: ['asylum-international-protection'],
    visibility: 'public',
    registration: { mode: 'anyone', capacity: 300, approval: 'automatic', askFor: ['organisation', 'interpretation'] },
  },
  {
    slug: 'training-identification-trafficking',
    type: 'training',
    title: { en: 'Training on identifying victims of trafficking', ru: 'Тренинг по выявлению жертв торговли людьми' },
    summary: {
      en: 'A Training Academy course for border and migration officers, led by trainers from the region.',
      ru: 'Курс Учебной академии для сотрудников пограничных и миграционных служб, который ведут тренеры из региона.',
    },
    description: { en: ['Three days of case studies and practical exercises in Russian.'], ru: ['Три дня разбора случаев и практических упражнений на русском языке.'] },
    zone: 'Asia/Almaty',
    starts: { inDays: 100, hour: 9 },
    ends: { inDays: 102, hour: 17 },
    format: 'in-person',
    city: { en: 'Almaty', ru: 'Алматы' },
    country: 'KZ',
    host: 'KZ',
    interpretation: ['ru'],
    areas: ['illegal-migration'],
    visibility: 'public',
    registration: { mode: 'anyone', capacity: 25, closesDaysBefore: 30, askFor: ['organisation', 'jobTitle', 'needsVisa', 'dietary', 'accessibility'] },
  },
  {
    slug: 'strategic-group-meeting-budapest',
    type: 'strategic-group-meeting',
    title: { en: 'Meeting of the Strategic Group', ru: 'Заседание Стратегической группы' },
    summary: {
      en: 'The Strategic Group agreed the themes of the coming expert meetings.',
      ru: 'Стратегическая группа согласовала темы предстоящих экспертных встреч.',
    },
    description: { en: ['The joint management body of the Process met under its rotating Chairmanship.'], ru: ['Орган совместного управления Процессом провёл заседание под руководством председательства, сменяющегося по ротации.'] },
    zone: 'Europe/Budapest',
    starts: { inDays: -30, hour: 10 },
    ends: { inDays: -30, hour: 15 },
    format: 'in-person',
    city: { en: 'Budapest', ru: 'Будапешт' },
    country: 'HU',
    host: 'HU',
    interpretation: ['en'],
    areas: [],
    visibility: 'public',
  },
  {
    slug: 'workshop-return-reintegration',
    type: 'workshop',
    title: { en: 'Workshop on sustainable reintegration of returnees', ru: 'Семинар по устойчивой реинтеграции возвращающихся мигрантов' },
    summary: {
      en: 'Practitioners shared what helps people who return to settle again: work, housing and advice.',
      ru: 'Практики обменялись опытом о том, что помогает вернувшимся людям снова обустроиться: работа, жильё и консультации.',
    },
    description: { en: ['A workshop of the Migration Observatory.'], ru: ['Семинар Миграционной обсерватории.'] },
    zone: 'Europe/Chisinau',
    starts: { inDays: -120, hour: 9, minute: 30 },
    ends: { inDays: -119, hour: 13 },
    format: 'in-person',
    city: { en: 'Chișinău', ru: 'Кишинёв' },
    country: 'MD',
    host: 'MD',
    interpretation: ['en', 'ru'],
    areas: ['readmission-return-reintegration'],
    visibility: 'public',
  },
]
