import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { offsetMinutes } from './time-zones'

/** An instant as the local time of a zone with its offset: `2027-02-14T09:30:00+01:00` (ISO 8601, as schema.org wants). */
export function zonedIso(at: string | Date, zone: string): string {
  const instant = new Date(at)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  const minutes = offsetMinutes(zone, instant)
  const abs = Math.abs(minutes)
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}

type TEventFacts = {
  title: string
  summary?: string | null
  startsAt: string
  endsAt: string
  zone: string
  format: 'in-person' | 'online' | 'hybrid'
  place?: string | null
  city?: string | null
  country?: string | null
  path: string
}

/** schema.org Event data for search engines (JSON-LD is data: public pages keep it while their scripts go). */
export function eventJsonLd(event: TEventFacts, locale: Locale): Record<string, unknown> {
  const url = new URL(event.path, env.publicUrl).toString()
  const physical = { '@type': 'Place', name: event.place ?? event.city ?? undefined, address: { '@type': 'PostalAddress', addressLocality: event.city ?? undefined, addressCountry: event.country ?? undefined } }
  const online = { '@type': 'VirtualLocation', url }
  const mode = { 'in-person': 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' }[event.format]
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    startDate: zonedIso(event.startsAt, event.zone),
    endDate: zonedIso(event.endsAt, event.zone),
    eventAttendanceMode: `https://schema.org/${mode}`,
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.format === 'online' ? online : event.format === 'hybrid' ? [physical, online] : physical,
    organizer: { '@type': 'Organization', name: 'Prague Process Secretariat (ICMPD)' },
    inLanguage: locale,
    url,
  }
}
