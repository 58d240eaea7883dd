import type { Metadata } from 'next'
import Link from 'next/link'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageHeader } from '@/components/PageHeader'
import { RelatedPublications } from '@/components/Search/RelatedPublications'
import { RichText } from '@/components/RichText'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { ThematicArea } from '@/payload-types'
import { findOneLocalized } from '@/server/content/find-localized'

async function load(params: SlugParams['params']) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  const area = await findOneLocalized<ThematicArea>('thematic-areas', locale, { slug: { equals: slug } })
  return { locale, t, area }
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, area } = await load(params)
  return area ? { title: area.title, description: area.summary } : notFoundMetadata(locale)
}

export default async function ThematicAreaPage({ params }: SlugParams) {
  const { locale, t, area } = await load(params)
  if (!area) return <NotFoundView locale={locale} />
  return (
    <article lang={area.fallback ? area.shownIn : undefined}>
      <p className="breadcrumb"><Link href={href(locale, routes.thematicAreas())}>{t('areas.title')}</Link></p>
      <FallbackNotice locale={locale} shownIn={area.shownIn} />
      <PageHeader title={area.title} intro={area.summary} />
      <RichText data={area.body} />
      <RelatedPublications locale={locale} filters={{ area: area.slug }} query={{ area: area.slug }} />
    </article>
  )
}
