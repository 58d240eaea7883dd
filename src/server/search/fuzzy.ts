/**
 * Typo tolerance: a query stem that no document has ("reintegat" from "reintegation") is
 * looked up among the index's own terms, within one edit (two for stems of 8 letters or
 * more; a swap of neighbours is one edit). Short stems are left alone: at four letters
 * one edit reaches too many other words.
 */

/** The edits allowed for a stem of this length (0: no fuzzy matching). */
export function allowedEdits(length: number): number {
  if (length < 5) return 0
  return length >= 8 ? 2 : 1
}

/**
 * Optimal string alignment distance (Levenshtein with swaps of neighbours), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = b.length
  let previous2 = new Array<number>(n + 1).fill(0)
  let previous = Array.from({ length: n + 1 }, (_, j) => j)
  let current = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowBest = current[0]
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1)
      current[j] = value
      if (value < rowBest) rowBest = value
    }
    if (rowBest > limit) return limit + 1
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  return previous[n]
}

/** The index's terms grouped by length, for lookups by distance. */
export type TTermDictionary = Map<number, string[]>

export function buildTermDictionary(terms: Iterable<string>): TTermDictionary {
  const byLength: TTermDictionary = new Map()
  for (const term of terms) {
    if (term.length < 4 || term.startsWith('~')) continue
    let list = byLength.get(term.length)
    if (!list) byLength.set(term.length, (list = []))
    list.push(term)
  }
  for (const list of byLength.values()) list.sort()
  return byLength
}

/**
 * Index terms close to `stem`, nearest first (then alphabetical), at most `max`. Terms in
 * another script never match (a Latin typo is not corrected into Cyrillic).
 */
export function nearTerms(dictionary: TTermDictionary, stem: string, max = 3): string[] {
  const limit = allowedEdits(stem.length)
  if (limit === 0) return []
  const cyrillic = /[а-я]/.test(stem)
  const found: { term: string; distance: number }[] = []
  for (let length = stem.length - limit; length <= stem.length + limit; length++) {
    for (const term of dictionary.get(length) ?? []) {
      if (/[а-я]/.test(term) !== cyrillic) continue
      // The first letter is rarely the mistyped one; checking it first skips most terms.
      if (term[0] !== stem[0] && term[1] !== stem[1]) continue
      const distance = editDistance(stem, term, limit)
      if (distance <= limit && distance > 0) found.push({ term, distance })
    }
  }
  found.sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
  return found.slice(0, max).map((f) => f.term)
}
