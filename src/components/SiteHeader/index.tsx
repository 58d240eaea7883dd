import Link from 'next/link'
import { localeLabels, locales, type Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes, switchLocalePath } from '@/i18n/routes'

type Props = { locale: Locale; path: string; signedIn: boolean }

export function SiteHeader({ locale, path, signedIn }: Props) {
  const t = getTranslator(locale)
  const nav = [
    { path: routes.about(), label: t('nav.about') },
    { path: routes.thematicAreas(), label: t('nav.thematicAreas') },
    { path: routes.governance(), label: t('nav.governance') },
    { path: routes.projects(), label: t('nav.projects') },
    { path: routes.participants(), label: t('nav.participants') },
    { path: routes.news(), label: t('nav.news') },
    { path: '/repository', label: t('nav.repository') },
  ]
  const current = path.replace(/\?.*$/, '')
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link href={href(locale, routes.home())} className="brand">
          <span className="brand__name">{t('site.name')}</span>
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
          <a className="account-link" href={href(locale, signedIn ? routes.profile() : routes.signIn())}>
            {signedIn ? t('nav.account') : t('nav.signIn')}
          </a>
        </div>
      </div>
      <nav aria-label={t('nav.main')} className="main-nav">
        <ul className="container">
          {nav.map((item) => {
            const target = href(locale, item.path)
            const active = current === target || current.startsWith(`${target}/`)
            return (
              <li key={item.path}>
                <Link href={target} aria-current={active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
    </header>
  )
}
