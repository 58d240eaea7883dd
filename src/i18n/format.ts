import { dateTimeFormat } from './date-formats'
import type { Locale } from './locales'

export type DatePrecision = 'day' | 'month' | 'year'

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
}

/** The one date formatter of the UI; shows a date only as precisely as it is known. */
export function formatDate(locale: Locale, iso: string | Date, precision: DatePrecision = 'day'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  const text = dateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', formats[precision]).format(date)
  // Russian month-year comes out in the nominative ("апрель 2009 г."): keep it as is.
  return text
}

export function formatYearRange(locale: Locale, start?: number | null, end?: number | null, ongoing = 'present'): string {
  if (!start) return ''
  return `${start}–${end ?? ongoing}`
}

export function formatBytes(locale: Locale, bytes: number): string {
  const units = locale === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`
}
