import Link from 'next/link'
import { EuFundingNotice } from '@/components/brand/EuEmblem'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { TSiteFooter } from '@/server/content/site-chrome'

const networkNames: Record<string, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', youtube: 'YouTube', flickr: 'Flickr', telegram: 'Telegram', vk: 'VK' }

/** The footer as the editors set it (site-footer global), with the site's fixed links. */
export function SiteFooter({ locale, content }: { locale: Locale; content: TSiteFooter }) {
  const t = getTranslator(locale)
  const fixed = [
    { href: href(locale, routes.accessibility()), label: t('nav.accessibility') },
    { href: href(locale, routes.privacy()), label: t('nav.privacy') },
  ]
  const own = content.links.map((l) => l.href)
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <p>{content.about ?? t('footer.about')}</p>
          {content.organisation || content.address || content.email || content.phone ? (
            <address>
              {content.organisation ? <strong>{content.organisation}</strong> : null}
              {content.address ? <span className="site-footer__address">{content.address}</span> : null}
              {content.email ? (
                <span>
                  {t('footer.email')}: <a href={`mailto:${content.email}`}>{content.email}</a>
                </span>
              ) : null}
              {content.phone ? (
                <span>
                  {t('footer.phone')}: <a href={`tel:${content.phone.replace(/[^+\d]/g, '')}`}>{content.phone}</a>
                </span>
              ) : null}
            </address>
          ) : null}
        </div>
        <nav aria-label={t('footer.links')}>
          <ul>
            {content.links.map((l) =>
              l.external ? (
                <li key={`${l.href} ${l.label}`}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ) : (
                <li key={`${l.href} ${l.label}`}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ),
            )}
            {fixed
              .filter((l) => !own.includes(l.href))
              .map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            <li>
              <a href="/sitemap.xml">{t('nav.sitemap')}</a>
            </li>
          </ul>
        </nav>
        {content.fundingNotice ? <EuFundingNotice locale={locale} height={40} className="site-footer__funding" /> : null}
        {content.social.length ? (
          <nav aria-label={t('footer.social')}>
            <ul className="site-footer__social">
              {content.social.map((s) => (
                <li key={s.url}>
                  <a href={s.url} rel="me noopener">
                    {networkNames[s.network] ?? s.network}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  )
}
