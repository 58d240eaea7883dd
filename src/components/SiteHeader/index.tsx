import Link from 'next/link'
import { Wordmark } from '@/components/brand/Wordmark'
import { localeLabels, locales, type Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes, switchLocalePath } from '@/i18n/routes'
import { viewerText, type TViewer } from '@/server/account/viewer'
import type { TResolvedLink } from '@/server/content/site-links'

type Props = { locale: Locale; path: string; viewer: TViewer | null; menu: TResolvedLink[] }

export function SiteHeader({ locale, path, viewer, menu }: Props) {
  const t = getTranslator(locale)
  // The editors' menu (site-header global); the site's sections until they have set one.
  const nav: TResolvedLink[] = menu.length
    ? menu
    : [
        { href: href(locale, routes.about()), label: t('nav.about'), external: false },
        { href: href(locale, routes.thematicAreas()), label: t('nav.thematicAreas'), external: false },
        { href: href(locale, routes.governance()), label: t('nav.governance'), external: false },
        { href: href(locale, routes.projects()), label: t('nav.projects'), external: false },
        { href: href(locale, routes.participants()), label: t('nav.participants'), external: false },
        { href: href(locale, routes.news()), label: t('nav.news'), external: false },
        { href: href(locale, routes.events()), label: t('nav.events'), external: false },
        { href: href(locale, '/repository'), label: t('nav.repository'), external: false },
      ]
  const current = path.replace(/\?.*$/, '')
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link href={href(locale, routes.home())} className="brand">
          <Wordmark locale={locale} tone="inverse" height={44} className="brand__wordmark" />
          <span className="brand__tagline">{t('site.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          <form method="get" action={href(locale, '/search')} role="search" className="header-search">
            <label htmlFor="header-q" className="visually-hidden">{t('search.label')}</label>
            <input id="header-q" name="q" type="search" placeholder={t('nav.search')} maxLength={500} />
            <button type="submit">{t('search.submit')}</button>
          </form>
          <nav aria-label={t('nav.languages')}>
            <ul className="lang-switch">
              {locales.map((l) => (
                <li key={l}>
                  {l === locale ? (
                    <span aria-current="true" lang={l}>{localeLabels[l]}</span>
                  ) : (
                    <a href={switchLocalePath(path, l)} hrefLang={l} lang={l}>
                      {localeLabels[l]}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          {viewer ? (
            <a className="account-link" href={href(locale, routes.dashboard())}>
              <span className="account-link__name">{viewerText(viewer, 'name')}</span>
              <span className="visually-hidden"> · {t('nav.account')}</span>
            </a>
          ) : (
            <a className="account-link" href={href(locale, routes.signIn())}>{t('nav.signIn')}</a>
          )}
        </div>
      </div>
      <nav aria-label={t('nav.main')} className="main-nav">
        <ul className="container">
          {nav.map((item) => {
            const home = item.href === href(locale, routes.home())
            const active = !item.external && (current === item.href || (!home && current.startsWith(`${item.href}/`)))
            return (
              <li key={`${item.href} ${item.label}`}>
                {item.external ? (
                  <a href={item.href}>{item.label}</a>
                ) : (
                  <Link href={item.href} aria-current={active ? 'page' : undefined}>
                    {item.label}
                  </Link>
                )}
              </li>
            )
          })}
        </ul>
      </nav>
    </header>
  )
}
