import type { Locale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'

/** "2018 – present", "until 2009" or "period not stated", from the years the project has. */
export function projectPeriod(locale: Locale, p: { startYear?: number | null; endYear?: number | null }): string {
  if (p.startYear && p.endYear) return translate(locale, 'projects.periodClosed', { start: String(p.startYear), end: String(p.endYear) })
  if (p.startYear) return translate(locale, 'projects.periodOpen', { start: String(p.startYear) })
  return translate(locale, 'projects.periodUnknown')
}
