import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { env } from '@/env'
import { formatDate } from '@/i18n/format'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { progressValues } from '@/server/action-plan/report-rules'
import { loadReportView } from '@/server/action-plan/state-reports-page'
import { openValues } from '@/server/forms/sealed-values'

type Params = { params: Promise<{ locale: string; period: string; action: string }>; searchParams: SearchParams }

async function load({ params, searchParams }: Params) {
  const { locale, t } = await resolveLocale(params)
  const { period, action } = await params
  const q = await searchParams
  const user = await currentUser()
  return { locale, t, user, q, period, action, view: user ? await loadReportView(locale, user, period, action, param(q.state)) : undefined }
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { locale, view } = await load(props)
  if (!view) return notFoundMetadata(locale)
  return { title: `${view.action.code} ${view.action.title} · ${view.state.name}`, robots: { index: false } }
}

type TLink = { url: string; label?: string | null }
const parseLinks = (text: string | undefined): TLink[] => {
  try {
    const value = JSON.parse(text ?? '[]') as unknown
    return Array.isArray(value) ? value.filter((l): l is TLink => typeof l?.url === 'string').slice(0, 10) : []
  } catch {
    return []
  }
}

/** One state's report on one action in a period: the form while it is the state's to write, otherwise the report as sent. */
export default async function ActionReportPage(props: Params) {
  const { locale, t, user, q, period, action, view } = await load(props)
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, `/account/action-plan/reports/${encodeURIComponent(period)}/${encodeURIComponent(action)}`))}`)
  if (!view) return <NotFoundView locale={locale} />
  const { report } = view
  const typed = openValues(env.secret, q.values)
  // After a refused save, what was typed; after a partly saved one, the saved report and the refused links.
  const links: TLink[] = typed.narrative !== undefined ? parseLinks(typed.links) : [...(report?.evidence ?? []), ...parseLinks(typed.links)]
  const rows = [...links, ...Array.from({ length: Math.max(1, Math.min(3, 10 - links.length)) }, () => ({ url: '', label: '' }))].slice(0, 10)
  const narrative = typed.narrative ?? report?.narrative ?? ''
  const progress = typed.progress ?? report?.progress ?? 'not-started'
  const status = report?.status ?? 'unwritten'
  // Those who look at any state keep the state they chose.
  const stateQuery = param(q.state) ? view.state.id : undefined
  return (
    <>
      <p className="breadcrumb"><Link href={href(locale, routes.actionReports(view.period.id, stateQuery))}>{t('actionPlan.reports.title', { state: view.state.name, period: view.period.title })}</Link></p>
      <PageHeader title={`${view.action.code} ${view.action.title}`} intro={view.action.objective ? `${view.action.objective.code} ${view.action.objective.title}` : undefined} />
      {view.action.description ? <p className="prewrap">{view.action.description}</p> : null}
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <dl className="facts">
        <dt>{t('actionPlan.state')}</dt>
        <dd>{view.state.name}</dd>
        <dt>{t('actionPlan.period')}</dt>
        <dd>{view.period.title} ({t('actionPlan.dueOn', { date: formatDate(locale, view.period.deadline) })})</dd>
        <dt>{t('actionPlan.reportStatus')}</dt>
        <dd>{t(`actionPlan.status.${status}`)}{report?.submittedAt ? ` · ${t('actionPlan.sentOn', { date: formatDate(locale, report.submittedAt) })}` : ''}</dd>
      </dl>
      {report?.status === 'returned' && report.returnReason ? (
        <div className="alert alert--error">
          <p><strong>{t('actionPlan.returnedBecause')}</strong></p>
          <p className="prewrap">{report.returnReason}</p>
        </div>
      ) : null}
      {view.mayEdit ? (
        <form method="post" action="/forms/action-report" className="form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="period" value={view.period.id} />
          <input type="hidden" name="action" value={view.action.id} />
          <fieldset className="field">
            <legend>{t('actionPlan.progressLegend')}</legend>
            {progressValues.map((p) => (
              <label key={p} className="choice">
                <input type="radio" name="progress" value={p} required defaultChecked={progress === p} /> {t(`actionPlan.progress.${p}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="report-narrative">{t('actionPlan.narrative')}</label>
            <p className="hint" id="report-narrative-hint">{t('actionPlan.narrativeHint')}</p>
            <textarea id="report-narrative" name="narrative" rows={10} maxLength={5000} aria-describedby="report-narrative-hint" defaultValue={narrative} />
          </div>
          <fieldset className="field">
            <legend>{t('actionPlan.evidence')}</legend>
            <p className="hint">{t('actionPlan.evidenceHint')}</p>
            {rows.map((l, i) => (
              <div key={i} className="evidence-row">
                <div className="field">
                  <label htmlFor={`evidence-url-${i}`}>{t('actionPlan.evidenceUrl', { n: i + 1 })}</label>
                  <input id={`evidence-url-${i}`} name="evidenceUrl" type="url" inputMode="url" maxLength={500} defaultValue={l.url} />
                </div>
                <div className="field">
                  <label htmlFor={`evidence-label-${i}`}>{t('actionPlan.evidenceLabel', { n: i + 1 })}</label>
                  <input id={`evidence-label-${i}`} name="evidenceLabel" maxLength={200} defaultValue={l.label ?? ''} />
                </div>
              </div>
            ))}
          </fieldset>
          <p>
            <button type="submit" name="intent" value="draft" className="button button--secondary">{t('actionPlan.saveDraft')}</button>{' '}
            <button type="submit" name="intent" value="submit" className="button">{t('actionPlan.submit')}</button>
          </p>
        </form>
      ) : report ? (
        <section aria-labelledby="report-title">
          <h2 id="report-title">{t('actionPlan.theReport')}</h2>
          <p><strong>{t(`actionPlan.progress.${report.progress}`)}</strong></p>
          {report.narrative ? <p className="prewrap">{report.narrative}</p> : null}
          {report.evidence?.length ? (
            <ul>
              {report.evidence.map((e) => <li key={e.id ?? e.url}><a className="break" href={e.url} rel="noopener noreferrer nofollow">{e.label || e.url}</a></li>)}
            </ul>
          ) : null}
          {view.mayReview ? <p><a href={`/admin/collections/action-reports/${report.id}`}>{t('actionPlan.reviewInAdmin')}</a></p> : null}
        </section>
      ) : (
        <p>{t('actionPlan.notWritten')}</p>
      )}
    </>
  )
}
