import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'

type Props = { locale: Locale; page: number; totalPages: number; pageHref: (page: number) => string }

export function Pagination({ locale, page, totalPages, pageHref }: Props) {
  if (totalPages <= 1) return null
  const t = getTranslator(locale)
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1)
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      <ul>
        {page > 1 && (
          <li><a href={pageHref(page - 1)} rel="prev">{t('pagination.previous')}</a></li>
        )}
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page">{t('pagination.page', { page: p })}</span>
            ) : (
              <a href={pageHref(p)} aria-label={t('pagination.page', { page: p })}>{p}</a>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li><a href={pageHref(page + 1)} rel="next">{t('pagination.next')}</a></li>
        )}
      </ul>
    </nav>
  )
}
