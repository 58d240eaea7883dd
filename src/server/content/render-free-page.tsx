import type { Metadata } from 'next'
import { cache } from 'react'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageBlocks } from '@/components/PageBlocks'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { findOneLocalized } from './find-localized'

/**
 * Pages made in the admin, found by their address below the language (`about`,
 * `about/history`); about, accessibility and privacy are such pages at fixed addresses.
 */
const findPage = cache((locale: Locale, path: string) => findOneLocalized<Page>('pages', locale, { path: { equals: path } }))

export async function freePageMetadata(locale: Locale, path: string): Promise<Metadata> {
  const page = await findPage(locale, path)
  return page ? { title: page.title, description: page.intro ?? undefined } : notFoundMetadata(locale)
}

export async function FreePage({ locale, path }: { locale: Locale; path: string }) {
  const page = await findPage(locale, path)
  if (!page) return <NotFoundView locale={locale} />
  return (
    <article lang={page.fallback ? page.shownIn : undefined}>
      <FallbackNotice locale={locale} shownIn={page.shownIn} />
      <PageHeader title={page.title} intro={page.intro} />
      <PageBlocks blocks={page.layout} locale={locale} pagePath={path} />
    </article>
  )
}
