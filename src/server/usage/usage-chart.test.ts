import { describe, expect, it } from 'vitest'
import { niceMax, stackedBars } from './usage-chart'
import { monthsOf, neutraliseFormula, parsePeriod } from './usage-statistics'

describe('usage chart geometry', () => {
  it('rounds the axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 10, 11, 240, 501].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 500, 1000])
  })

  it('stacks the languages of each month from the baseline, in proportion', () => {
    const chart = stackedBars(
      [
        { month: '2026-10', views: { en: 0, ru: 0 }, downloads: { en: 3, ru: 1 } },
        { month: '2026-11', views: { en: 0, ru: 0 }, downloads: { en: 5, ru: 5 } },
      ],
      'downloads',
    )
    expect(chart.max).toBe(10)
    expect(chart.total).toBe(14)
    const baseline = chart.plot.top + chart.plot.height
    const [octEn, octRu, novEn, novRu] = chart.bars
    expect([octEn.language, octRu.language, novEn.month]).toEqual(['en', 'ru', '2026-11'])
    expect(octEn.y + octEn.height).toBeCloseTo(baseline)
    expect(octRu.y + octRu.height).toBeCloseTo(octEn.y)
    expect(octEn.height / octRu.height).toBeCloseTo(3)
    expect(novRu.y).toBeCloseTo(chart.plot.top)
    expect(novEn.x).toBeGreaterThan(octEn.x)
  })

  it('draws nothing for empty months', () => {
    expect(stackedBars([{ month: '2026-11', views: { en: 0, ru: 0 }, downloads: { en: 0, ru: 0 } }], 'views').bars).toEqual([])
  })
})

describe('usage period', () => {
  const now = new Date('2026-11-27T10:00:00Z')
  it('defaults to the last twelve months and accepts valid months', () => {
    expect(parsePeriod({}, now)).toEqual({ from: '2025-12', to: '2026-11' })
    expect(parsePeriod({ from: '2026-01', to: '2026-03' }, now)).toEqual({ from: '2026-01', to: '2026-03' })
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })
  it('ignores nonsense and reversed periods and caps the span at ten years', () => {
    expect(parsePeriod({ from: '2026-13', to: "2026-01' OR 1=1" }, now)).toEqual({ from: '2025-12', to: '2026-11' })
    expect(parsePeriod({ from: '2026-05', to: '2026-02' }, now)).toEqual({ from: '2025-03', to: '2026-02' })
    expect(parsePeriod({ from: '1990-01', to: '2026-11' }, now)).toEqual({ from: '2016-12', to: '2026-11' })
  })
})

describe('usage CSV cells', () => {
  it('exports text that a spreadsheet would run as a formula as plain text', () => {
    expect(['=HYPERLINK("http://evil.example","x")', '+1', '-2+3', '@SUM(A1)', '\tx'].map(neutraliseFormula)).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
    ])
    expect(['Labour migration 2024', 'Трудовая миграция', 'a=b'].map(neutraliseFormula)).toEqual(['Labour migration 2024', 'Трудовая миграция', 'a=b'])
  })
})
