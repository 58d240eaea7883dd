/**
 * Ranking: BM25 (k1 = 1.2, b = 0.75) with field weights (title 3×, body 1×, combined
 * BM25F-style into one weighted term frequency), concept AND semantics, phrase and
 * exclusion filters, then own-language-first ordering. Pure and deterministic: the
 * result does not depend on the order of the postings, scores are rounded to 1e-9 and
 * ties are broken by document id ascending.
 */
import type { TLanguage } from './analyze'
import type { TExpandedTerm } from './thesaurus'

export type TField = 'title' | 'body'
export type TPosting = { term: string; docId: number; field: TField; tf: number; positions: number[] }
export type TRankedDoc = { docId: number; score: number }
export type TDocStats = { length: number; language: TLanguage | undefined }

export type TRankArgs = {
  expanded: TExpandedTerm[]
  /** Quoted phrases (stems) that must occur with adjacent positions in one field. */
  phrases: string[][]
  /** Stems: documents containing any of them are removed. */
  excluded: string[]
  postings: TPosting[]
  /** Rankable documents. Postings of documents missing here are ignored. */
  docs: Map<number, TDocStats>
  totalDocs: number
  avgLength: number
  /** Number of documents containing each term; counted from the postings when absent. */
  docFreq: Map<string, number>
  readerLanguage: TLanguage
  /** Offsets of each phrase's stems (TParsedQuery.phraseOffsets); consecutive if absent. */
  phraseOffsets?: number[][]
  /** Phrases whose presence removes a document (TParsedQuery.excludedPhrases). */
  excludedPhrases?: string[][]
  excludedPhraseOffsets?: number[][]
}

export const BM25_K1 = 1.2
export const BM25_B = 0.75
export const FIELD_WEIGHTS: Readonly<Record<TField, number>> = { title: 3, body: 1 }
const FIELDS: readonly TField[] = ['title', 'body']
const SCORE_PRECISION = 1e9

type TFieldHit = { tf: number; positions: Set<number> }
type TDocHits = Partial<Record<TField, TFieldHit>>
/** term → docId → field → hit */
type TPostingIndex = Map<string, Map<number, TDocHits>>

type TAltTerm = { term: string; weight: number; offset: number }
type TAlternative = { terms: TAltTerm[]; phrase: boolean }
type TConcept = { alternatives: TAlternative[] }

/** The value if it is an array, else an empty one (inputs come from storage and callers). */
function asArray<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : []
}

function indexPostings(postings: readonly TPosting[]): TPostingIndex {
  const index: TPostingIndex = new Map()
  for (const posting of asArray(postings)) {
    if (!posting || typeof posting.term !== 'string' || !Number.isInteger(posting.docId)) continue
    if (posting.field !== 'title' && posting.field !== 'body') continue
    const positions = asArray(posting.positions).filter((p) => Number.isInteger(p))
    const tf = Number.isFinite(posting.tf) && posting.tf > 0 ? posting.tf : positions.length
    if (tf <= 0) continue
    let byDoc = index.get(posting.term)
    if (!byDoc) index.set(posting.term, (byDoc = new Map()))
    let hits = byDoc.get(posting.docId)
    if (!hits) byDoc.set(posting.docId, (hits = {}))
    const existing = hits[posting.field]
    if (existing) {
      // Duplicate posting: merge in an order-independent way.
      existing.tf = Math.max(existing.tf, tf)
      for (const p of positions) existing.positions.add(p)
    } else {
      hits[posting.field] = { tf, positions: new Set(positions) }
    }
  }
  return index
}

function sameTerms(a: readonly TAltTerm[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t.term === b[i])
}

function validOffsets(offsets: unknown, length: number): number[] {
  if (Array.isArray(offsets) && offsets.length === length && offsets.every((o) => Number.isInteger(o))) {
    return offsets as number[]
  }
  return Array.from({ length }, (_, i) => i)
}

/** Concepts from the expanded terms, plus any phrase not already represented. */
function buildConcepts(expanded: readonly TExpandedTerm[], phrases: readonly string[][], phraseOffsets: unknown[] | undefined): TConcept[] {
  const byGroup = new Map<number, Map<string, TAlternative>>()
  ;asArray(expanded).forEach((item, index) => {
    if (!item || typeof item.term !== 'string' || item.term.length === 0) return
    const group = Number.isFinite(item.group) ? item.group : 0
    const weight = Number.isFinite(item.weight) && item.weight > 0 ? item.weight : 0
    const altKey = item.alternative === undefined ? `solo:${index}` : `alt:${item.alternative}`
    let alternatives = byGroup.get(group)
    if (!alternatives) byGroup.set(group, (alternatives = new Map()))
    let alternative = alternatives.get(altKey)
    if (!alternative) alternatives.set(altKey, (alternative = { terms: [], phrase: false }))
    alternative.terms.push({ term: item.term, weight, offset: Number.isInteger(item.offset) ? (item.offset as number) : alternative.terms.length })
    if (item.phrase === true) alternative.phrase = true
  })
  const concepts: TConcept[] = [...byGroup.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, alternatives]) => ({ alternatives: [...alternatives.values()] }))

  ;asArray(phrases).forEach((phrase, p) => {
    if (!Array.isArray(phrase) || phrase.length === 0 || !phrase.every((t) => typeof t === 'string')) return
    const offsets = validOffsets(phraseOffsets?.[p], phrase.length)
    const alternatives = concepts.flatMap((concept) => concept.alternatives)
    const existing =
      alternatives.find((alt) => alt.phrase && sameTerms(alt.terms, phrase)) ??
      alternatives.find((alt) => sameTerms(alt.terms, phrase))
    if (existing) {
      if (phrase.length > 1 && !existing.phrase) {
        existing.phrase = true
        existing.terms.forEach((t, i) => (t.offset = offsets[i]))
      }
      return
    }
    concepts.push({
      alternatives: [{ terms: phrase.map((term, i) => ({ term, weight: 1, offset: offsets[i] })), phrase: phrase.length > 1 }],
    })
  })
  return concepts
}

/** True if the terms occur in one field at the given relative offsets. */
function phraseOccurs(index: TPostingIndex, docId: number, terms: readonly { term: string; offset: number }[]): boolean {
  if (terms.length === 0) return false
  const base = terms[0].offset
  for (const field of FIELDS) {
    const first = index.get(terms[0].term)?.get(docId)?.[field]
    if (!first) continue
    const rest = terms.slice(1).map((t) => ({ hit: index.get(t.term)?.get(docId)?.[field], delta: t.offset - base }))
    if (rest.some((r) => !r.hit)) continue
    for (const start of first.positions) {
      if (rest.every((r) => r.hit!.positions.has(start + r.delta))) return true
    }
  }
  return false
}

function containsTerm(index: TPostingIndex, docId: number, term: string): boolean {
  const hits = index.get(term)?.get(docId)
  return hits !== undefined && (hits.title !== undefined || hits.body !== undefined)
}

function round(score: number): number {
  return Math.round(score * SCORE_PRECISION) / SCORE_PRECISION
}

/** Okapi BM25 inverse document frequency (Lucene form, never negative). */
export function bm25Idf(docFreq: number, totalDocs: number): number {
  const n = Math.max(totalDocs, docFreq, 1)
  return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5))
}

export function rankDocuments(args: TRankArgs): TRankedDoc[] {
  const { docs, readerLanguage } = args
  if (!(docs instanceof Map) || docs.size === 0) return []
  const index = indexPostings(args.postings)
  const concepts = buildConcepts(args.expanded, args.phrases, args.phraseOffsets)
  if (concepts.length === 0) return []

  const avgLength = Number.isFinite(args.avgLength) && args.avgLength > 0 ? args.avgLength : 1
  const totalDocs = Number.isFinite(args.totalDocs) && args.totalDocs > 0 ? args.totalDocs : docs.size
  const idfCache = new Map<string, number>()
  const idf = (term: string): number => {
    let value = idfCache.get(term)
    if (value === undefined) {
      const given = args.docFreq instanceof Map ? args.docFreq.get(term) : undefined
      const df = Number.isFinite(given) && (given as number) > 0 ? (given as number) : (index.get(term)?.size ?? 0)
      value = bm25Idf(df, totalDocs)
      idfCache.set(term, value)
    }
    return value
  }
  const termScore = (term: string, docId: number, length: number): number => {
    const hits = index.get(term)?.get(docId)
    if (!hits) return 0
    const tf = (hits.title?.tf ?? 0) * FIELD_WEIGHTS.title + (hits.body?.tf ?? 0) * FIELD_WEIGHTS.body
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / avgLength)
    return (idf(term) * tf * (BM25_K1 + 1)) / (tf + norm)
  }

  // Candidates: documents with a posting for any concept term, known in `docs`.
  const candidates = new Set<number>()
  for (const concept of concepts) {
    for (const alternative of concept.alternatives) {
      for (const { term } of alternative.terms) {
        for (const docId of index.get(term)?.keys() ?? []) if (docs.has(docId)) candidates.add(docId)
      }
    }
  }

  const excluded = asArray(args.excluded).filter((t) => typeof t === 'string')
  const excludedPhrases = asArray(args.excludedPhrases)
    .map((phrase, p) => {
      if (!Array.isArray(phrase) || phrase.length === 0) return undefined
      const offsets = validOffsets(args.excludedPhraseOffsets?.[p], phrase.length)
      return phrase.map((term, i) => ({ term, offset: offsets[i] }))
    })
    .filter((phrase): phrase is { term: string; offset: number }[] => phrase !== undefined)

  const ranked: (TRankedDoc & { own: boolean })[] = []
  for (const docId of candidates) {
    if (excluded.some((term) => containsTerm(index, docId, term))) continue
    if (excludedPhrases.some((phrase) => phraseOccurs(index, docId, phrase))) continue
    const stats = docs.get(docId)!
    const length = Number.isFinite(stats.length) && stats.length >= 0 ? stats.length : avgLength
    let total = 0
    let matchesAll = true
    for (const concept of concepts) {
      let best = -1
      for (const alternative of concept.alternatives) {
        if (!alternative.terms.every(({ term }) => containsTerm(index, docId, term))) continue
        if (alternative.phrase && !phraseOccurs(index, docId, alternative.terms)) continue
        let score = 0
        for (const { term, weight } of alternative.terms) score += weight * termScore(term, docId, length)
        if (score > best) best = score
      }
      if (best < 0) {
        matchesAll = false
        break
      }
      total += best
    }
    if (!matchesAll) continue
    ranked.push({ docId, score: round(total), own: stats.language === readerLanguage })
  }

  // Own-language documents first (stable partition), then score desc, then id asc.
  ranked.sort((a, b) => Number(b.own) - Number(a.own) || b.score - a.score || a.docId - b.docId)
  return ranked.map(({ docId, score }) => ({ docId, score }))
}
