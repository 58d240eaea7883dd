import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { env } from '@/env'
import { formatDate } from '@/i18n/format'
import { resolveLocale } from '@/i18n/page-params'
import { isLocale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { openValues } from '@/server/forms/sealed-values'
import { loadProposal } from '@/server/proposals/proposal-page'

type Params = { params: Promise<{ locale: string; id: string }> }

async function load(params: Params['params']) {
  const { locale, t } = await resolveLocale(params)
  const { id } = await params
  const user = await currentUser()
  const number = /^\d{1,12}$/.test(id) ? Number(id) : undefined
  return { locale, t, user, id: number, proposal: user && number ? await loadProposal(locale, user, number) : undefined }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, proposal } = await load(params)
  if (!proposal) return notFoundMetadata(locale)
  return { title: proposal.topic, robots: { index: false } }
}

/** One proposal: what is proposed and why, who supports it, the discussion, and the forms each member may use. */
export default async function ProposalPage({ params, searchParams }: Params & { searchParams: SearchParams }) {
  const { locale, t, user, id, proposal } = await load(params)
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, id ? routes.proposal(id) : routes.proposals()))}`)
  if (!proposal) return <NotFoundView locale={locale} />
  const q = await searchParams
  const typed = (form: string) => (param(q.form) === form ? openValues(env.secret, q.values) : {})
  const hidden = (
    <>
      <input type="hidden" name="locale" value={isLocale(locale) ? locale : 'en'} />
      <input type="hidden" name="proposal" value={proposal.id} />
    </>
  )
  const dates = [proposal.tentativeFrom, proposal.tentativeTo].filter((d): d is string => Boolean(d)).map((d) => formatDate(locale, d))
  return (
    <div className="narrow">
      <p className="breadcrumb"><Link href={href(locale, routes.proposals())}>{t('proposals.title')}</Link></p>
      <h1>{proposal.topic}</h1>
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <dl className="facts">
        <dt>{t('registration.page.status')}</dt>
        <dd>{t(`proposals.status.${proposal.status}`)}</dd>
        {proposal.decisionReason ? (<><dt>{t('proposals.decision')}</dt><dd>{proposal.decisionReason}</dd></>) : null}
        <dt>{t('proposals.proposer')}</dt>
        <dd>{proposal.state}</dd>
        <dt>{t('proposals.thematicArea')}</dt>
        <dd>{proposal.area}</dd>
        <dt>{t('proposals.format')}</dt>
        <dd>{t(`events.format.${proposal.format}`)}</dd>
        {proposal.host ? (<><dt>{t('events.host')}</dt><dd>{proposal.host}</dd></>) : null}
        {dates.length ? (<><dt>{t('proposals.when')}</dt><dd>{dates.join(' – ')}</dd></>) : null}
      </dl>
      <p className="prewrap">{proposal.rationale}</p>
      <p>{t('proposals.supporters', { count: proposal.supporterStates.length, states: proposal.supporterStates.join(', ') })}</p>
      {proposal.supported ? <p>{t('proposals.supported')}</p> : null}
      {proposal.maySupport ? (
        <form method="post" action="/forms/support-proposal" className="form">
          {hidden}
          <button type="submit" className="button">{t('proposals.support')}</button>
        </form>
      ) : null}

      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('proposals.comments')}</h2>
        {proposal.comments.length ? (
          <ul className="delegates">
            {proposal.comments.map((c, i) => (
              <li key={i} className="delegates__item">
                <span className="delegates__name">{c.author}{c.state ? ` (${c.state})` : ''}</span>
                <time dateTime={c.at}>{formatDate(locale, c.at)}</time>
                <span className="prewrap">{c.text}</span>
              </li>
            ))}
          </ul>
        ) : <p>{t('proposals.noComments')}</p>}
        {proposal.mayComment ? (
          <form method="post" action="/forms/comment-proposal" className="form">
            {hidden}
            <div className="field">
              <label htmlFor="comment-text">{t('proposals.comment')}</label>
              <textarea id="comment-text" name="text" rows={4} required maxLength={2000} defaultValue={typed('comment-proposal').text} />
            </div>
            <button type="submit" className="button button--secondary">{t('proposals.commentSubmit')}</button>
          </form>
        ) : null}
      </section>

      {proposal.mayDecide ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t('proposals.decision')}</h2>
          <form method="post" action="/forms/decide-proposal" className="form">
            {hidden}
            <div className="field">
              <label htmlFor="decision-reason">{t('proposals.decisionReason')}</label>
              <textarea id="decision-reason" name="reason" rows={3} maxLength={1000} defaultValue={typed('decide-proposal').reason} />
            </div>
            <p className="actions">
              <button type="submit" name="decision" value="agreed" className="button">{t('proposals.agree')}</button>{' '}
              <button type="submit" name="decision" value="declined" className="button button--secondary">{t('proposals.decline')}</button>
            </p>
          </form>
        </section>
      ) : null}
      {proposal.mayMakeEvent ? (
        proposal.eventId ? (
          <p><a href={`/admin/collections/events/${proposal.eventId}`}>{t('proposals.event')}</a></p>
        ) : (
          <form method="post" action="/forms/proposal-event" className="form">
            {hidden}
            <button type="submit" className="button">{t('proposals.makeEvent')}</button>
          </form>
        )
      ) : null}
      {proposal.mayWithdraw ? (
        <form method="post" action="/forms/withdraw-proposal" className="form">
          {hidden}
          <button type="submit" className="button button--secondary">{t('proposals.withdraw')}</button>
        </form>
      ) : null}
    </div>
  )
}
