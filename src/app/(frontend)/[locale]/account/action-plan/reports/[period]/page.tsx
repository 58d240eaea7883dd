import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { formatDate } from '@/i18n/format'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { loadStateReports } from '@/server/action-plan/state-reports-page'
import { reportStatuses } from '@/server/action-plan/report-rules'

type Params = { params: Promise<{ locale: string; period: string }>; searchParams: SearchParams }

async function load({ params, searchParams }: Params) {
  const { locale, t } = await resolveLocale(params)
  const { period } = await params
  const q = await searchParams
  const user = await currentUser()
  return { locale, t, user, q, period, data: user ? await loadStateReports(locale, user, period, param(q.state)) : undefined }
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { locale, t, data } = await load(props)
  if (!data) return notFoundMetadata(locale)
  return { title: t('actionPlan.reports.title', { state: data.state.name, period: data.period.title }), robots: { index: false } }
}

/** A state's reports in one period, action by action, with how each stands: the NCP's working list. */
export default async function StateReportsPage(props: Params) {
  const { locale, t, user, q, period, data } = await load(props)
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, `/account/action-plan/reports/${encodeURIComponent(period)}`))}`)
  if (!data) return <NotFoundView locale={locale} />
  const other = data.states ? data.state.id : undefined
  return (
    <>
      <p className="breadcrumb"><Link href={href(locale, routes.actionPlan(data.period.id))}>{t('actionPlan.title')}</Link></p>
      <PageHeader title={t('actionPlan.reports.title', { state: data.state.name, period: data.period.title })} intro={t(data.mayWrite ? 'actionPlan.reports.introWrite' : 'actionPlan.reports.introRead', { deadline: formatDate(locale, data.period.deadline) })} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      {data.states ? (
        <form method="get" className="period-form">
          <div className="field">
            <label htmlFor="state">{t('actionPlan.state')}</label>
            <select id="state" name="state" defaultValue={data.state.id}>
              {data.states.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          <button type="submit" className="button button--secondary">{t('actionPlan.show')}</button>
        </form>
      ) : null}
      <p>{[...reportStatuses, 'unwritten' as const].filter((s) => data.counts[s]).map((s) => `${t(`actionPlan.status.${s}`)}: ${data.counts[s]}`).join(' · ')}</p>
      {data.plan.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`}>{area.title}</h2>
          {area.objectives.map((objective) => (
            <div key={objective.id}>
              <h3>{objective.code} {objective.title}</h3>
              <ul className="delegates report-list">
                {objective.actions.map((action) => {
                  const report = data.reports.get(action.id)
                  return (
                    <li key={action.id} className="delegates__item">
                      <Link className="delegates__name" href={href(locale, routes.actionReport(data.period.id, action.id, other))}>{action.code} {action.title}</Link>
                      <span>{t(`actionPlan.status.${report?.status ?? 'unwritten'}`)}{report ? ` · ${t(`actionPlan.progress.${report.progress}`)}` : ''}</span>
                    </li>
                  )
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  )
}
