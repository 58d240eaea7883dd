import { otherLocale, type Locale } from '@/i18n/locales'
import type { ActionReport, User } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'
import { loadPeriods, loadPlan, type TPeriod } from './monitoring'
import type { TPlan } from './progress'
import { mayEdit, readReport, readStateReports, reportingStateFor } from './report-doors'
import { mayReadMonitoring, mayReview, maySeeEveryState, reportStatuses, type TReportStatus } from './report-rules'

const idOf = (value: string | undefined) => (value && /^\d{1,12}$/.test(value) ? Number(value) : undefined)

async function stateNamed(locale: Locale, id: number) {
  const payload = await getPayloadClient()
  const state = await payload.findByID({ collection: 'participants', id, locale, fallbackLocale: otherLocale(locale), depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, kind: true } })
  return state && state.kind === 'state' ? { id: state.id, name: state.name } : undefined
}

export type TStateReports = {
  period: TPeriod
  state: { id: number; name: string }
  plan: TPlan
  reports: Map<number, ActionReport>
  counts: Record<TReportStatus | 'unwritten', number>
  mayWrite: boolean
  /** For those who see every state: the states to choose from. */
  states?: { id: number; name: string }[]
}

/**
 * A state's reports in a period, action by action: its NCP's working list; the Strategic
 * Group's and the Secretariat's view of any state. Undefined where the person may not look.
 */
export async function loadStateReports(locale: Locale, user: User, periodText: string, stateText?: string): Promise<TStateReports | undefined> {
  if (!mayReadMonitoring(user)) return undefined
  const periodId = idOf(periodText)
  const stateId = reportingStateFor(user, idOf(stateText))
  if (!periodId || !stateId) return undefined
  const payload = await getPayloadClient()
  const [{ period }, plan, state] = await Promise.all([loadPeriods(payload, locale, periodId), loadPlan(payload, locale), stateNamed(locale, stateId)])
  if (!period || !state) return undefined
  const reports = await readStateReports(payload, user, period.id, state.id)
  const actionIds = plan.flatMap((a) => a.objectives.flatMap((o) => o.actions.map((x) => x.id)))
  const counts = Object.fromEntries([...reportStatuses, 'unwritten'].map((s) => [s, 0])) as TStateReports['counts']
  for (const id of actionIds) counts[reports.get(id)?.status ?? 'unwritten'] += 1
  const states = maySeeEveryState(user)
    ? (await payload.find({ collection: 'participants', where: { kind: { equals: 'state' } }, locale, fallbackLocale: otherLocale(locale), sort: 'name', limit: 500, depth: 0, overrideAccess: true, select: { name: true } })).docs.map((s) => ({ id: s.id, name: s.name }))
    : undefined
  return { period, state, plan, reports, counts, mayWrite: mayEdit(user, state.id, period.open, undefined), states }
}

export type TReportView = {
  period: TPeriod
  state: { id: number; name: string }
  action: { id: number; code: string; title: string; description?: string | null; objective?: { code: string; title: string } }
  report?: ActionReport
  mayEdit: boolean
  mayReview: boolean
}

/** One report page: the action, the state's report if the person may read it, and whether they may write it now. */
export async function loadReportView(locale: Locale, user: User, periodText: string, actionText: string, stateText?: string): Promise<TReportView | undefined> {
  if (!mayReadMonitoring(user)) return undefined
  const periodId = idOf(periodText)
  const actionId = idOf(actionText)
  const stateId = reportingStateFor(user, idOf(stateText))
  if (!periodId || !actionId || !stateId) return undefined
  const payload = await getPayloadClient()
  const [{ period }, action, state] = await Promise.all([
    loadPeriods(payload, locale, periodId),
    payload.findByID({ collection: 'action-plan-actions', id: actionId, locale, fallbackLocale: otherLocale(locale), depth: 1, populate: { 'action-plan-objectives': { code: true, title: true } }, overrideAccess: true, disableErrors: true }),
    stateNamed(locale, stateId),
  ])
  if (!period || !action || !state) return undefined
  const report = await readReport(payload, user, { period: period.id, action: action.id, state: state.id })
  const objective = typeof action.objective === 'object' ? { code: action.objective.code, title: action.objective.title } : undefined
  return {
    period,
    state,
    action: { id: action.id, code: action.code, title: action.title, description: action.description, objective },
    report,
    mayEdit: mayEdit(user, state.id, period.open, report?.status),
    mayReview: mayReview(user),
  }
}
