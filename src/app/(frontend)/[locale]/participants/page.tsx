import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { ParticipantsMap } from '@/components/ParticipantsMap'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { Participant } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'
import { groupParticipants } from '@/server/participants/group-participants'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('participants.title') }
}

export default async function ParticipantsPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const { docs } = await findLocalized<Participant>('participants', locale, { limit: 500, depth: 0, keyField: 'name' })
  const sorted = [...docs].sort((a, b) => a.name.localeCompare(b.name, locale))
  const states = sorted.filter((p) => p.kind === 'state' && p.isoCode)
  const footnotes = sorted.filter((p) => p.footnote)
  const displayName = (p: Participant) => `${p.name}${p.footnote ? '*' : ''}${p.acronym && p.acronym !== p.name ? ` (${p.acronym})` : ''}`
  return (
    <>
      <PageHeader title={t('participants.title')} intro={t('participants.intro', { states: states.length })} />
      <ParticipantsMap
        title={t('participants.mapTitle')}
        description={t('participants.mapDescription', { states: states.length })}
        participants={states.map((p) => ({ isoCode: p.isoCode!, name: displayName(p), href: href(locale, routes.participant(p.slug)) }))}
      />
      <h2 id="list-title">{t('participants.listTitle')}</h2>
      <div className="participant-groups">
        {groupParticipants(sorted).map((section) => (
          <section key={section.key} aria-labelledby={`group-${section.key}`}>
            <h3 id={`group-${section.key}`}>{t(`participants.group.${section.key}` as 'participants.group.eu')}</h3>
            <ul className="participant-list">
              {section.items.map((p) => (
                <li key={p.id} lang={p.fallback ? p.shownIn : undefined}>
                  <Link href={href(locale, routes.participant(p.slug))}>{displayName(p)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {footnotes.map((p) => (
        <p key={p.id} className="footnote">* {p.footnote}</p>
      ))}
    </>
  )
}
