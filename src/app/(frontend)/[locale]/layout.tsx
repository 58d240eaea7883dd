import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { env } from '@/env'
import { defaultLocale, locales } from '@/i18n/locales'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { switchLocalePath } from '@/i18n/routes'
import { currentViewer } from '@/server/account/current-user'
import { openGraphFor } from '@/server/content/open-graph'
import { previewingEditor } from '@/server/content/preview'
import { loadSiteChrome } from '@/server/content/site-chrome'
import { currentPath } from '@/server/request-context'
import '../styles.css'

// Pages render per request from the database; the HTTP front (src/http) caches anonymous HTML in front.
export const dynamic = 'force-dynamic'

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d6b' }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale, t } = await resolveLocale(params)
  const path = (await currentPath()).replace(/\?.*$/, '')
  const languages = Object.fromEntries(locales.map((l) => [l, switchLocalePath(path, l)]))
  return {
    metadataBase: new URL(env.publicUrl),
    title: { template: `%s · ${t('site.name')}`, default: t('site.name') },
    description: t('site.description'),
    alternates: { canonical: path, languages: { ...languages, 'x-default': switchLocalePath(path, defaultLocale) } },
    openGraph: openGraphFor(locale),
    icons: { icon: [{ url: '/favicon.svg', type: 'image/svg+xml' }, { url: '/favicon.ico', sizes: '32x32' }], apple: '/brand/apple-touch-icon.png' },
  }
}

export default async function FrontendLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const { locale, t } = await resolveLocale(params)
  const [path, viewer, chrome, editor] = await Promise.all([currentPath(), currentViewer(), loadSiteChrome(locale), previewingEditor()])
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">{t('nav.skip')}</a>
        {editor ? (
          <div className="preview-banner" role="status">
            <p>
              {t('preview.notice')} <a href={`/preview/exit?${new URLSearchParams({ to: path })}`}>{t('preview.exit')}</a>
            </p>
          </div>
        ) : null}
        <SiteHeader locale={locale} path={path} viewer={viewer} menu={chrome.menu} />
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
        <SiteFooter locale={locale} content={chrome.footer} />
      </body>
    </html>
  )
}
