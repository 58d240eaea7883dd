import type { Locale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'

/**
 * "2018–2021", "Since 2018 (ongoing)" or "Until 2009", from the years the project has;
 * undefined when it has none, so the page leaves the line out instead of saying so.
 */
export function projectPeriod(locale: Locale, p: { startYear?: number | null; endYear?: number | null }): string | undefined {
  if (p.startYear && p.endYear) return translate(locale, 'projects.periodClosed', { start: String(p.startYear), end: String(p.endYear) })
  if (p.startYear) return translate(locale, 'projects.periodOpen', { start: String(p.startYear) })
  if (p.endYear) return translate(locale, 'projects.periodUntil', { end: String(p.endYear) })
  return undefined
}
