import type { Metadata } from 'next'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageBlocks } from '@/components/PageBlocks'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { findOneLocalized } from './find-localized'

/** About, accessibility and privacy are free pages edited in the admin, found by slug. */
export async function freePageMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const page = await findOneLocalized<Page>('pages', locale, { slug: { equals: slug } })
  return page ? { title: page.title, description: page.intro ?? undefined } : notFoundMetadata(locale)
}

export async function FreePage({ locale, slug }: { locale: Locale; slug: string }) {
  const page = await findOneLocalized<Page>('pages', locale, { slug: { equals: slug } })
  if (!page) return <NotFoundView locale={locale} />
  return (
    <article lang={page.fallback ? page.shownIn : undefined}>
      <FallbackNotice locale={locale} shownIn={page.shownIn} />
      <PageHeader title={page.title} intro={page.intro} />
      <PageBlocks blocks={page.layout} />
    </article>
  )
}
