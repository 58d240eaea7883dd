import { dateTimeFormat } from '@/i18n/date-formats'
import type { Locale } from '@/i18n/locales'
import { offsetLabel } from './time-zones'

const intlLocale: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' }

/**
 * When an event takes place, in its own time zone with the offset, as readers of each
 * language write it: «12–14 мая 2027 г., 09:30–17:00 (UTC+02:00)», "12 May 2027, 09:30 – 17:00
 * (UTC+02:00)". When daylight saving time changes between start and end, both offsets are given.
 */
export function formatEventWhen(locale: Locale, startsAt: string | Date, endsAt: string | Date, zone: string): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const format = dateTimeFormat(intlLocale[locale], { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const range = end > start ? format.formatRange(start, end) : format.format(start)
  const [from, to] = [offsetLabel(zone, start), offsetLabel(zone, end)]
  return `${range} (${from === to ? from : `${from} / ${to}`})`
}

/** The day or days only, for lists: «12–14 мая 2027 г.». */
export function formatEventDays(locale: Locale, startsAt: string | Date, endsAt: string | Date, zone: string): string {
  const format = dateTimeFormat(intlLocale[locale], { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' })
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  return end > start ? format.formatRange(start, end) : format.format(start)
}

/** A time of day in the event's zone: "09:30". */
export function formatEventTime(locale: Locale, at: string | Date, zone: string): string {
  return dateTimeFormat(intlLocale[locale], { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at))
}

/** The calendar day of an instant in the event's zone (`2027-05-12`), to group an agenda by day. */
export function eventDay(at: string | Date, zone: string): string {
  return dateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at))
}
