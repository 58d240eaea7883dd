import type { Metadata } from 'next'
import { NewsList, newsListPopulate } from '@/components/NewsList'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
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
  const news = await findLocalized<News>('news', locale, { sort: '-publishedAt', limit: newsPageSize, page, depth: 1, populate: newsListPopulate })
  return (
    <>
      <PageHeader title={t('news.title')} />
      {news.docs.length === 0 ? (
        <p>{t('news.empty')}</p>
      ) : (
        <NewsList items={news.docs} locale={locale} t={t} />
      )}
      <Pagination locale={locale} page={news.page ?? 1} totalPages={news.totalPages} pageHref={(p) => href(locale, routes.news(p))} />
    </>
  )
}
