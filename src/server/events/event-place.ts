import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { Event, Participant } from '@/payload-types'

/** The zone an event is shown in: its own, else the organisers' (events saved before zones existed). */
export function zoneOf(event: Pick<Event, 'startsAt_tz'>): string {
  return event.startsAt_tz ?? 'Europe/Vienna'
}

/** Where: "Palace, Prague, Czech Republic", or "Online" (and both for hybrid events). */
export function placeOf(event: Pick<Event, 'format' | 'venue'>, locale: Locale): string {
  const t = getTranslator(locale)
  if (event.format === 'online') return t('events.format.online')
  const country = typeof event.venue?.country === 'object' && event.venue.country ? (event.venue.country as Participant).name : undefined
  const where = [event.venue?.place, event.venue?.city, country].filter(Boolean).join(', ')
  return event.format === 'hybrid' ? [where, t('events.format.online')].filter(Boolean).join(' · ') : where
}
