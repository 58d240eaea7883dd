/**
 * Result snippets: the window of a text with the most matching words (matched by stem),
 * cut at word boundaries with '…' at cut ends. Returned as segments so the page renders
 * matched words in <mark> through React (text nodes), never as HTML.
 */
import { isStopword, stemToken, tokenSpans } from './analyze'

export type TSnippetSegment = { text: string; match: boolean }

const ELLIPSIS = '…'
const MIN_LENGTH = 20

type TMatch = { start: number; end: number; stem: string }

/** Cuts before `index` without splitting a surrogate pair. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index - 1)
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index
}

/** The window [start, end) of at most `budget` chars with the most distinct, then most, matches. */
function bestMatchWindow(matches: readonly TMatch[], budget: number): { first: number; last: number } {
  let best = { first: 0, last: 0, distinct: 0, count: 0 }
  const counts = new Map<string, number>()
  let last = -1
  for (let first = 0; first < matches.length; first += 1) {
    while (last + 1 < matches.length && matches[last + 1].end - matches[first].start <= budget) {
      last += 1
      counts.set(matches[last].stem, (counts.get(matches[last].stem) ?? 0) + 1)
    }
    if (last < first) {
      // A single match longer than the budget cannot happen (tokens are ≤ 40 chars), but stay safe.
      last = first
      counts.set(matches[first].stem, (counts.get(matches[first].stem) ?? 0) + 1)
    }
    const distinct = counts.size
    const count = last - first + 1
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) {
      best = { first, last, distinct, count }
    }
    const stem = matches[first].stem
    const left = (counts.get(stem) ?? 1) - 1
    if (left === 0) counts.delete(stem)
    else counts.set(stem, left)
  }
  return { first: best.first, last: best.last }
}

/** Texts longer than this (a PDF of many pages) are narrowed to one region before analysis. */
const LONG_TEXT = 8_000
const REGION = 1_200
/** Without a likely match, the snippet comes from this much of the text's beginning. */
const HEAD = 20_000

/**
 * The region of a long text most likely to hold the best snippet, found without analysing
 * or even copying the text: word starts of each stem, lower-case or capitalised (or, for
 * stems longer than four letters, of the stem less its last letter, so "polici" finds
 * "policy"), by plain search; then the place where most distinct stems meet. Undefined
 * when no stem occurs.
 */
function likelyRegion(text: string, terms: ReadonlySet<string>): { start: number; end: number } | undefined {
  const hits: { at: number; term: string }[] = []
  for (const term of terms) {
    const probe = term.length > 4 ? term.slice(0, -1) : term
    for (const form of new Set([probe, probe[0].toUpperCase() + probe.slice(1)])) {
      for (let from = 0, found = 0; found < 64; ) {
        const at = text.indexOf(form, from)
        if (at < 0) break
        from = at + form.length
        if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue
        hits.push({ at, term })
        found += 1
      }
    }
  }
  if (hits.length === 0) return undefined
  hits.sort((a, b) => a.at - b.at)
  let best = { at: hits[0].at, distinct: 0 }
  for (let i = 0; i < hits.length; i += 1) {
    const near = new Set<string>()
    for (let j = i; j < hits.length && hits[j].at - hits[i].at <= 240; j += 1) near.add(hits[j].term)
    if (near.size > best.distinct) best = { at: hits[i].at, distinct: near.size }
  }
  const start = Math.max(0, best.at - REGION / 2)
  return { start, end: Math.min(text.length, start + REGION) }
}

export function makeSnippet(text: string, terms: string[], maxLength = 240): TSnippetSegment[] {
  if (typeof text !== 'string') return []
  const limit = Number.isFinite(maxLength) ? Math.max(MIN_LENGTH, Math.floor(maxLength)) : 240
  const termSet = new Set((Array.isArray(terms) ? terms : []).filter((t) => typeof t === 'string' && t.length > 0))

  // A long text is cut to one region first (at white space), so the work per result stays small.
  let source = text
  let cutBefore = false
  let cutAfter = false
  if (text.length > LONG_TEXT) {
    const region = likelyRegion(text, termSet) ?? { start: 0, end: HEAD }
    let from = region.start
    let to = Math.min(text.length, region.end)
    if (from > 0) from = text.slice(from).search(/\s/) + from + 1 || from
    if (to < text.length) {
      const space = text.slice(from, to).search(/\s\S*$/)
      if (space > 0) to = from + space
    }
    cutBefore = from > 0
    cutAfter = to < text.length
    source = text.slice(safeCut(text, from), safeCut(text, to))
  }
  const clean = source.replace(/\s+/g, ' ').trim()
  if (clean.length === 0) return []

  const matches: TMatch[] = []
  for (const span of tokenSpans(clean)) {
    if (isStopword(span.token)) continue
    const stem = stemToken(span.token)
    if (termSet.has(stem)) matches.push({ start: span.start, end: span.end, stem })
  }

  let start = 0
  let end = clean.length
  if (clean.length > limit) {
    const budget = limit - 2 // room for the two ellipses
    if (matches.length === 0) {
      end = budget
    } else {
      const { first, last } = bestMatchWindow(matches, budget)
      const matchStart = matches[first].start
      const matchEnd = Math.max(matches[last].end, matchStart)
      const slack = Math.max(0, budget - (matchEnd - matchStart))
      start = Math.max(0, matchStart - Math.floor(slack * 0.3))
      end = Math.min(clean.length, start + budget)
      if (end === clean.length) start = Math.max(0, end - budget)
      // Snap to word boundaries without losing the chosen matches.
      if (start > 0 && clean[start - 1] !== ' ') {
        const space = clean.indexOf(' ', start)
        start = space >= 0 && space < matchStart ? space + 1 : matchStart
      }
      if (end < clean.length && clean[end] !== ' ') {
        const space = clean.lastIndexOf(' ', end)
        end = space >= matchEnd ? space : Math.max(matchEnd, end)
      }
    }
    if (matches.length === 0 && end < clean.length && clean[end] !== ' ') {
      const space = clean.lastIndexOf(' ', end)
      if (space > 0) end = space
    }
    end = safeCut(clean, end)
  }

  const segments: TSnippetSegment[] = []
  const push = (value: string, match: boolean) => {
    if (value.length === 0) return
    const previous = segments[segments.length - 1]
    if (previous && !previous.match && !match) previous.text += value
    else segments.push({ text: value, match })
  }
  const body = clean.slice(start, end).trim()
  const offset = start + (clean.slice(start, end).length - clean.slice(start, end).trimStart().length)
  if (start > 0 || cutBefore) push(ELLIPSIS, false)
  let cursor = 0
  for (const match of matches) {
    const from = match.start - offset
    const to = match.end - offset
    if (from < cursor || to > body.length) continue
    push(body.slice(cursor, from), false)
    push(body.slice(from, to), true)
    cursor = to
  }
  push(body.slice(cursor), false)
  if (end < clean.length || cutAfter) push(ELLIPSIS, false)
  return segments
}

export function snippetToPlain(segments: TSnippetSegment[]): string {
  return (Array.isArray(segments) ? segments : []).map((s) => (s && typeof s.text === 'string' ? s.text : '')).join('')
}
