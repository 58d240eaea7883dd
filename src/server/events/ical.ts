import { TZDate } from '@date-fns/tz'
import { ICalCalendar, ICalCalendarMethod } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { Locale } from '@/i18n/locales'

export type TCalendarEvent = {
  id: number | string
  title: string
  summary?: string | null
  startsAt: string
  endsAt: string
  zone: string
  location?: string | null
  url: string
  updatedAt?: string | null
}

/**
 * An iCalendar (RFC 5545) calendar of events, each in its own time zone: times are written as
 * wall-clock times with a TZID, and a VTIMEZONE (from the IANA database, timezones-ical-library)
 * is included for each zone used, so calendars show the right time on either side of a change
 * of daylight saving time. ical-generator writes, escapes and folds the lines.
 */
export function eventsCalendar({ name, locale, events, host }: { name: string; locale: Locale; events: TCalendarEvent[]; host: string }): string {
  const calendar = new ICalCalendar({ name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Prague Process', product: 'Platform', language: locale.toUpperCase() } })
  calendar.timezone({ name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] })
  for (const event of events) {
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      start: new TZDate(Date.parse(event.startsAt), event.zone),
      end: new TZDate(Date.parse(event.endsAt), event.zone),
      timezone: event.zone,
      stamp: event.updatedAt ? new Date(event.updatedAt) : new Date(0),
      summary: event.title,
      description: [event.summary, event.url].filter(Boolean).join('\n\n'),
      location: event.location ?? undefined,
      url: event.url,
    })
  }
  // Every content line ends with CRLF, the last one too (RFC 5545, 3.1).
  const text = calendar.toString()
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}
