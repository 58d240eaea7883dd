import type { Payload } from 'payload'
import { stateOfUser } from '@/access/registrations'
import { otherLocale, type Locale } from '@/i18n/locales'
import type { ActionPlanAction, ActionPlanObjective, Conference, Event, Recommendation, ReportingPeriod, User } from '@/payload-types'
import { stateAndAreaNames } from '@/server/participants/state-and-area-names'
import { getPayloadClient } from '@/server/payload'
import { relationId } from '@/server/registrations/allocation'
import { queryRows, sql } from '@/server/search-index/raw-sql'
import { byCode, summarizeProgress, type TPlan, type TProgressSummary, type TReportRow } from './progress'
import { countedStatuses, mayReadMonitoring, mayReport, maySeeEveryState, type TFollowUp } from './report-rules'

export type TPeriod = { id: number; title: string; startsOn: string; endsOn: string; deadline: string; open: boolean }
export type TRecommendationGroup = { meeting: { title: string; href?: { kind: 'event' | 'conference'; slug: string } }; items: { id: number; text: string; adoptedOn?: string | null; followUp: TFollowUp; note?: string; actions: string[] }[] }

/** The Action Plan's structure in one language: thematic areas, their objectives and actions, in the plan's order. */
export async function loadPlan(payload: Payload, locale: Locale): Promise<TPlan> {
  const lang = { locale, fallbackLocale: otherLocale(locale), depth: 0, pagination: false, overrideAccess: true } as const
  const [{ areas }, objectives, actions] = await Promise.all([
    stateAndAreaNames(locale),
    payload.find({ collection: 'action-plan-objectives', ...lang, limit: 1000, select: { code: true, title: true, thematicArea: true } }),
    payload.find({ collection: 'action-plan-actions', ...lang, limit: 2000, select: { code: true, title: true, objective: true } }),
  ])
  const actionsOf = new Map<number, TPlan[number]['objectives'][number]['actions']>()
  for (const a of actions.docs as ActionPlanAction[]) {
    const objective = relationId(a.objective)!
    actionsOf.set(objective, [...(actionsOf.get(objective) ?? []), { id: a.id, code: a.code, title: a.title }])
  }
  const objectivesOf = new Map<number, TPlan[number]['objectives']>()
  for (const o of (objectives.docs as ActionPlanObjective[]).sort(byCode)) {
    const area = relationId(o.thematicArea)!
    objectivesOf.set(area, [...(objectivesOf.get(area) ?? []), { id: o.id, code: o.code, title: o.title, actions: (actionsOf.get(o.id) ?? []).sort(byCode) }])
  }
  return areas.filter((a) => objectivesOf.has(a.id)).map((a) => ({ id: a.id, title: a.title, objectives: objectivesOf.get(a.id)! }))
}

/** The reporting periods, latest first; the one asked for, else the latest open one, else the latest. */
export async function loadPeriods(payload: Payload, locale: Locale, wanted?: number): Promise<{ periods: TPeriod[]; period?: TPeriod }> {
  const found = await payload.find({ collection: 'reporting-periods', locale, fallbackLocale: otherLocale(locale), sort: '-startsOn', limit: 100, depth: 0, overrideAccess: true })
  const periods = (found.docs as ReportingPeriod[]).map((p) => ({ id: p.id, title: p.title, startsOn: p.startsOn, endsOn: p.endsOn, deadline: p.deadline, open: p.status === 'open' }))
  const period = periods.find((p) => p.id === wanted) ?? (wanted === undefined ? (periods.find((p) => p.open) ?? periods[0]) : undefined)
  return { periods, period }
}

/** The reports that count in a period (sent, not returned): one grouped read, whatever their number. */
export async function countedRows(payload: Payload, periodId: number): Promise<TReportRow[]> {
  const [first, second] = countedStatuses
  const rows = await queryRows<{ state: number | string; action: number | string; progress: string }>(
    payload,
    sql`SELECT state_id AS state, action_id AS action, progress FROM action_reports WHERE period_id = ${periodId} AND status IN (${first}, ${second})`,
  )
  return rows.map((r) => ({ state: Number(r.state), action: Number(r.action), progress: r.progress as TReportRow['progress'] }))
}

async function loadRecommendations(payload: Payload, locale: Locale): Promise<TRecommendationGroup[]> {
  const found = await payload.find({
    collection: 'recommendations',
    locale,
    fallbackLocale: otherLocale(locale),
    sort: '-adoptedOn',
    limit: 200,
    depth: 1,
    populate: { events: { title: true, slug: true }, conferences: { title: true, slug: true }, 'action-plan-actions': { code: true } },
    overrideAccess: true,
  })
  const groups = new Map<string, TRecommendationGroup>()
  for (const r of found.docs as Recommendation[]) {
    const at = r.adoptedAt
    const meeting = typeof at.value === 'object' ? (at.value as Pick<Event | Conference, 'title' | 'slug'>) : undefined
    const key = `${at.relationTo}:${relationId(at.value as never)}`
    const group = groups.get(key) ?? { meeting: { title: meeting?.title ?? '', href: meeting?.slug ? { kind: at.relationTo === 'events' ? 'event' : 'conference', slug: meeting.slug } : undefined }, items: [] }
    group.items.push({ id: r.id, text: r.text, adoptedOn: r.adoptedOn, followUp: r.followUp, note: r.followUpNote ?? undefined, actions: (r.actions ?? []).map((a) => (typeof a === 'object' ? a.code : '')).filter(Boolean) })
    groups.set(key, group)
  }
  return [...groups.values()]
}

export type TMonitoring = {
  periods: TPeriod[]
  period?: TPeriod
  plan: TPlan
  summary?: TProgressSummary
  /** The reader's own state (an NCP's), with its figures, and whether it may report. */
  ownState?: { id: number; name: string; tally: TProgressSummary['overall']; mayReport: boolean }
  everyState: boolean
  recommendations: TRecommendationGroup[]
}

/**
 * The monitoring dashboard for one member: progress of the plan in a period per thematic area
 * and objective; state by state for the Strategic Group and the Secretariat, one's own state
 * for an NCP; the recommendations and their follow-up. Undefined for anyone not a member.
 */
export async function loadMonitoring(locale: Locale, user: User, wantedPeriod?: number): Promise<TMonitoring | undefined> {
  if (!mayReadMonitoring(user)) return undefined
  const payload = await getPayloadClient()
  const [{ periods, period }, plan, { states }, recommendations] = await Promise.all([loadPeriods(payload, locale, wantedPeriod), loadPlan(payload, locale), stateAndAreaNames(locale), loadRecommendations(payload, locale)])
  const everyState = maySeeEveryState(user)
  const summary = period ? summarizeProgress(plan, states, await countedRows(payload, period.id)) : undefined
  const stateId = stateOfUser(user)
  const own = summary?.states.find((s) => s.state.id === stateId)
  return {
    periods,
    period,
    plan,
    // An NCP sees the totals and its own state, never another state's figures.
    summary: summary && (everyState ? summary : { ...summary, states: [] }),
    ownState: own && { id: own.state.id, name: own.state.name, tally: own.tally, mayReport: mayReport(user) },
    everyState,
    recommendations,
  }
}
