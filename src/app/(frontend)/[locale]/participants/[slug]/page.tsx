import type { Metadata } from 'next'
import Link from 'next/link'
import { ContactPointList } from '@/components/ContactPoints'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageHeader } from '@/components/PageHeader'
import { RelatedPublications } from '@/components/Search/RelatedPublications'
import { formatDate, type DatePrecision } from '@/i18n/format'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { Participant } from '@/payload-types'
import { findOneLocalized } from '@/server/content/find-localized'
import { currentViewer } from '@/server/account/current-user'
import { loadStrategicGroup } from '@/server/governance/load-strategic-group'
import { loadCountryProfile } from '@/server/participants/country-profile'

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
  const [group, viewer] = await Promise.all([loadStrategicGroup(locale), currentViewer()])
  const inStrategicGroup = group.members.some((m) => m.id === p.id)
  const profile = p.kind === 'state' ? await loadCountryProfile(p.id, locale, viewer) : undefined
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
      {profile?.news.length ? (
        <section aria-labelledby="country-news">
          <h2 id="country-news">{t('participant.news')}</h2>
          <ul className="results">
            {profile.news.map((n) => (
              <li key={n.id} lang={n.fallback ? n.shownIn : undefined}>
                <Link href={href(locale, routes.article(n.slug))}>{n.title}</Link>
                <span className="meta"> · <time dateTime={n.publishedAt}>{formatDate(locale, n.publishedAt)}</time></span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {profile?.projects.length ? (
        <section aria-labelledby="country-projects">
          <h2 id="country-projects">{t('participant.projects')}</h2>
          <ul className="results">
            {profile.projects.map((pr) => (
              <li key={pr.id} lang={pr.fallback ? pr.shownIn : undefined}>
                <Link href={href(locale, routes.project(pr.slug))}>{pr.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {profile?.conferencesHosted.length ? (
        <section aria-labelledby="country-conferences">
          <h2 id="country-conferences">{t('participant.conferencesHosted')}</h2>
          <ul className="results">
            {profile.conferencesHosted.map((c) => (
              <li key={c.id} lang={c.fallback ? c.shownIn : undefined}>
                <Link href={`${href(locale, routes.governance())}#conference-${c.slug}`}>{c.title}</Link>
                {c.heldOn ? <span className="meta"> · {formatDate(locale, c.heldOn, (c.heldOnPrecision ?? 'day') as DatePrecision)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {profile?.contactPoints?.length ? (
        <section aria-labelledby="country-ncp" className="members-only">
          <h2 id="country-ncp">{t('participant.contactPoints')}</h2>
          <p className="hint">{t('participant.contactPointsNote')}</p>
          <ContactPointList points={profile.contactPoints} />
        </section>
      ) : null}
    </article>
  )
}
