import Link from 'next/link'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'

/** The marker the HTTP front (src/http) turns into HTTP status 404 (and removes from the page). */
export const notFoundMarker = 'pp-status-404'

/**
 * The 404 page, rendered on the server like any page. Next's notFound() would leave the
 * page to client-side rendering, and public pages are sent without scripts.
 */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = getTranslator(locale)
  return (
    <div className="page-header">
      <template data-marker={notFoundMarker} />
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.text')}</p>
      <p><Link href={href(locale, routes.home())}>{t('notFound.home')}</Link></p>
    </div>
  )
}

export function notFoundMetadata(locale: Locale) {
  return { title: getTranslator(locale)('notFound.title'), robots: { index: false } }
}
