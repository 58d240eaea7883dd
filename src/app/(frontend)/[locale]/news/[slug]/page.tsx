import type { Metadata } from 'next'
import Link from 'next/link'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { RichText } from '@/components/RichText'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { News } from '@/payload-types'
import { findOneLocalized } from '@/server/content/find-localized'

async function load(params: SlugParams['params']) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  return { locale, t, article: await findOneLocalized<News>('news', locale, { slug: { equals: slug } }) }
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, article } = await load(params)
  return article ? { title: article.title, description: article.excerpt, openGraph: { type: 'article' } } : notFoundMetadata(locale)
}

export default async function ArticlePage({ params }: SlugParams) {
  const { locale, t, article } = await load(params)
  if (!article) return <NotFoundView locale={locale} />
  return (
    <article lang={article.fallback ? article.shownIn : undefined}>
      <p className="breadcrumb"><Link href={href(locale, routes.news())}>{t('news.title')}</Link></p>
      <FallbackNotice locale={locale} shownIn={article.shownIn} />
      <h1>{article.title}</h1>
      <p className="meta"><time dateTime={article.publishedAt}>{formatDate(locale, article.publishedAt)}</time></p>
      <p className="lead">{article.excerpt}</p>
      <RichText data={article.body} />
    </article>
  )
}
