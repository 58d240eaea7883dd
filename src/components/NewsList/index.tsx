import Link from 'next/link'
import { ResponsiveImage } from '@/components/Image'
import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { Translate } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { News } from '@/payload-types'
import type { TLocalizedDoc } from '@/server/content/find-localized'

/**
 * What a news list needs of related documents. Images come whole: their addresses are made
 * from fields a narrower selection would leave out (filename, prefix).
 */
export const newsListPopulate = { participants: { name: true, slug: true } } as const

/** News teasers: image, title, date, excerpt; used by the news page and the home page. */
export function NewsList({ items, locale, t, headingLevel = 2 }: { items: TLocalizedDoc<News>[]; locale: Locale; t: Translate; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.id} lang={item.fallback ? item.shownIn : undefined} className={typeof item.image === 'object' && item.image ? 'news-list__item--image' : undefined}>
          <ResponsiveImage media={item.image} sizes="(min-width: 48rem) 12rem, 100vw" className="news-list__image" />
          <div>
            <Heading><Link href={href(locale, routes.article(item.slug))}>{item.title}</Link></Heading>
            <p className="meta">
              <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
              {item.fallback ? <> · <span className="badge">{t('fallback.badge')}</span></> : null}
            </p>
            <p>{item.excerpt}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}
