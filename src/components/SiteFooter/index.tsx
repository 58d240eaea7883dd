import Link from 'next/link'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getTranslator(locale)
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t('footer.about')}</p>
        <ul>
          <li><Link href={href(locale, routes.accessibility())}>{t('nav.accessibility')}</Link></li>
          <li><Link href={href(locale, routes.privacy())}>{t('nav.privacy')}</Link></li>
          <li><a href="/sitemap.xml">{t('nav.sitemap')}</a></li>
        </ul>
      </div>
    </footer>
  )
}
