import type { Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { Event, EventType, ThematicArea } from '@/payload-types'
import { accessSubject, type TViewer } from '@/server/account/viewer'
import { findLocalized, type TLocalizedDoc } from '@/server/content/find-localized'
import { placeOf, zoneOf } from './event-place'

export { placeOf, zoneOf }

export type TEventWhen = 'upcoming' | 'past'
export type TEventFilters = { when: TEventWhen; type?: string; area?: string; page?: number }

export type TEventCard = {
  id: number
  slug: string
  title: string
  lang?: Locale
  summary?: string | null
  startsAt: string
  endsAt: string
  zone: string
  typeName?: string
  format: Event['format']
  place: string
  href: string
  updatedAt: string
}

export const eventsPerPage = 20

/** The events a reader may see (public ones, and members' for members), upcoming soonest first or past latest first. */
export async function loadEvents(locale: Locale, filters: TEventFilters, viewer: Pick<TViewer, 'roles'> | null, now = new Date()): Promise<{ events: TEventCard[]; page: number; totalPages: number; total: number }> {
  const conditions: Where[] = [filters.when === 'upcoming' ? { endsAt: { greater_than_equal: now.toISOString() } } : { endsAt: { less_than: now.toISOString() } }]
  if (filters.type) conditions.push({ 'type.slug': { equals: filters.type } })
  if (filters.area) conditions.push({ 'thematicAreas.slug': { equals: filters.area } })
  const result = await findLocalized<Event>('events', locale, {
    where: { and: conditions },
    sort: filters.when === 'upcoming' ? 'startsAt' : '-startsAt',
    limit: eventsPerPage,
    page: Math.max(1, filters.page ?? 1),
    depth: 1,
    populate: { 'event-types': { name: true, slug: true }, participants: { name: true }, 'thematic-areas': { title: true, slug: true } },
    as: accessSubject(viewer),
  })
  return { events: result.docs.map((doc) => eventCard(doc, locale)), page: result.page ?? 1, totalPages: result.totalPages, total: result.totalDocs }
}

export function eventCard(doc: TLocalizedDoc<Event>, locale: Locale): TEventCard {
  const type = typeof doc.type === 'object' ? (doc.type as EventType) : undefined
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    lang: doc.fallback ? doc.shownIn : undefined,
    summary: doc.summary,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    zone: zoneOf(doc),
    typeName: type?.name,
    format: doc.format,
    place: placeOf(doc, locale),
    href: href(locale, routes.event(doc.slug)),
    updatedAt: doc.updatedAt,
  }
}

/** One event as the reader may see it, with its type, places and thematic areas. */
export async function loadEvent(locale: Locale, slug: string, viewer: Pick<TViewer, 'roles'> | null): Promise<TLocalizedDoc<Event> | undefined> {
  const { docs } = await findLocalized<Event>('events', locale, {
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: { 'event-types': { name: true, slug: true }, participants: { name: true, slug: true }, 'thematic-areas': { title: true, slug: true }, 'meeting-documents': { filename: true } },
    as: accessSubject(viewer),
  })
  return docs[0]
}

/** Filter choices: the event types and thematic areas, in the reader's language. */
export async function eventFilterOptions(locale: Locale): Promise<{ types: { slug: string; name: string }[]; areas: { slug: string; title: string }[] }> {
  const [types, areas] = await Promise.all([
    findLocalized<EventType>('event-types', locale, { sort: 'order', limit: 100, depth: 0, keyField: 'name' }),
    findLocalized<ThematicArea>('thematic-areas', locale, { sort: 'order', limit: 100, depth: 0 }),
  ])
  return { types: types.docs.map((d) => ({ slug: d.slug, name: d.name })), areas: areas.docs.map((d) => ({ slug: d.slug, title: d.title })) }
}
