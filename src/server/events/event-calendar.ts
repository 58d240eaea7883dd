import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { TViewer } from '@/server/account/viewer'
import { loadEvent, loadEvents, placeOf, zoneOf, type TEventCard } from './event-list'
import { eventsCalendar, type TCalendarEvent } from './ical'

const host = () => new URL(env.publicUrl).host
const absolute = (path: string) => new URL(path, env.publicUrl).toString()

function calendarEvent(card: Pick<TEventCard, 'id' | 'title' | 'summary' | 'startsAt' | 'endsAt' | 'zone' | 'place' | 'href' | 'updatedAt'>): TCalendarEvent {
  return { id: card.id, title: card.title, summary: card.summary, startsAt: card.startsAt, endsAt: card.endsAt, zone: card.zone, location: card.place || null, url: absolute(card.href), updatedAt: card.updatedAt }
}

/**
 * The public events (of one type, or all) as an iCalendar feed that calendar applications
 * subscribe to: everything upcoming, and what ended in the last year. Always as a visitor sees
 * them: a feed URL is shared and fetched without a session.
 */
export async function publicEventsFeed(locale: Locale, type?: string, now = new Date()): Promise<string> {
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000)
  const events: TEventCard[] = []
  for (let page = 1; page <= 10; page++) {
    const batch = await loadEvents(locale, { when: 'upcoming', type, page }, null, yearAgo)
    events.push(...batch.events)
    if (page >= batch.totalPages) break
  }
  return eventsCalendar({ name: getTranslator(locale)('events.calendarName'), locale, host: host(), events: events.map(calendarEvent) })
}

/** One event as a calendar file ("add to calendar"), as the reader may see it; undefined when they may not. */
export async function eventCalendarFile(locale: Locale, slug: string, viewer: Pick<TViewer, 'roles'> | null): Promise<string | undefined> {
  const event = await loadEvent(locale, slug, viewer)
  if (!event) return undefined
  const card = { id: event.id, title: event.title, summary: event.summary, startsAt: event.startsAt, endsAt: event.endsAt, zone: zoneOf(event), place: placeOf(event, locale), href: href(locale, routes.event(event.slug)), updatedAt: event.updatedAt }
  return eventsCalendar({ name: event.title, locale, host: host(), events: [calendarEvent(card)] })
}
