import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'

type TOpenGraph = NonNullable<Metadata['openGraph']>
type TImage = { url: string; width?: number; height?: number; alt: string }

/**
 * A page's Open Graph tags in full: Next replaces the layout's openGraph rather than merging
 * it, so a page that sets its own keeps the site name, locale and the default image here.
 */
export function openGraphFor(locale: Locale, page: { type?: 'website' | 'article'; publishedTime?: string; image?: TImage } = {}): TOpenGraph {
  const siteName = translate(locale, 'site.name')
  const images = [page.image ?? { url: `/brand/og-${locale}.png`, width: 1200, height: 630, alt: siteName }]
  const common = { siteName, locale: locale === 'ru' ? 'ru_RU' : 'en_GB', images }
  return page.type === 'article' ? { ...common, type: 'article', publishedTime: page.publishedTime } : { ...common, type: 'website' }
}
