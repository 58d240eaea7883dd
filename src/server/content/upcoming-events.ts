import type { DatePrecision } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { Conference } from '@/payload-types'
import { loadEvents } from '@/server/events/event-list'
import { formatEventDays } from '@/server/events/event-time'
import { findLocalized } from './find-localized'

/** `when`: the event's days as written in its own time zone (events); else `startsAt` at `precision` (conferences known to the month). */
export type TUpcomingEvent = { id: string; title: string; startsAt: string; precision: DatePrecision; when?: string; place?: string; href: string; lang?: Locale }

/**
 * What is coming up, soonest first, as an anonymous reader may see it: the public events of the
 * calendar and the Ministerial Conferences dated ahead (those not in the calendar).
 */
export async function upcomingEvents(locale: Locale, limit: number, now = new Date()): Promise<TUpcomingEvent[]> {
  const [calendar, conferences] = await Promise.all([loadEvents(locale, { when: 'upcoming' }, null, now), upcomingConferences(locale, limit, now)])
  const events: TUpcomingEvent[] = calendar.events.map((e) => ({
    id: `event-${e.id}`,
    title: e.title,
    startsAt: e.startsAt,
    precision: 'day',
    when: formatEventDays(locale, e.startsAt, e.endsAt, e.zone),
    place: e.place || undefined,
    href: e.href,
    lang: e.lang,
  }))
  // A conference in the calendar is listed once, as its event.
  const titles = new Set(events.map((e) => e.title))
  return [...events, ...conferences.filter((c) => !titles.has(c.title))].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, limit)
}

async function upcomingConferences(locale: Locale, limit: number, now: Date): Promise<TUpcomingEvent[]> {
  // A conference known only to the month or year is "upcoming" until that period is over.
  const startOfYear = new Date(Date.UTC(now.getUTCFullYear(), 0, 1)).toISOString()
  const conferences = await findLocalized<Conference>('conferences', locale, {
    where: { heldOn: { greater_than_equal: startOfYear } },
    sort: 'heldOn',
    limit: limit + 20,
    depth: 0,
  })
  return conferences.docs
    .filter((c) => c.heldOn && periodEnd(c.heldOn, (c.heldOnPrecision ?? 'day') as DatePrecision) > now)
    .slice(0, limit)
    .map((c) => ({
      id: `conference-${c.id}`,
      title: c.title,
      startsAt: c.heldOn!,
      precision: (c.heldOnPrecision ?? 'day') as DatePrecision,
      place: c.city ?? undefined,
      href: `${href(locale, routes.governance())}#conference-${c.slug}`,
      lang: c.fallback ? c.shownIn : undefined,
    }))
}

/** The first moment after the day, month or year a date stands for. */
export function periodEnd(iso: string, precision: DatePrecision): Date {
  const d = new Date(iso)
  if (precision === 'year') return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1))
  if (precision === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1))
}
