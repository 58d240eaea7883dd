import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { ThematicArea } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('areas.title') }
}

export default async function ThematicAreasPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const areas = await findLocalized<ThematicArea>('thematic-areas', locale, { sort: 'order', depth: 0 })
  return (
    <>
      <PageHeader title={t('areas.title')} intro={t('areas.intro')} />
      <ol className="card-grid">
        {areas.docs.map((area) => (
          <li key={area.id} className="card" lang={area.fallback ? area.shownIn : undefined}>
            <h2><Link href={href(locale, routes.thematicArea(area.slug))}>{area.title}</Link></h2>
            <p>{area.summary}</p>
          </li>
        ))}
      </ol>
    </>
  )
}
