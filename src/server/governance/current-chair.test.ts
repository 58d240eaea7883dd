import { describe, expect, it } from 'vitest'
import { chairmanshipStage, currentChair, findInvalidPeriod } from './current-chair'

const periods = [
  { chair: 'CZ', from: '2020-01-01', to: '2021-12-31' },
  { chair: 'HU', from: '2022-01-01', to: '2023-12-31' },
  { chair: 'PL', from: '2024-01-01', to: null },
]

describe('currentChair', () => {
  it('derives the chair from the period that contains the date', () => {
    expect(currentChair(periods, new Date('2021-06-01'))).toBe('CZ')
    expect(currentChair(periods, new Date('2023-12-31'))).toBe('HU')
  })
  it('treats an open period as running', () => {
    expect(currentChair(periods, new Date('2030-01-01'))).toBe('PL')
  })
  it('returns nothing before the first period', () => {
    expect(currentChair(periods, new Date('2019-01-01'))).toBeUndefined()
  })
})

describe('findInvalidPeriod', () => {
  it('accepts consecutive periods', () => {
    expect(findInvalidPeriod(periods)).toBe(-1)
  })
  it('finds overlapping periods', () => {
    expect(findInvalidPeriod([...periods, { from: '2022-06-01', to: '2022-07-01' }])).toBe(3)
  })
  it('finds a period that ends before it starts', () => {
    expect(findInvalidPeriod([{ from: '2022-06-01', to: '2022-01-01' }])).toBe(0)
  })
  it('finds a second open period', () => {
    expect(findInvalidPeriod([{ from: '2020-01-01' }, { from: '2021-01-01' }])).toBe(1)
  })
})

describe('chairmanshipStage', () => {
  it('tells a past, a current and an announced period apart', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    expect(chairmanshipStage({ from: '2025-01-01', to: '2025-12-31' }, now)).toBe('past')
    expect(chairmanshipStage({ from: '2026-01-01', to: '2026-12-31' }, now)).toBe('current')
    expect(chairmanshipStage({ from: '2026-01-01' }, now)).toBe('current')
    expect(chairmanshipStage({ from: '2027-01-01', to: '2027-06-30' }, now)).toBe('announced')
  })
})
