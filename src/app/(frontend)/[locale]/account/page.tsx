import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { MeetingDocumentList } from '@/components/MeetingDocuments/MeetingDocumentList'
import { PageHeader } from '@/components/PageHeader'
import { isMember } from '@/access/visibility'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { currentUser } from '@/server/account/current-user'
import { loadDashboard, type TDashboardMeeting } from '@/server/account/dashboard'
import { formatEventWhen } from '@/server/events/event-time'
import { registrationStatuses } from '@/server/registrations/registration-rules'
import { reportStatuses } from '@/server/action-plan/report-rules'
import { formatDate } from '@/i18n/format'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('dashboard.title'), robots: { index: false } }
}

/** The member area's first page, for the person alone (never cached): meetings, papers, delegates. */
export default async function DashboardPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.dashboard()))}`)
  const dashboard = await loadDashboard(locale, user)
  const when = (e: TDashboardMeeting['event']) => <time dateTime={e.startsAt}>{formatEventWhen(locale, e.startsAt, e.endsAt, e.zone)}</time>
  const meetingLink = (e: TDashboardMeeting['event']) => <Link href={href(locale, routes.eventRegistration(e.slug))}>{e.title}</Link>
  const status = (m: Pick<TDashboardMeeting, 'status' | 'position'>) => `${t(`registration.status.${m.status}`)}${m.position ? ` (${t('registration.page.position', { position: m.position })})` : ''}`
  const table = (caption: string, meetings: TDashboardMeeting[]) => (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr><th scope="col">{t('dashboard.meeting')}</th><th scope="col">{t('dashboard.when')}</th><th scope="col">{t('dashboard.status')}</th></tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.event.id}>
            <td>{meetingLink(m.event)}{m.event.place ? <span className="meta"> · {m.event.place}</span> : null}</td>
            <td>{when(m.event)}</td>
            <td>{status(m)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('dashboard.upcoming')}</h2>
        {dashboard.upcoming.length ? table(t('dashboard.upcoming'), dashboard.upcoming) : <p><Link href={href(locale, routes.events())}>{t('dashboard.noUpcoming')}</Link></p>}
      </section>
      {dashboard.documents.length ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t('dashboard.documents')}</h2>
          {dashboard.documents.map(({ event, documents }) => (
            <div key={event.id}>
              <h3>{event.title}</h3>
              <MeetingDocumentList locale={locale} documents={documents} />
            </div>
          ))}
        </section>
      ) : null}
      {dashboard.delegation ? (
        <section aria-labelledby="delegation-title">
          <h2 id="delegation-title">{t('dashboard.delegation', { state: dashboard.delegation.state })}</h2>
          {dashboard.delegation.rows.length ? (
            <table className="table">
              <thead>
                <tr><th scope="col">{t('dashboard.meeting')}</th><th scope="col">{t('dashboard.when')}</th><th scope="col">{t('dashboard.delegates')}</th></tr>
              </thead>
              <tbody>
                {dashboard.delegation.rows.map((r) => (
                  <tr key={r.event.id}>
                    <td>{meetingLink(r.event)}</td>
                    <td>{when(r.event)}</td>
                    <td>{registrationStatuses.filter((s) => r.counts[s]).map((s) => `${t(`registration.status.${s}`)}: ${r.counts[s]}`).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : <p>{t('dashboard.noDelegates')}</p>}
        </section>
      ) : null}
      {dashboard.reports ? (
        <section aria-labelledby="reports-title">
          <h2 id="reports-title">{t('dashboard.reports', { state: dashboard.delegation?.state ?? '', period: dashboard.reports.period.title })}</h2>
          <p>{[...reportStatuses, 'unwritten' as const].filter((s) => dashboard.reports!.counts[s]).map((s) => `${t(`actionPlan.status.${s}`)}: ${dashboard.reports!.counts[s]}`).join(' · ')}</p>
          <p><Link href={href(locale, routes.actionReports(dashboard.reports.period.id))}>{t('actionPlan.writeReports')}</Link> ({t('actionPlan.dueOn', { date: formatDate(locale, dashboard.reports.period.deadline) })})</p>
        </section>
      ) : null}
      {dashboard.proposals ? (
        <section aria-labelledby="proposals-title">
          <h2 id="proposals-title">{t('dashboard.proposals')}</h2>
          {dashboard.proposals.latest.length ? (
            <ul>
              {dashboard.proposals.latest.map((p) => <li key={p.id}><Link href={href(locale, routes.proposal(p.id))}>{p.topic}</Link></li>)}
            </ul>
          ) : <p>{t('dashboard.noProposals')}</p>}
          <p><Link href={href(locale, routes.proposals())}>{t('dashboard.allProposals')}</Link></p>
        </section>
      ) : null}
      {dashboard.past.length ? (
        <section aria-labelledby="past-title">
          <h2 id="past-title">{t('dashboard.past')}</h2>
          {table(t('dashboard.past'), dashboard.past)}
        </section>
      ) : null}
      <section aria-labelledby="links-title">
        <h2 id="links-title">{t('dashboard.links')}</h2>
        <ul>
          <li><a href={href(locale, routes.profile())}>{t('dashboard.profile')}</a></li>
          <li><a href={href(locale, routes.personalCalendar())}>{t('calendar.personal.link')}</a></li>
          {isMember({ roles: user.roles ?? [] }) ? (
            <>
              <li><a href={href(locale, routes.proposals())}>{t('proposals.link')}</a></li>
              <li><a href={href(locale, routes.actionPlan())}>{t('actionPlan.link')}</a></li>
              <li><a href={href(locale, routes.contactPoints())}>{t('account.directory')}</a></li>
            </>
          ) : null}
        </ul>
      </section>
    </>
  )
}
