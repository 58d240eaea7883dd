import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { env } from '@/env'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { openValues } from '@/server/forms/sealed-values'
import { loadProposals, type TProposalCard } from '@/server/proposals/proposal-page'
import { proposalFormats } from '@/server/proposals/proposal-rules'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('proposals.title'), robots: { index: false } }
}

/** The expert-meeting proposals of the National Contact Points (members only; never cached), and the form to propose one. */
export default async function ProposalsPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.proposals()))}`)
  const data = await loadProposals(locale, user)
  if (!data) return <NotFoundView locale={locale} />
  const q = await searchParams
  const typed = param(q.form) === 'propose' ? openValues(env.secret, q.values) : {}
  const list = (cards: TProposalCard[]) => (
    <ul className="delegates">
      {cards.map((c) => (
        <li key={c.id} className="delegates__item">
          <Link className="delegates__name" href={href(locale, routes.proposal(c.id))}>{c.topic}</Link>
          <span>{t('proposals.by', { state: c.state })} · {c.area} · <time dateTime={c.createdAt}>{formatDate(locale, c.createdAt)}</time></span>
          <span>{t(`proposals.status.${c.status}`)}{c.status === 'open' ? ` · ${t('proposals.supportCount', { count: c.supporters })}` : ''}</span>
        </li>
      ))}
    </ul>
  )
  return (
    <div className="narrow">
      <PageHeader title={t('proposals.title')} intro={t('proposals.intro')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('proposals.open')}</h2>
        {data.open.length ? list(data.open) : <p>{t('proposals.none')}</p>}
      </section>
      {data.mayPropose ? (
        <section aria-labelledby="new-title">
          <h2 id="new-title">{t('proposals.new')}</h2>
          <form method="post" action="/forms/propose" className="form">
            <input type="hidden" name="locale" value={locale} />
            <div className="field">
              <label htmlFor="proposal-topic">{t('proposals.topic')}</label>
              <input id="proposal-topic" name="topic" required minLength={3} maxLength={200} defaultValue={typed.topic} />
            </div>
            <div className="field">
              <label htmlFor="proposal-area">{t('proposals.thematicArea')}</label>
              <select id="proposal-area" name="thematicArea" required defaultValue={typed.thematicArea ?? ''}>
                <option value="" disabled>{t('registration.followUp.choose')}</option>
                {data.choices.areas.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="proposal-host">{t('proposals.hostState')}</label>
              <select id="proposal-host" name="hostState" defaultValue={typed.hostState ?? ''}>
                <option value="">{t('proposals.noHost')}</option>
                {data.choices.states.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            </div>
            <fieldset className="field">
              <legend>{t('proposals.format')}</legend>
              {proposalFormats.map((f) => (
                <label key={f} className="choice">
                  <input type="radio" name="format" value={f} required defaultChecked={(typed.format ?? 'in-person') === f} /> {t(`events.format.${f}`)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="proposal-from">{t('proposals.from')}</label>
              <input id="proposal-from" name="tentativeFrom" type="date" defaultValue={typed.tentativeFrom} />
            </div>
            <div className="field">
              <label htmlFor="proposal-to">{t('proposals.to')}</label>
              <input id="proposal-to" name="tentativeTo" type="date" defaultValue={typed.tentativeTo} />
            </div>
            <div className="field">
              <label htmlFor="proposal-rationale">{t('proposals.rationale')}</label>
              <textarea id="proposal-rationale" name="rationale" rows={6} required minLength={10} maxLength={2000} defaultValue={typed.rationale} />
            </div>
            <button type="submit" className="button">{t('proposals.submit')}</button>
          </form>
        </section>
      ) : null}
      {data.decided.length ? (
        <section aria-labelledby="decided-title">
          <h2 id="decided-title">{t('proposals.decided')}</h2>
          {list(data.decided)}
        </section>
      ) : null}
    </div>
  )
}
