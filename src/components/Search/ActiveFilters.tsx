import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'

export type TActiveFilter = { key: string; label: string; href: string }

/** The filters in use, each a link to the same search without it ("Remove filter: Armenia"). */
export function ActiveFilters({ locale, filters }: { locale: Locale; filters: TActiveFilter[] }) {
  if (filters.length === 0) return null
  const t = getTranslator(locale)
  return (
    <div className="active-filters">
      <p className="active-filters__title" id="active-filters">{t('repository.activeFilters')}</p>
      <ul aria-labelledby="active-filters">
        {filters.map((f) => (
          <li key={f.key}>
            <a className="chip" href={f.href} aria-label={t('repository.removeFilter', { filter: f.label })}>
              {f.label}
              <span aria-hidden="true"> ×</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
