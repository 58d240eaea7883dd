import { describe, expect, it } from 'vitest'
import { byCode, percentOf, summarizeProgress, type TPlan } from './progress'

const plan: TPlan = [
  { id: 1, title: 'Asylum', objectives: [{ id: 10, code: '6.1', title: 'Systems', actions: [{ id: 100, code: '6.1.1', title: 'Quality' }, { id: 101, code: '6.1.2', title: 'Information' }] }] },
  { id: 2, title: 'Return', objectives: [{ id: 20, code: '3.1', title: 'Readmission', actions: [{ id: 200, code: '3.1.1', title: 'Requests' }] }, { id: 21, code: '3.2', title: 'Reintegration', actions: [] }] },
]
const states = [{ id: 7, name: 'Armenia' }, { id: 8, name: 'Georgia' }]

describe('summarizeProgress', () => {
  it('expects every state to report on every action and counts each progress value per area, objective and state', () => {
    const summary = summarizeProgress(plan, states, [
      { state: 7, action: 100, progress: 'completed' },
      { state: 7, action: 101, progress: 'in-progress' },
      { state: 8, action: 100, progress: 'completed' },
      { state: 8, action: 200, progress: 'not-applicable' },
    ])
    expect(summary.overall).toEqual({ expected: 6, reported: 4, completed: 2, 'in-progress': 1, 'not-started': 0, 'not-applicable': 1 })
    expect(summary.areas.map((a) => [a.area.title, a.tally.expected, a.tally.reported, a.tally.completed])).toEqual([['Asylum', 4, 3, 2], ['Return', 2, 1, 0]])
    expect(summary.areas[1].objectives.map((o) => [o.objective.code, o.tally.expected, o.tally.reported])).toEqual([['3.1', 2, 1], ['3.2', 0, 0]])
    expect(summary.states.map((s) => [s.state.name, s.tally.expected, s.tally.reported, s.tally.completed])).toEqual([['Armenia', 3, 2, 1], ['Georgia', 3, 2, 1]])
  })

  it('ignores reports on actions outside the plan, from bodies that are not states, and a pair counted twice', () => {
    const summary = summarizeProgress(plan, states, [
      { state: 7, action: 999, progress: 'completed' },
      { state: 99, action: 100, progress: 'completed' },
      { state: 7, action: 100, progress: 'in-progress' },
      { state: 7, action: 100, progress: 'completed' },
    ])
    expect(summary.overall.reported).toBe(1)
    expect(summary.overall['in-progress']).toBe(1)
  })

  it('gives shares of what is expected, and none of nothing', () => {
    const summary = summarizeProgress(plan, states, [{ state: 7, action: 100, progress: 'completed' }])
    expect(percentOf(summary.overall.completed, summary.overall)).toBe(17)
    expect(percentOf(0, summarizeProgress([], states, []).overall)).toBe(0)
  })

  it('orders numbers as the plan does (1.2 before 1.10)', () => {
    expect([{ code: '1.10' }, { code: '1.2' }, { code: '1.2.1' }].sort(byCode).map((c) => c.code)).toEqual(['1.2', '1.2.1', '1.10'])
  })
})
