import type { Metadata } from 'next'
import Link from 'next/link'
import { chairmanshipStage } from '@/server/governance/current-chair'
import { PageHeader } from '@/components/PageHeader'
import { formatBytes, formatDate, type DatePrecision } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { Translate } from '@/i18n/messages'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { Conference, GovernanceBody, Participant } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'
import { loadStrategicGroup } from '@/server/governance/load-strategic-group'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('governance.title') }
}

export default async function GovernancePage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const [bodies, conferences, group] = await Promise.all([
    findLocalized<GovernanceBody>('governance-bodies', locale, { sort: 'order', depth: 0 }),
    findLocalized<Conference>('conferences', locale, {
      sort: 'heldOn',
      depth: 1,
      populate: { participants: { name: true, slug: true } },
    }),
    loadStrategicGroup(locale),
  ])
  const participantLink = (p: Participant) => (
    <Link href={href(locale, routes.participant(p.slug))}>{p.name}</Link>
  )
  return (
    <>
      <PageHeader title={t('governance.title')} intro={t('governance.intro')} />
      {bodies.docs.map((body) => (
        <section key={body.id} id={body.key} aria-labelledby={`${body.key}-title`} className="section" lang={body.fallback ? body.shownIn : undefined}>
          <h2 id={`${body.key}-title`}>{body.title}</h2>
          {body.rhythm ? <p className="meta">{body.rhythm}</p> : null}
          <p>{body.summary}</p>
          {body.functions?.length ? (
            <ul>{body.functions.map((f) => <li key={f.id}>{f.text}</li>)}</ul>
          ) : null}

          {body.key === 'strategic-group' && (
            <>
              <h3>{t('governance.composition')}</h3>
              <ul>
                {group.members.map((m) => <li key={m.id}>{participantLink(m)}</li>)}
                {group.otherMembers.map((name) => <li key={name}>{name}</li>)}
              </ul>
              <h3>{t('governance.chairmanship')}</h3>
              <p>
                {group.currentChair
                  ? t('governance.currentChair', { chair: group.currentChair.name })
                  : t('governance.chairRotates')}
              </p>
              {group.chairmanships.length > 0 && (
                <table>
                  <caption>{t('governance.chairHistory')}</caption>
                  <thead><tr><th scope="col">{t('governance.chair')}</th><th scope="col">{t('governance.period')}</th><th scope="col">{t('governance.stage')}</th></tr></thead>
                  <tbody>
                    {group.chairmanships.map((c) => (
                      <tr key={c.id}>
                        <td>{participantLink(c.chair)}</td>
                        <td>{formatDate(locale, c.from)} – {c.to ? formatDate(locale, c.to) : t('governance.ongoing')}</td>
                        <td>{t(`governance.stage.${chairmanshipStage(c)}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}

          {body.key === 'ministerial-conferences' && (
            <>
              <h3>{t('governance.conferences')}</h3>
              <ul className="timeline">
                {conferences.docs.map((c) => {
                  // Only what is known: no line at all when neither the date nor the city is.
                  const when = c.heldOn ? formatDate(locale, c.heldOn, (c.heldOnPrecision ?? 'day') as DatePrecision) : undefined
                  const host = typeof c.host === 'object' && c.host ? c.host.name : undefined
                  const meta = [when, c.city && host ? `${c.city} (${host})` : c.city || host].filter(Boolean).join(' · ')
                  return (
                    <li key={c.id} id={`conference-${c.slug}`} lang={c.fallback ? c.shownIn : undefined}>
                      <h4>{c.title}</h4>
                      {meta ? <p className="meta">{meta}</p> : null}
                      {c.declarationTitle ? <p>{t('governance.declaration', { title: c.declarationTitle })}</p> : null}
                      <DeclarationFiles conference={c} locale={locale} t={t} />
                      <p>{c.summary}</p>
                    </li>
                  )
                })}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  )
}

/** A declaration's files, one per language, each labelled in the page's language. */
function DeclarationFiles({ conference, locale, t }: { conference: Conference; locale: Locale; t: Translate }) {
  const files = (conference.declarations ?? []).flatMap((d) => (typeof d.file === 'object' && d.file?.url ? [{ language: d.language, file: d.file }] : []))
  if (!files.length) return null
  return (
    <ul className="downloads">
      {files.map(({ language, file }) => (
        <li key={language}>
          <a href={file.url!} hrefLang={language} type={file.mimeType ?? undefined} download>
            {t('governance.declarationDownload', { language })}
          </a>{' '}
          <FileFacts kind={file.mimeType === 'application/pdf' ? 'PDF' : undefined} size={file.filesize ? formatBytes(locale, file.filesize) : undefined} />
        </li>
      ))}
    </ul>
  )
}

function FileFacts({ kind, size }: { kind?: string; size?: string }) {
  const facts = [kind, size].filter(Boolean)
  return facts.length ? <span className="meta">({facts.join(', ')})</span> : null
}
