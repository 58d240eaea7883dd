import type { Metadata } from 'next'
import Link from 'next/link'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { ResponsiveImage } from '@/components/Image'
import { RichText } from '@/components/RichText'
import { env } from '@/env'
import { socialImage } from '@/server/content/image-sources'
import { openGraphFor } from '@/server/content/open-graph'
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
  if (!article) return notFoundMetadata(locale)
  const image = socialImage(article.image, env.publicUrl)
  return {
    title: article.title,
    description: article.excerpt,
    openGraph: openGraphFor(locale, { type: 'article', publishedTime: article.publishedAt, image }),
    ...(image ? { twitter: { card: 'summary_large_image', images: [image.url] } } : {}),
  }
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
      {typeof article.image === 'object' && article.image ? (
        <figure className="article-image">
          <ResponsiveImage media={article.image} sizes="(min-width: 52rem) 48rem, 100vw" priority />
        </figure>
      ) : null}
      <RichText data={article.body} />
    </article>
  )
}
