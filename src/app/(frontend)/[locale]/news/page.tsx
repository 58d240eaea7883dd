import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { News } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'

const newsPageSize = 10

type Props = LocaleParams & { searchParams: Promise<{ page?: string }> }

function pageNumber(raw: string | undefined): number {
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  const page = pageNumber((await searchParams).page)
  return { title: page > 1 ? t('news.titlePage', { page }) : t('news.title') }
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale, t } = await resolveLocale(params)
  const page = pageNumber((await searchParams).page)
  const news = await findLocalized<News>('news', locale, { sort: '-publishedAt', limit: newsPageSize, page, depth: 0 })
  return (
    <>
      <PageHeader title={t('news.title')} />
      {news.docs.length === 0 ? (
        <p>{t('news.empty')}</p>
      ) : (
        <ul className="news-list">
          {news.docs.map((item) => (
            <li key={item.id} lang={item.fallback ? item.shownIn : undefined}>
              <h2><Link href={href(locale, routes.article(item.slug))}>{item.title}</Link></h2>
              <p className="meta">
                <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
                {item.fallback ? <> · <span className="badge">{t('fallback.badge')}</span></> : null}
              </p>
              <p>{item.excerpt}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={news.page ?? 1} totalPages={news.totalPages} pageHref={(p) => href(locale, routes.news(p))} />
    </>
  )
}
