/**
 * Ranking: BM25 (k1 = 1.2, b = 0.75) with field weights (title 3×, body 1×, combined
 * BM25F-style into one weighted term frequency), concepts with minimum-should-match
 * (a head word alone covering part of its term), phrase and exclusion filters, a title
 * proximity boost for the best candidates, then own-language-first ordering. Pure and
 * deterministic: the result does not depend on the order of the postings, scores are
 * rounded to 1e-9 and ties are broken by document id ascending.
 *
 * The work happens on packed postings (typed arrays per term, documents numbered densely
 * by the caller), so a query over tens of thousands of matching documents allocates a
 * few arrays instead of an object per posting. rankDocuments() is the plain-object
 * entry for callers without such numbering (and the reference the unit tests use).
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
  /**
   * The query's own words and their positions as typed (TParsedQuery.terms, termPositions):
   * when given, the best TITLE_CANDIDATES matches get the title proximity boost.
   */
  queryTerms?: string[]
  queryPositions?: number[]
}

export const BM25_K1 = 1.2
export const BM25_B = 0.75
export const FIELD_WEIGHTS: Readonly<Record<TField, number>> = { title: 3, body: 1 }
/**
 * How much of a concept a document matching only a head word (a partial alternative)
 * covers: the head's share of the information of the whole term it belongs to (its IDF over
 * the sum of the term's IDFs), so "migration", the head of "labour migration", covers little
 * of it and "trafficking" most of "trafficking in human beings". This share when the whole
 * term is in no document.
 */
export const HEAD_COVERAGE = 0.5
const SCORE_PRECISION = 1e9

type TAltTerm = { term: string; weight: number; offset: number }
/** `partial`: the head word of a multi-word term standing alone (thesaurus.ts). */
type TAlternative = { terms: TAltTerm[]; phrase: boolean; partial: boolean }
type TConcept = { alternatives: TAlternative[] }

/** The value if it is an array, else an empty one (inputs come from storage and callers). */
function asArray<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : []
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
    if (!alternative) alternatives.set(altKey, (alternative = { terms: [], phrase: false, partial: false }))
    alternative.terms.push({ term: item.term, weight, offset: Number.isInteger(item.offset) ? (item.offset as number) : alternative.terms.length })
    if (item.phrase === true) alternative.phrase = true
    if (item.partial === true) alternative.partial = true
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
      alternatives: [{ terms: phrase.map((term, i) => ({ term, weight: 1, offset: offsets[i] })), phrase: phrase.length > 1, partial: false }],
    })
  })
  return concepts
}

function round(score: number): number {
  return Math.round(score * SCORE_PRECISION) / SCORE_PRECISION
}

/** Okapi BM25 inverse document frequency (Lucene form, never negative). */
export function bm25Idf(docFreq: number, totalDocs: number): number {
  const n = Math.max(totalDocs, docFreq, 1)
  return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5))
}


/**
 * One term's postings, packed: documents by dense number (ascending, distinct), their
 * title and body term frequencies, and optionally the positions of each field
 * (`positions.data[offsets[2i + f] … offsets[2i + f + 1]]`, ascending; f 0 title, 1 body).
 */
export type TPackedPostings = {
  docs: Int32Array
  titleTf: Uint32Array
  bodyTf: Uint32Array
  positions?: { offsets: Uint32Array; data: Int32Array }
}

export type TPackInput = { doc: number; field: TField; tf: number; positions?: readonly number[] }

/**
 * Packs one term's postings. Postings with no occurrence are dropped; duplicates for the
 * same document and field merge order-independently (highest tf, union of positions).
 */
export function packPostings(input: readonly TPackInput[], withPositions: boolean): TPackedPostings {
  type TEntry = { doc: number; tf: [number, number]; positions: [Set<number>, Set<number>] | undefined }
  const byDoc = new Map<number, TEntry>()
  for (const p of input) {
    if (!p || !Number.isInteger(p.doc) || (p.field !== 'title' && p.field !== 'body')) continue
    const positions = withPositions ? asArray(p.positions).filter((n) => Number.isInteger(n)) : []
    const tf = Number.isFinite(p.tf) && p.tf > 0 ? p.tf : positions.length
    if (tf <= 0) continue
    let entry = byDoc.get(p.doc)
    if (!entry) byDoc.set(p.doc, (entry = { doc: p.doc, tf: [0, 0], positions: withPositions ? [new Set(), new Set()] : undefined }))
    const f = p.field === 'title' ? 0 : 1
    entry.tf[f] = Math.max(entry.tf[f], tf)
    if (entry.positions) for (const n of positions) entry.positions[f].add(n)
  }
  const entries = [...byDoc.values()].sort((a, b) => a.doc - b.doc)
  const packed: TPackedPostings = {
    docs: Int32Array.from(entries, (e) => e.doc),
    titleTf: Uint32Array.from(entries, (e) => e.tf[0]),
    bodyTf: Uint32Array.from(entries, (e) => e.tf[1]),
  }
  if (withPositions) {
    const offsets = new Uint32Array(entries.length * 2 + 1)
    const data: number[] = []
    entries.forEach((e, i) => {
      for (const f of [0, 1]) {
        offsets[2 * i + f] = data.length
        data.push(...[...e.positions![f]].sort((a, b) => a - b))
      }
    })
    offsets[entries.length * 2] = data.length
    packed.positions = { offsets, data: Int32Array.from(data) }
  }
  return packed
}

/**
 * Packs one term's postings without positions from parallel arrays (document number below
 * `size`, field 0 title / 1 body, tf): the path for long lists, with no object per posting.
 * Gives the same result as packPostings(…, false).
 */
export function packFrequencies(size: number, docs: ArrayLike<number>, fields: ArrayLike<number>, tfs: ArrayLike<number>): TPackedPostings {
  const title = new Uint32Array(size)
  const body = new Uint32Array(size)
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]
    const tf = tfs[i]
    if (!Number.isInteger(doc) || doc < 0 || doc >= size || !(tf > 0)) continue
    if (fields[i] === 0) title[doc] = Math.max(title[doc], tf)
    else if (fields[i] === 1) body[doc] = Math.max(body[doc], tf)
  }
  let count = 0
  for (let d = 0; d < size; d++) if (title[d] || body[d]) count++
  const packed: TPackedPostings = { docs: new Int32Array(count), titleTf: new Uint32Array(count), bodyTf: new Uint32Array(count) }
  for (let d = 0, i = 0; d < size; d++) {
    if (!title[d] && !body[d]) continue
    packed.docs[i] = d
    packed.titleTf[i] = title[d]
    packed.bodyTf[i++] = body[d]
  }
  return packed
}

/** Index of `doc` in a packed list, or -1 (binary search from `from`). */
function findDoc(list: Int32Array, doc: number, from = 0): number {
  let lo = from
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const value = list[mid]
    if (value === doc) return mid
    if (value < doc) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

function hasPosition(data: Int32Array, from: number, to: number, value: number): boolean {
  let lo = from
  let hi = to - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (data[mid] === value) return true
    if (data[mid] < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

type TPhraseTerm = { list: TPackedPostings; index: number; offset: number }

/** True if the terms occur in one field of the document at their relative offsets. */
function phraseAt(terms: readonly TPhraseTerm[]): boolean {
  if (terms.length === 0 || terms.some((t) => !t.list.positions)) return false
  const base = terms[0].offset
  for (const field of [0, 1]) {
    const first = terms[0]
    const { offsets, data } = first.list.positions!
    const start = offsets[2 * first.index + field]
    const end = offsets[2 * first.index + field + 1]
    for (let p = start; p < end; p++) {
      let all = true
      for (let k = 1; k < terms.length && all; k++) {
        const t = terms[k]
        const pos = t.list.positions!
        all = hasPosition(pos.data, pos.offsets[2 * t.index + field], pos.offsets[2 * t.index + field + 1], data[p] + t.offset - base)
      }
      if (all) return true
    }
  }
  return false
}

/**
 * Calls `visit(doc, indices)` for every document present in all lists, walking the
 * shortest list and finding the document in the others by binary search.
 */
function forEachCommon(lists: readonly Int32Array[], visit: (doc: number, indices: number[]) => void): void {
  if (lists.length === 0) return
  let shortest = 0
  lists.forEach((l, i) => (l.length < lists[shortest].length ? (shortest = i) : undefined))
  const cursors = lists.map(() => 0)
  const indices = lists.map(() => -1)
  const walk = lists[shortest]
  outer: for (let i = 0; i < walk.length; i++) {
    const doc = walk[i]
    for (let k = 0; k < lists.length; k++) {
      if (k === shortest) {
        indices[k] = i
        continue
      }
      const found = findDoc(lists[k], doc, cursors[k])
      if (found < 0) continue outer
      indices[k] = found
      cursors[k] = found + 1
    }
    visit(doc, indices)
  }
}

export type TPackedMatchArgs = Omit<TRankArgs, 'postings' | 'docs' | 'docFreq' | 'readerLanguage'> & {
  /** Packed postings of a term (with positions for terms of phrases), or undefined. */
  postings: (term: string) => TPackedPostings | undefined
  /** Documents containing the term in the whole index; the packed list's length if absent. */
  docFreq?: (term: string) => number | undefined
  /** Per dense document number: may it be returned? */
  rankable: Uint8Array
  /** Per dense document number: BM25 length. */
  lengths: Float64Array
}

/** Documents that match (dense numbers, ascending) and their scores, rounded. */
export type TPackedMatches = { docs: Int32Array; scores: Float64Array }

export function matchPacked(args: TPackedMatchArgs): TPackedMatches {
  const { rankable, lengths } = args
  const concepts = buildConcepts(args.expanded, args.phrases, args.phraseOffsets)
  if (concepts.length === 0) return { docs: new Int32Array(0), scores: new Float64Array(0) }
  const size = rankable.length
  const avgLength = Number.isFinite(args.avgLength) && args.avgLength > 0 ? args.avgLength : 1
  const totalDocs = Number.isFinite(args.totalDocs) && args.totalDocs > 0 ? args.totalDocs : size
  const idfCache = new Map<string, number>()
  const idf = (term: string): number => {
    let value = idfCache.get(term)
    if (value === undefined) {
      const given = args.docFreq?.(term)
      const df = Number.isFinite(given) && (given as number) > 0 ? (given as number) : (args.postings(term)?.docs.length ?? 0)
      value = bm25Idf(df, totalDocs)
      idfCache.set(term, value)
    }
    return value
  }

  // Exclusions first: a document with an excluded word or phrase is never ranked.
  const excludedDocs = new Uint8Array(size)
  for (const term of asArray(args.excluded)) {
    if (typeof term !== 'string') continue
    for (const doc of args.postings(term)?.docs ?? []) if (doc < size) excludedDocs[doc] = 1
  }
  asArray(args.excludedPhrases).forEach((phrase, p) => {
    if (!Array.isArray(phrase) || phrase.length === 0) return
    const offsets = validOffsets(args.excludedPhraseOffsets?.[p], phrase.length)
    const lists = phrase.map((term) => args.postings(term))
    if (lists.some((l) => !l)) return
    forEachCommon(lists.map((l) => l!.docs), (doc, indices) => {
      if (doc < size && phraseAt(lists.map((list, k) => ({ list: list!, index: indices[k], offset: offsets[k] })))) excludedDocs[doc] = 1
    })
  })

  // Each concept scores a document by its best alternative. A document need not have every
  // concept: it must have enough of them (minimumShouldMatch), and it is ranked by how much
  // of the query it covers (concepts weighted by their rarest term, so a generic word
  // counts little) times its BM25 sum. A concept no document has at all (a word missing
  // from the whole index) neither counts nor costs. Quoted phrases are always required.
  // A document with only the head word of a multi-word term (a partial alternative) has
  // the concept, but covers only the head's share of it (HEAD_COVERAGE).
  const total = new Float64Array(size)
  const covered = new Float64Array(size)
  const matchedCount = new Uint16Array(size)
  const requiredMatched = new Uint16Array(size)
  const best = new Float64Array(size)
  const seenIn = new Uint16Array(size)
  let totalWeight = 0
  let liveConcepts = 0
  let requiredConcepts = 0
  const credit = new Float64Array(size)
  concepts.forEach((concept, c) => {
    const touched: number[] = []
    const required = concept.alternatives.some((alternative) => alternative.phrase && alternative.terms.every((t) => t.weight >= 1))
    if (required) requiredConcepts++
    // The alternatives some document has, with their postings and IDFs.
    const live = concept.alternatives.flatMap((alternative) => {
      const lists = alternative.terms.map(({ term }) => args.postings(term))
      if (lists.some((l) => !l || l.docs.length === 0)) return []
      const idfs = alternative.terms.map(({ term }) => idf(term))
      const weight = Math.max(...idfs) * Math.min(1, Math.max(...alternative.terms.map((t) => t.weight)))
      return [{ alternative, lists: lists as TPackedPostings[], idfs, weight }]
    })
    const whole = live.filter((l) => !l.alternative.partial)
    const conceptWeight = Math.max(0, ...(whole.length > 0 ? whole : live).map((l) => l.weight))
    const headShare = (term: string, headIdf: number) => {
      const sums = whole.filter((l) => l.alternative.terms.some((t) => t.term === term)).map((l) => l.idfs.reduce((a, b) => a + b, 0))
      return sums.length > 0 ? Math.min(1, headIdf / Math.min(...sums)) : HEAD_COVERAGE
    }
    for (const { alternative, lists, idfs } of live) {
      const share = !alternative.partial ? 1 : Math.min(...alternative.terms.map((t, k) => headShare(t.term, idfs[k])))
      forEachCommon(lists.map((l) => l.docs), (doc, indices) => {
        if (doc >= size || !rankable[doc] || excludedDocs[doc]) return
        if (alternative.phrase && !phraseAt(lists.map((list, k) => ({ list, index: indices[k], offset: alternative.terms[k].offset })))) return
        const length = Number.isFinite(lengths[doc]) && lengths[doc] >= 0 ? lengths[doc] : avgLength
        const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / avgLength)
        let score = 0
        for (let k = 0; k < lists.length; k++) {
          const list = lists[k]
          const tf = list.titleTf[indices[k]] * FIELD_WEIGHTS.title + list.bodyTf[indices[k]] * FIELD_WEIGHTS.body
          score += alternative.terms[k].weight * ((idfs[k] * tf * (BM25_K1 + 1)) / (tf + norm))
        }
        if (seenIn[doc] !== c + 1) {
          seenIn[doc] = c + 1
          best[doc] = score
          credit[doc] = share
          touched.push(doc)
        } else {
          if (score > best[doc]) best[doc] = score
          if (share > credit[doc]) credit[doc] = share
        }
      })
    }
    if (conceptWeight > 0) {
      liveConcepts++
      totalWeight += conceptWeight
    }
    for (const doc of touched) {
      matchedCount[doc]++
      covered[doc] += conceptWeight * credit[doc]
      if (required) requiredMatched[doc]++
      total[doc] += best[doc]
    }
  })

  const minimum = minimumShouldMatch(liveConcepts)
  const passes = (doc: number) => matchedCount[doc] >= minimum && matchedCount[doc] > 0 && requiredMatched[doc] === requiredConcepts
  let count = 0
  for (let doc = 0; doc < size; doc++) if (passes(doc)) count++
  const docs = new Int32Array(count)
  const scores = new Float64Array(count)
  for (let doc = 0, i = 0; doc < size; doc++) {
    if (!passes(doc)) continue
    const coverage = totalWeight > 0 ? covered[doc] / totalWeight : 1
    docs[i] = doc
    scores[i++] = round(total[doc] * coverage * coverage)
  }
  return { docs, scores }
}

/** Title positions of a term in a document (dense number), ascending; undefined or empty if none. */
export type TTitlePositions = (term: string, doc: number) => ArrayLike<number> | undefined

/** How many of the best matches the title proximity boost may reorder (bounded work per query). */
export const TITLE_CANDIDATES = 100
/** A title with the query's words close together gains up to this share of its score. */
export const TITLE_PROXIMITY_BOOST = 0.5
/** A title with the query's words as typed, as a phrase, gains this share more. */
export const TITLE_PHRASE_BOOST = 0.25
/**
 * Words "close together": at most this many other words between them in the title. One
 * word between counts as adjacent (a stopword: "migrants from Central Asia"), every further
 * word lowers the closeness, and beyond this they are scattered.
 */
export const TITLE_WINDOW = 4

export type TTitleProximityArgs = Pick<TPackedMatchArgs, 'expanded' | 'phrases' | 'phraseOffsets' | 'postings'> & {
  /** The query's own words (TParsedQuery.terms) and their positions as typed (termPositions). */
  queryTerms: readonly string[]
  queryPositions: readonly number[]
}

export type TTitleProximity = {
  /** The terms whose title positions boosts() reads; empty when no title can gain. */
  terms: string[]
  /** A factor ≥ 1 per document: 1 + proximity × TITLE_PROXIMITY_BOOST + phrase × TITLE_PHRASE_BOOST. */
  boosts: (docs: ArrayLike<number>, positions: TTitlePositions) => Float64Array
}

/**
 * Title proximity: a title where the query's concepts stand close together says more than
 * the same words scattered through a text. Proximity is the best window of the title in
 * which occurrences of several concepts (any of their alternatives, in either language) have
 * at most TITLE_WINDOW other words between them: (concepts in it − 1) / (query's concepts
 * − 1), less for every word between beyond the first. A one-concept query of several words
 * ("labour migration") looks at the words of each of its whole alternatives instead. The
 * phrase bonus is for the query's own words in the title at the distances typed (or, for
 * one concept, a whole alternative as a phrase). Only concepts some document has count
 * (as in matchPacked). Meant for the best candidates only: the caller reads their title
 * positions (one read for all of them) and multiplies their scores.
 */
export function titleProximity(args: TTitleProximityArgs): TTitleProximity {
  const concepts = buildConcepts(args.expanded, args.phrases, args.phraseOffsets)
  const present = (term: string) => term.startsWith('~') || (args.postings(term)?.docs.length ?? 0) > 0
  const live = concepts.filter((concept) => concept.alternatives.some((alt) => alt.terms.every((t) => present(t.term))))
  const textTerms = (alt: TAlternative) => alt.terms.filter((t) => !t.term.startsWith('~'))
  // Units whose closeness counts: concepts, or the words of one concept's whole alternatives.
  type TUnits = { terms: Map<string, number[]>; count: number }
  const unitSets: TUnits[] = []
  if (live.length >= 2) {
    const terms = new Map<string, number[]>()
    live.forEach((concept, c) => {
      for (const alt of concept.alternatives) for (const t of textTerms(alt)) terms.set(t.term, [...new Set([...(terms.get(t.term) ?? []), c])])
    })
    unitSets.push({ terms, count: live.length })
  } else if (live.length === 1) {
    for (const alt of live[0].alternatives) {
      const words = textTerms(alt)
      if (alt.partial || words.length < 2 || new Set(words.map((t) => t.term)).size < 2) continue
      const terms = new Map<string, number[]>()
      words.forEach((t, k) => terms.set(t.term, [...(terms.get(t.term) ?? []), k]))
      unitSets.push({ terms, count: words.length })
    }
  }
  // Phrases the title may hold: the query's words as typed, and a lone concept's whole alternatives.
  const queryPhrase =
    args.queryTerms.length >= 2 && args.queryPositions.length === args.queryTerms.length
      ? args.queryTerms.map((term, i) => ({ term, offset: args.queryPositions[i] - args.queryPositions[0] }))
      : undefined
  const titlePhrases = [
    ...(queryPhrase ? [queryPhrase] : []),
    ...(live.length === 1 ? live[0].alternatives.filter((alt) => !alt.partial && alt.terms.length >= 2).map((alt) => alt.terms) : []),
  ].filter((phrase) => phrase.every((t) => !t.term.startsWith('~')))
  const terms = new Set<string>()
  for (const units of unitSets) for (const term of units.terms.keys()) terms.add(term)
  for (const phrase of titlePhrases) for (const t of phrase) terms.add(t.term)

  const closeness = (between: number) => (between <= 1 ? 1 : Math.max(0, 1 - (between - 1) / TITLE_WINDOW))
  const proximityOf = (units: TUnits, doc: number, positions: TTitlePositions): number => {
    const occurrences: { position: number; unit: number }[] = []
    for (const [term, owners] of units.terms) {
      const found = positions(term, doc)
      if (!found) continue
      for (let i = 0; i < found.length; i++) for (const unit of owners) occurrences.push({ position: found[i], unit })
    }
    if (occurrences.length < 2) return 0
    occurrences.sort((a, b) => a.position - b.position || a.unit - b.unit)
    let best = 0
    for (let i = 0; i < occurrences.length; i++) {
      const seen = new Set<number>()
      const positionsIn = new Set<number>()
      for (let j = i; j < occurrences.length; j++) {
        seen.add(occurrences[j].unit)
        positionsIn.add(occurrences[j].position)
        const between = occurrences[j].position - occurrences[i].position + 1 - positionsIn.size
        if (between > TITLE_WINDOW) break
        if (seen.size >= 2) best = Math.max(best, ((seen.size - 1) / (units.count - 1)) * closeness(between))
      }
    }
    return best
  }
  const phraseIn = (phrase: readonly { term: string; offset: number }[], doc: number, positions: TTitlePositions): boolean => {
    const first = positions(phrase[0].term, doc)
    if (!first) return false
    const lists = phrase.map((t) => positions(t.term, doc))
    if (lists.some((l) => !l || l.length === 0)) return false
    for (let p = 0; p < first.length; p++) {
      const start = first[p] - phrase[0].offset
      if (phrase.every((t, k) => Array.prototype.includes.call(lists[k]!, start + t.offset))) return true
    }
    return false
  }
  return {
    terms: [...terms].sort(),
    boosts: (docs, positions) =>
      Float64Array.from({ length: docs.length }, (_, i) => {
        const doc = docs[i]
        const proximity = Math.max(0, ...unitSets.map((units) => proximityOf(units, doc, positions)))
        const phrase = titlePhrases.some((p) => phraseIn(p, doc, positions)) ? 1 : 0
        return 1 + TITLE_PROXIMITY_BOOST * proximity + TITLE_PHRASE_BOOST * phrase
      }),
  }
}

/**
 * Some of the matches (by dense number, each one of them), their scores multiplied by
 * their factors (1 if absent): ordering these few is all a page among them needs.
 */
export function selectMatches(matches: TPackedMatches, docs: ArrayLike<number>, factors?: ArrayLike<number>): TPackedMatches {
  const scores = Float64Array.from({ length: docs.length }, (_, i) => {
    const score = matches.scores[findDoc(matches.docs, docs[i])]
    const factor = factors?.[i] ?? 1
    return factor === 1 ? score : round(score * factor)
  })
  return { docs: Int32Array.from(docs), scores }
}

/** Multiplies the scores of some matches (by dense number) by their factors; the others stay. */
export function boostMatches(matches: TPackedMatches, docs: ArrayLike<number>, factors: ArrayLike<number>): TPackedMatches {
  const scores = Float64Array.from(matches.scores)
  for (let i = 0; i < docs.length; i++) {
    const k = findDoc(matches.docs, docs[i])
    if (k >= 0 && factors[i] !== 1) scores[k] = round(scores[k] * factors[i])
  }
  return { docs: matches.docs, scores }
}

/** The title positions of a document in a term's packed postings (with positions), or undefined. */
export function packedTitlePositions(list: TPackedPostings | undefined, doc: number): Int32Array | undefined {
  if (!list?.positions) return undefined
  const k = findDoc(list.docs, doc)
  if (k < 0) return undefined
  return list.positions.data.subarray(list.positions.offsets[2 * k], list.positions.offsets[2 * k + 1])
}

/** True if the term occurs in the document's title (by its packed postings). */
export function inTitle(list: TPackedPostings | undefined, doc: number): boolean {
  if (!list) return false
  const k = findDoc(list.docs, doc)
  return k >= 0 && list.titleTf[k] > 0
}

/**
 * How many of a query's concepts a document needs: one of up to three, then two of four,
 * then 40 %: a long question in natural words ("will blackouts in Ukraine push more
 * refugees to the EU") still finds the item that has its key words but not its others.
 */
export function minimumShouldMatch(concepts: number): number {
  if (concepts <= 3) return 1
  if (concepts === 4) return 2
  return Math.ceil(concepts * 0.4)
}

/** Documents in the reader's language rank higher by this factor; others still compete. */
export const OWN_LANGUAGE_BOOST = 1.25

/**
 * The matches in ranked order — score (boosted for the reader's language) descending,
 * then id ascending — as dense numbers. With a `limit`, only that many best are ordered
 * (a bounded heap), which is all one page of results needs.
 */
export function orderMatches(matches: TPackedMatches, own: Uint8Array, ids: Int32Array, limit = Infinity): Int32Array {
  const { docs, scores } = matches
  // a before b? (indices into the matches)
  const boosted = Float64Array.from(docs, (doc, i) => round(scores[i] * (own[doc] ? OWN_LANGUAGE_BOOST : 1)))
  const before = (a: number, b: number) => {
    if (boosted[a] !== boosted[b]) return boosted[a] > boosted[b]
    return ids[docs[a]] < ids[docs[b]]
  }
  const compare = (a: number, b: number) => (a === b ? 0 : before(a, b) ? -1 : 1)
  const n = docs.length
  const k = Math.max(0, Math.min(n, limit))
  let chosen: Int32Array
  if (k === n) {
    chosen = Int32Array.from({ length: n }, (_, i) => i)
  } else {
    // Max-heap on "worse": the root is the worst of the best k seen so far.
    const heap = new Int32Array(k)
    let size = 0
    const worse = (a: number, b: number) => before(b, a)
    const siftDown = (from: number) => {
      let i = from
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let top = i
        if (l < size && worse(heap[l], heap[top])) top = l
        if (r < size && worse(heap[r], heap[top])) top = r
        if (top === i) return
        ;[heap[i], heap[top]] = [heap[top], heap[i]]
        i = top
      }
    }
    for (let i = 0; i < n && k > 0; i++) {
      if (size < k) {
        let c = size++
        heap[c] = i
        while (c > 0) {
          const parent = (c - 1) >> 1
          if (!worse(heap[c], heap[parent])) break
          ;[heap[c], heap[parent]] = [heap[parent], heap[c]]
          c = parent
        }
      } else if (before(i, heap[0])) {
        heap[0] = i
        siftDown(0)
      }
    }
    chosen = heap
  }
  chosen.sort(compare)
  return chosen.map((i) => docs[i])
}

export type TPackedRankArgs = TPackedMatchArgs & {
  /** Per dense document number: is it in the reader's language? */
  own: Uint8Array
  /** Per dense document number: its id (the tie-breaker and the result). */
  ids: Int32Array
}

/** All matches, ranked, with their dense numbers (title positions from the packed postings). */
export function rankPacked(args: TPackedRankArgs): (TRankedDoc & { doc: number })[] {
  let matches = matchPacked(args)
  if (args.queryTerms) {
    const proximity = titleProximity({ ...args, queryTerms: args.queryTerms, queryPositions: args.queryPositions ?? [] })
    if (proximity.terms.length > 0) {
      const top = orderMatches(matches, args.own, args.ids, TITLE_CANDIDATES)
      matches = boostMatches(matches, top, proximity.boosts(top, (term, doc) => packedTitlePositions(args.postings(term), doc)))
    }
  }
  const scoreOf = new Map(Array.from(matches.docs, (doc, i) => [doc, matches.scores[i]]))
  return Array.from(orderMatches(matches, args.own, args.ids), (doc) => ({ doc, docId: args.ids[doc], score: scoreOf.get(doc)! }))
}

/** Ranks plain postings (see TRankArgs): numbers the documents and calls rankPacked(). */
export function rankDocuments(args: TRankArgs): TRankedDoc[] {
  const { docs } = args
  if (!(docs instanceof Map) || docs.size === 0) return []
  const dense = new Map<number, number>()
  const ids: number[] = []
  const number = (docId: number) => {
    let n = dense.get(docId)
    if (n === undefined) {
      dense.set(docId, (n = ids.length))
      ids.push(docId)
    }
    return n
  }
  for (const docId of docs.keys()) number(docId)
  const byTerm = new Map<string, TPackInput[]>()
  for (const posting of asArray(args.postings)) {
    if (!posting || typeof posting.term !== 'string' || !Number.isInteger(posting.docId)) continue
    let list = byTerm.get(posting.term)
    if (!list) byTerm.set(posting.term, (list = []))
    list.push({ doc: number(posting.docId), field: posting.field, tf: posting.tf, positions: posting.positions })
  }
  const packed = new Map([...byTerm].map(([term, list]) => [term, packPostings(list, true)]))
  const size = ids.length
  const rankable = new Uint8Array(size)
  const lengths = new Float64Array(size)
  const own = new Uint8Array(size)
  for (const [docId, stats] of docs) {
    const n = dense.get(docId)!
    rankable[n] = 1
    lengths[n] = Number.isFinite(stats?.length) && stats.length >= 0 ? stats.length : Number.NaN
    own[n] = stats?.language === args.readerLanguage ? 1 : 0
  }
  return rankPacked({
    ...args,
    postings: (term) => packed.get(term),
    docFreq: (term) => (args.docFreq instanceof Map ? args.docFreq.get(term) : undefined),
    totalDocs: Number.isFinite(args.totalDocs) && args.totalDocs > 0 ? args.totalDocs : docs.size,
    rankable,
    lengths,
    own,
    ids: Int32Array.from(ids),
  }).map(({ docId, score }) => ({ docId, score }))
}
