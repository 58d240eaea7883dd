import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ProgressTable } from '@/components/ActionPlan/ProgressTable'
import { FormStatus } from '@/components/Form'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { loadMonitoring } from '@/server/action-plan/monitoring'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('actionPlan.title'), robots: { index: false } }
}

const periodParam = (value: string | undefined) => (value && /^\d{1,12}$/.test(value) ? Number(value) : undefined)

/**
 * Action-Plan monitoring for the members (never cached): progress in a reporting period per
 * thematic area and objective, per state for the Strategic Group and the Secretariat, one's
 * own state for an NCP, and the recommendations with their follow-up. Prints as a report.
 */
export default async function ActionPlanPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.actionPlan()))}`)
  const q = await searchParams
  const data = await loadMonitoring(locale, user, periodParam(param(q.period)))
  if (!data) return <NotFoundView locale={locale} />
  const { period, summary } = data
  return (
    <>
      <PageHeader title={t('actionPlan.title')} intro={t('actionPlan.intro')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      {data.periods.length ? (
        <form method="get" className="period-form">
          <div className="field">
            <label htmlFor="period">{t('actionPlan.period')}</label>
            <select id="period" name="period" defaultValue={period?.id}>
              {data.periods.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </div>
          <button type="submit" className="button button--secondary">{t('actionPlan.show')}</button>
        </form>
      ) : null}
      {!period || !summary ? (
        <p>{t('actionPlan.noPeriod')}</p>
      ) : (
        <>
          <p>
            {t('actionPlan.periodFacts', { title: period.title, from: formatDate(locale, period.startsOn), to: formatDate(locale, period.endsOn), deadline: formatDate(locale, period.deadline) })}{' '}
            <strong>{t(period.open ? 'actionPlan.periodOpen' : 'actionPlan.periodClosed')}</strong>
          </p>
          {data.ownState ? (
            <section aria-labelledby="own-title">
              <h2 id="own-title">{t('actionPlan.ownState', { state: data.ownState.name })}</h2>
              <p>{t('actionPlan.ownStateFigures', { reported: data.ownState.tally.reported, expected: data.ownState.tally.expected, completed: data.ownState.tally.completed })}</p>
              <p><Link className="button" href={href(locale, routes.actionReports(period.id))}>{t(data.ownState.mayReport && period.open ? 'actionPlan.writeReports' : 'actionPlan.readReports')}</Link></p>
            </section>
          ) : null}
          <section aria-labelledby="overall-title">
            <h2 id="overall-title">{t('actionPlan.byArea')}</h2>
            <ProgressTable
              locale={locale}
              caption={t('actionPlan.byArea')}
              head={t('actionPlan.area')}
              rows={[...summary.areas.map((a) => ({ key: a.area.id, label: a.area.title, tally: a.tally })), { key: 'all', label: t('actionPlan.allAreas'), tally: summary.overall }]}
            />
            <p className="meta">{t('actionPlan.howCounted')}</p>
            <p>
              <a href={href(locale, routes.actionPlanExport(period.id, 'pdf'))} download>{t('actionPlan.downloadPdf')}</a>
              {' · '}
              <a href={href(locale, routes.actionPlanExport(period.id, 'csv'))} download>{t('actionPlan.downloadCsv')}</a>
            </p>
          </section>
          <section aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t('actionPlan.byObjective')}</h2>
            {summary.areas.map((a) => (
              <div key={a.area.id}>
                <h3>{a.area.title}</h3>
                <ProgressTable locale={locale} caption={a.area.title} head={t('actionPlan.objective')} rows={a.objectives.map((o) => ({ key: o.objective.id, label: `${o.objective.code} ${o.objective.title}`, tally: o.tally }))} />
              </div>
            ))}
          </section>
          {data.everyState ? (
            <section aria-labelledby="states-title">
              <h2 id="states-title">{t('actionPlan.byState')}</h2>
              <ProgressTable
                locale={locale}
                caption={t('actionPlan.byState')}
                head={t('actionPlan.state')}
                rows={summary.states.map((s) => ({ key: s.state.id, label: <Link href={href(locale, routes.actionReports(period.id, s.state.id))}>{s.state.name}</Link>, tally: s.tally }))}
              />
            </section>
          ) : null}
        </>
      )}
      <section aria-labelledby="recommendations-title">
        <h2 id="recommendations-title">{t('actionPlan.recommendations')}</h2>
        {data.recommendations.length ? (
          data.recommendations.map((g) => (
            <div key={`${g.meeting.href?.kind}:${g.meeting.href?.slug ?? g.meeting.title}`}>
              <h3>{g.meeting.href ? <Link href={href(locale, g.meeting.href.kind === 'event' ? routes.event(g.meeting.href.slug) : `${routes.governance()}#conference-${g.meeting.href.slug}`)}>{g.meeting.title}</Link> : g.meeting.title}</h3>
              <ul className="delegates">
                {g.items.map((r) => (
                  <li key={r.id} className="delegates__item">
                    <span className="prewrap">{r.text}</span>
                    <span>
                      <strong>{t(`actionPlan.followUp.${r.followUp}`)}</strong>
                      {r.adoptedOn ? ` · ${t('actionPlan.adoptedOn', { date: formatDate(locale, r.adoptedOn) })}` : ''}
                      {r.actions.length ? ` · ${t('actionPlan.relatedActions', { codes: r.actions.join(', ') })}` : ''}
                    </span>
                    {r.note ? <span className="prewrap meta">{r.note}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p>{t('actionPlan.noRecommendations')}</p>
        )}
      </section>
    </>
  )
}
