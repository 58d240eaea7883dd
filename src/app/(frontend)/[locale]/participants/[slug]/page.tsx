import type { Metadata } from 'next'
import Link from 'next/link'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageHeader } from '@/components/PageHeader'
import { RelatedPublications } from '@/components/Search/RelatedPublications'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { Participant } from '@/payload-types'
import { findOneLocalized } from '@/server/content/find-localized'
import { loadStrategicGroup } from '@/server/governance/load-strategic-group'

async function load(params: SlugParams['params']) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  return { locale, t, participant: await findOneLocalized<Participant>('participants', locale, { slug: { equals: slug } }, 'name') }
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, participant } = await load(params)
  return participant ? { title: participant.name, description: participant.summary ?? undefined } : notFoundMetadata(locale)
}

export default async function ParticipantPage({ params }: SlugParams) {
  const { locale, t, participant: p } = await load(params)
  if (!p) return <NotFoundView locale={locale} />
  const group = await loadStrategicGroup(locale)
  const inStrategicGroup = group.members.some((m) => m.id === p.id)
  return (
    <article lang={p.fallback ? p.shownIn : undefined}>
      <p className="breadcrumb"><Link href={href(locale, routes.participants())}>{t('participants.title')}</Link></p>
      <FallbackNotice locale={locale} shownIn={p.shownIn} />
      <PageHeader title={p.footnote ? `${p.name}*` : p.name} intro={p.summary} />
      <dl className="facts">
        <dt>{t('participant.kind')}</dt>
        <dd>{t(`participant.kind.${p.kind}` as 'participant.kind.state')}</dd>
        {p.acronym ? (<><dt>{t('participant.acronym')}</dt><dd>{p.acronym}</dd></>) : null}
        {p.groups?.length ? (
          <>
            <dt>{t('participant.groups')}</dt>
            <dd>{p.groups.map((g) => t(`participants.group.${g}` as 'participants.group.eu')).join(', ')}</dd>
          </>
        ) : null}
        {p.joinedOn ? (<><dt>{t('participant.joined')}</dt><dd>{formatDate(locale, p.joinedOn)}</dd></>) : null}
        {inStrategicGroup ? (<><dt>{t('governance.strategicGroup')}</dt><dd>{t('participant.strategicGroupMember')}</dd></>) : null}
      </dl>
      {p.footnote ? <p className="footnote">* {p.footnote}</p> : null}
      {p.kind === 'state' ? (
        <RelatedPublications locale={locale} filters={{ country: p.isoCode ?? p.slug }} query={{ country: p.isoCode ?? p.slug }} />
      ) : null}
    </article>
  )
}
