/** A chairmanship period; `to` empty means it has not ended. Dates are ISO strings. */
export type TChairmanship<TChair> = { chair: TChair; from: string; to?: string | null }

/** The chair whose period contains `now`; derived, so it is never typed twice. */
export function currentChair<TChair>(periods: TChairmanship<TChair>[], now: Date = new Date()): TChair | undefined {
  const t = now.getTime()
  return periods.find((p) => new Date(p.from).getTime() <= t && (!p.to || t <= new Date(p.to).getTime()))?.chair
}

/** Returns the index of the first period that overlaps another or ends before it starts, or -1. */
export function findInvalidPeriod(periods: { from?: string | null; to?: string | null }[]): number {
  const spans = periods.map((p, index) => ({
    index,
    from: p.from ? new Date(p.from).getTime() : NaN,
    to: p.to ? new Date(p.to).getTime() : Infinity,
  }))
  for (const s of spans) if (Number.isNaN(s.from) || s.to < s.from) return s.index
  const sorted = [...spans].sort((a, b) => a.from - b.from)
  for (let i = 1; i < sorted.length; i++) if (sorted[i].from <= sorted[i - 1].to) return sorted[i].index
  return -1
}

/** Where a period stands on a date: over, under way, or announced (still to come). */
export function chairmanshipStage(period: { from: string; to?: string | null }, now: Date = new Date()): 'past' | 'current' | 'announced' {
  const t = now.getTime()
  if (new Date(period.from).getTime() > t) return 'announced'
  return period.to && new Date(period.to).getTime() < t ? 'past' : 'current'
}
