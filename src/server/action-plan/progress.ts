import { progressValues, type TProgress } from './report-rules'

export type TPlanAction = { id: number; code: string; title: string }
export type TPlanObjective = { id: number; code: string; title: string; actions: TPlanAction[] }
export type TPlanArea = { id: number; title: string; objectives: TPlanObjective[] }
export type TPlan = TPlanArea[]

/** One counted report: which state said what about which action. */
export type TReportRow = { state: number; action: number; progress: TProgress }

/** How far a set of (state, action) pairs has come: how many are expected, reported, and reported as each progress value. */
export type TTally = { expected: number; reported: number } & Record<TProgress, number>

export type TProgressSummary = {
  overall: TTally
  areas: { area: TPlanArea; tally: TTally; objectives: { objective: TPlanObjective; tally: TTally }[] }[]
  /** State by state (only for those who may see every state). */
  states: { state: { id: number; name: string }; tally: TTally }[]
}

const emptyTally = (expected = 0): TTally => ({ expected, reported: 0, ...(Object.fromEntries(progressValues.map((p) => [p, 0])) as Record<TProgress, number>) })

const add = (tally: TTally, progress: TProgress) => {
  tally.reported += 1
  tally[progress] += 1
}

/** Natural order of numbers like 1.2 and 1.10. */
export const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true })

/**
 * Progress of the Action Plan in one period, from the reports that count: per thematic area,
 * per objective and per state. Every state is expected to report on every action; a pair
 * without a counted report is "not reported". Pure, so the figures are tested apart.
 */
export function summarizeProgress(plan: TPlan, states: { id: number; name: string }[], rows: TReportRow[]): TProgressSummary {
  const stateCount = states.length
  const actionCount = plan.reduce((n, a) => n + a.objectives.reduce((m, o) => m + o.actions.length, 0), 0)
  const objectiveOf = new Map<number, number>()
  const areaOf = new Map<number, number>()
  for (const area of plan) for (const objective of area.objectives) for (const action of objective.actions) {
    objectiveOf.set(action.id, objective.id)
    areaOf.set(action.id, area.id)
  }
  const known = new Set(states.map((s) => s.id))
  const overall = emptyTally(stateCount * actionCount)
  const areaTallies = new Map(plan.map((a) => [a.id, emptyTally(stateCount * a.objectives.reduce((n, o) => n + o.actions.length, 0))]))
  const objectiveTallies = new Map(plan.flatMap((a) => a.objectives.map((o) => [o.id, emptyTally(stateCount * o.actions.length)] as const)))
  const stateTallies = new Map(states.map((s) => [s.id, emptyTally(actionCount)]))
  const seen = new Set<string>()
  for (const row of rows) {
    const objective = objectiveOf.get(row.action)
    const key = `${row.state}:${row.action}`
    // Reports on actions no longer in the plan, or from a body that is not a state, do not count; nor does a pair twice.
    if (objective === undefined || !known.has(row.state) || seen.has(key) || !progressValues.includes(row.progress)) continue
    seen.add(key)
    add(overall, row.progress)
    add(areaTallies.get(areaOf.get(row.action)!)!, row.progress)
    add(objectiveTallies.get(objective)!, row.progress)
    add(stateTallies.get(row.state)!, row.progress)
  }
  return {
    overall,
    areas: plan.map((area) => ({ area, tally: areaTallies.get(area.id)!, objectives: area.objectives.map((objective) => ({ objective, tally: objectiveTallies.get(objective.id)! })) })),
    states: states.map((state) => ({ state, tally: stateTallies.get(state.id)! })),
  }
}

/** Share of a tally, in whole per cent of what is expected (0 when nothing is expected). */
export function percentOf(part: number, tally: TTally): number {
  return tally.expected ? Math.round((part / tally.expected) * 100) : 0
}
