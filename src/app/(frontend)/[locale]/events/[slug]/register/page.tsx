import type { Metadata } from 'next'
import Link from 'next/link'
import { FormStatus } from '@/components/Form'
import { MeetingDocumentList } from '@/components/MeetingDocuments/MeetingDocumentList'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FollowUpFields, followUpValues } from '@/components/Registration/FollowUpFields'
import { InvitationLetterSection } from '@/components/Registration/InvitationLetterSection'
import { RegistrationFields } from '@/components/Registration/RegistrationFields'
import { env } from '@/env'
import { localeLabels, locales } from '@/i18n/locales'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { zoneOf } from '@/server/events/event-list'
import { formatEventWhen } from '@/server/events/event-time'
import { openValues } from '@/server/forms/sealed-values'
import { loadRegistrationPage, type TRegistrationView } from '@/server/registrations/registration-page'

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  const page = await loadRegistrationPage(locale, slug, await currentUser())
  if (!page) return notFoundMetadata(locale)
  return { title: t('registration.page.heading', { event: page.event.title }), robots: { index: false } }
}

/**
 * An event's registration page, about the person reading it (never cached): their own
 * registration and how it stands, the form to register, and for a National Contact Point its
 * state's delegation with the form to nominate. Plain forms: everything works without scripts.
 */
export default async function RegistrationPage({ params, searchParams }: SlugParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  const user = await currentUser()
  const page = await loadRegistrationPage(locale, slug, user)
  if (!page) return <NotFoundView locale={locale} />
  const q = await searchParams
  const { event } = page
  const zone = zoneOf(event)
  const here = href(locale, routes.eventRegistration(event.slug))
  // What was typed before a refusal goes back into the form it was typed in.
  const typed = (form: string) => (param(q.form) === form ? openValues(env.secret, q.values) : {})
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="event" value={event.id} />
      <input type="hidden" name="slug" value={event.slug} />
    </>
  )
  const statusText = (r: TRegistrationView) => `${t(`registration.status.${r.status}`)}${r.position ? ` (${t('registration.page.position', { position: r.position })})` : ''}`
  const deadline = event.registration?.deadline || event.startsAt

  return (
    <div className="narrow registration">
      <p className="breadcrumb"><Link href={href(locale, routes.event(event.slug))}>{t('registration.page.back')}</Link></p>
      <h1>{t('registration.page.heading', { event: event.title })}</h1>
      <p>{formatEventWhen(locale, event.startsAt, event.endsAt, zone)}</p>
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />

      {page.open === 'closed' ? <p>{t('registration.page.closed')}</p> : null}
      {page.open === 'deadline-passed' ? <p>{t('registration.page.deadlinePassed')}</p> : null}
      {page.open === 'open' ? <p>{t('registration.page.deadline', { date: formatEventWhen(locale, deadline, deadline, zone) })}</p> : null}

      {page.mine ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t('registration.page.mine')}</h2>
          <dl className="facts">
            <dt>{t('registration.page.status')}</dt>
            <dd>{statusText(page.mine)}</dd>
            {page.mine.status === 'declined' && page.mine.declineReason ? (<><dt>{t('registration.page.reason')}</dt><dd>{page.mine.declineReason}</dd></>) : null}
            <dt>{t('registration.page.registeredOn')}</dt>
            <dd>{formatDate(locale, page.mine.createdAt)}</dd>
          </dl>
          {page.onlineLink ? (
            <p>
              {t('registration.page.onlineLink')}: <a href={page.onlineLink} className="break">{page.onlineLink}</a>
            </p>
          ) : null}
          {page.mine.withdrawable ? (
            <form method="post" action="/forms/withdraw-registration" className="form">
              {hidden}
              <input type="hidden" name="registration" value={page.mine.id} />
              <button type="submit" className="button button--secondary">{t('registration.page.withdraw')}</button>
            </form>
          ) : null}
        </section>
      ) : null}

      {page.open === 'open' && !user && page.mode !== 'nominated' && page.mode !== 'none' ? (
        <p>
          {t('registration.page.signIn')}{' '}
          <a href={`${href(locale, routes.signIn())}?next=${encodeURIComponent(here)}`}>{t('registration.page.signInAction')}</a>
          {page.mode === 'anyone' ? <> · <a href={href(locale, routes.signUp())}>{t('registration.page.signUpAction')}</a></> : null}
        </p>
      ) : null}
      {page.open === 'open' && page.mode === 'members' && user && !page.maySelfRegister && !page.mine ? <p>{t('registration.page.membersOnly')}</p> : null}
      {page.open === 'open' && page.mode === 'nominated' && !page.delegation && !page.mine ? <p>{t('registration.page.nominatedOnly')}</p> : null}

      {page.mine?.status === 'approved' ? (
        <section aria-labelledby="follow-up-title">
          <h2 id="follow-up-title">{t('registration.followUp.heading')}</h2>
          <p className="hint">{t('registration.followUp.intro')}</p>
          {page.mine.reviewNeeded ? <p>{t('registration.followUp.review')}</p> : null}
          <form method="post" action="/forms/follow-up" className="form">
            {hidden}
            <input type="hidden" name="registration" value={page.mine.id} />
            <FollowUpFields locale={locale} values={{ ...followUpValues(page.mine.followUp), ...typed('follow-up') }} />
            <button type="submit" className="button">{t('registration.followUp.submit')}</button>
          </form>
        </section>
      ) : null}

      {page.mine && page.letter !== undefined ? <InvitationLetterSection locale={locale} letter={page.letter} registrationId={page.mine.id} hidden={hidden} values={typed('request-letter')} /> : null}

      {page.documents?.length ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t('registration.page.documents')}</h2>
          <MeetingDocumentList locale={locale} documents={page.documents} />
        </section>
      ) : null}

      {page.participants ? (
        <section aria-labelledby="participants-title">
          <h2 id="participants-title">{t('registration.page.participants', { count: page.participants.length })}</h2>
          <ul className="delegates">
            {page.participants.map((p, i) => (
              <li key={i} className="delegates__item">
                <span className="delegates__name">{p.name}</span>
                <span>{[p.organisation, p.state].filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.maySelfRegister ? (
        <section aria-labelledby="register-title">
          <h2 id="register-title">{t('registration.page.form')}</h2>
          <p className="hint">{t('registration.page.privacy')}</p>
          <form method="post" action="/forms/register" className="form">
            {hidden}
            <RegistrationFields locale={locale} askFor={page.askFor} values={typed('register')} prefix="register" />
            <button type="submit" className="button">{t('registration.page.submit')}</button>
          </form>
        </section>
      ) : null}

      {page.delegation ? (
        <section aria-labelledby="delegation-title">
          <h2 id="delegation-title">{t('registration.page.delegation', { state: page.delegation.state })}</h2>
          {page.delegation.quota ? <p>{t('registration.page.quota', { used: page.delegation.used, quota: page.delegation.quota })}</p> : null}
          {page.delegation.registrations.length ? (
            <ul className="delegates">
              {page.delegation.registrations.map((r) => (
                <li key={r.id} className="delegates__item">
                  <span className="delegates__name">{r.name}</span>
                  <span className="delegates__email">{r.email}</span>
                  <span>{statusText(r)}{r.status === 'declined' && r.declineReason ? <>: {r.declineReason}</> : null}</span>
                  {r.withdrawable ? (
                    <form method="post" action="/forms/withdraw-registration">
                      {hidden}
                      <input type="hidden" name="registration" value={r.id} />
                      <button type="submit" className="button button--secondary button--small">{t('registration.page.withdrawDelegate', { name: r.name })}</button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('registration.page.noDelegates')}</p>
          )}
          {page.open === 'open' && !page.delegation.mayNominate ? <p>{t('registration.page.quotaFull')}</p> : null}
          {page.delegation.mayNominate ? (
            <>
              <h3>{t('registration.page.nominate')}</h3>
              <form method="post" action="/forms/nominate" className="form">
                {hidden}
                <div className="field">
                  <label htmlFor="nominee-name">{t('registration.page.nominee.name')}</label>
                  <input id="nominee-name" name="name" type="text" required maxLength={120} autoComplete="off" defaultValue={typed('nominate').name} />
                </div>
                <div className="field">
                  <label htmlFor="nominee-email">{t('registration.page.nominee.email')}</label>
                  <input id="nominee-email" name="email" type="email" required maxLength={254} autoComplete="off" defaultValue={typed('nominate').email} />
                </div>
                <fieldset className="field">
                  <legend>{t('registration.page.nominee.language')}</legend>
                  {locales.map((l) => (
                    <label key={l} className="choice">
                      <input type="radio" name="language" value={l} required defaultChecked={(typed('nominate').language ?? locale) === l} /> <span lang={l}>{localeLabels[l]}</span>
                    </label>
                  ))}
                </fieldset>
                <RegistrationFields locale={locale} askFor={page.askFor} values={typed('nominate')} prefix="nominate" />
                <button type="submit" className="button">{t('registration.page.nominateSubmit')}</button>
              </form>
            </>
          ) : null}
        </section>
      ) : null}

      {page.isStaff ? (
        <p>
          <a href={`/admin/collections/registrations?where[event][equals]=${event.id}`}>{t('registration.page.staff')}</a> ·{' '}
          <a href={`/api/registrations-export?event=${event.id}`} download>{t('registration.export.event')}</a>
        </p>
      ) : null}
    </div>
  )
}
