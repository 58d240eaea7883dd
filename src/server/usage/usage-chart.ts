import { locales, type Locale } from '@/i18n/locales'
import { totalOf, type TMonthUsage } from './usage-statistics'

export type TBar = { month: string; language: Locale; value: number; x: number; y: number; width: number; height: number }
export type TChart = { width: number; height: number; plot: { left: number; top: number; width: number; height: number }; max: number; ticks: number[]; bars: TBar[]; total: number }

/** A "nice" axis maximum (1, 2 or 5 × 10ⁿ) at or above the value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power
  return 10 * power
}

/**
 * Geometry of a stacked bar chart (one bar per month, one segment per language) drawn as
 * server-side SVG: no script, no chart library for four rectangles a month.
 */
export function stackedBars(months: TMonthUsage[], kind: 'views' | 'downloads', size = { width: 720, height: 240 }): TChart {
  const plot = { left: 48, top: 12, width: size.width - 60, height: size.height - 44 }
  const totals = months.map((m) => totalOf(m[kind]))
  const max = niceMax(Math.max(0, ...totals))
  const slot = months.length ? plot.width / months.length : plot.width
  const barWidth = Math.max(2, slot * 0.7)
  const bars: TBar[] = []
  months.forEach((m, i) => {
    let base = plot.top + plot.height
    for (const language of locales) {
      const value = m[kind][language]
      if (value <= 0) continue
      const height = (value / max) * plot.height
      base -= height
      bars.push({ month: m.month, language, value, x: plot.left + i * slot + (slot - barWidth) / 2, y: base, width: barWidth, height })
    }
  })
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max).filter((t) => Number.isInteger(t))
  return { width: size.width, height: size.height, plot, max, ticks, bars, total: totals.reduce((a, b) => a + b, 0) }
}
