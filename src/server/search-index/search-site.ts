import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { readContentRevision } from '@/server/content/content-revision'
import { parseQuery, type TParsedQuery } from '@/server/search/parse-query'
import { postingTermsFor } from '@/server/search/postings'
import { boostMatches, inTitle, matchPacked, orderMatches, packedTitlePositions, packFrequencies, packPostings, selectMatches, TITLE_CANDIDATES, titleProximity, type TPackedMatches, type TPackedPostings, type TPackInput } from '@/server/search/rank'
import { makeSnippet, type TSnippetSegment } from '@/server/search/snippet'
import { allowedEdits, buildTermDictionary, editDistance, nearTerms, type TTermDictionary } from '@/server/search/fuzzy'
import { places } from '@/server/search/gazetteer'
import { stemToken, tokenSpans } from '@/server/search/analyze'
import { buildThesaurusIndex, COUNTRY_TERM_PREFIX, expandQuery, type TExpandedTerm, type TThesaurusIndex } from '@/server/search/thesaurus'
import { fetchAllTerms, fetchPostingsWithPositions, fetchTermFrequencies, loadSearchMeta, loadSearchTexts, readIndexToken, type TAudience, type TSearchDocText, type TSearchDocMeta, type TSearchKind } from './index-store'
import { downloadTotals } from '@/server/usage/usage-statistics'
import { queryRows, sql } from './raw-sql'

/** One value or several: a document passes if it has any of them (none given: no filter). */
export type TFacetFilter<T extends string = string> = T | readonly T[]

/** Filters AND together; within one facet its values OR together. */
export type TSearchFilters = {
  kinds?: TSearchKind[]
  type?: TFacetFilter
  area?: TFacetFilter
  country?: TFacetFilter
  language?: TFacetFilter<'en' | 'ru'>
  yearFrom?: number
  yearTo?: number
}

export type TSearchSort = 'relevance' | 'newest' | 'downloads'

export type TSearchArgs = {
  q?: unknown
  locale: Locale
  /** What the reader may see: 'members' includes members-only items. */
  audience: TAudience
  filters?: TSearchFilters
  sort?: TSearchSort
  page?: number
  pageSize?: number
}

export type TFacetCount = { value: string; count: number }

export type TSearchHit = {
  id: number
  kind: TSearchKind
  refId: string
  urlPath: string
  title: string
  titleLanguage: 'en' | 'ru'
  snippet: TSnippetSegment[]
  snippetLanguage: 'en' | 'ru'
  languages: ('en' | 'ru')[]
  publishedAt: string | null
}

export type TSearchResult = {
  query: TParsedQuery
  sort: TSearchSort
  total: number
  page: number
  pageSize: number
  totalPages: number
  hits: TSearchHit[]
  /**
   * Exact counts over the results; a facet with values chosen is counted over the results
   * of all the other filters (disjunctive), so that the reader can add a value to it.
   */
  facets: { type: TFacetCount[]; area: TFacetCount[]; country: TFacetCount[]; language: TFacetCount[]; year: TFacetCount[]; kind: TFacetCount[] }
  /** The query with its misspelt words corrected ("did you mean"), when some were. */
  suggestion?: string
}

/**
 * A multi-valued facet as a column: the distinct values, and per document (dense number)
 * the codes of its values, deduplicated (`codes[offsets[d] … offsets[d + 1]]`).
 */
type TFacetColumn = { values: string[]; codeOf: Map<string, number>; offsets: Uint32Array; codes: Int32Array }

const facetNames = ['type', 'area', 'country', 'language', 'year', 'kind'] as const
type TFacetName = (typeof facetNames)[number]
/** The facets a search may filter by one or several values. */
const filterFacets = ['type', 'area', 'country', 'language'] as const
type TFilterFacet = (typeof filterFacets)[number]

/**
 * Everything search needs besides texts, per content revision: documents numbered densely
 * in "newest first" order (so browsing needs no sort), facet columns, and packed postings
 * of the terms asked for so far (filled on first use).
 */
type TState = {
  revision: string
  /** Changes whenever a document enters, changes in or leaves the index (see readIndexToken). */
  indexToken: string
  meta: TSearchDocMeta[]
  ids: Int32Array
  denseOf: Map<number, number>
  lengths: Float64Array
  /** Bit 1: English edition, bit 2: Russian edition. */
  languageBits: Uint8Array
  /** Per reader language: is the document available in it? (ranks own-language first) */
  own: Record<Locale, Uint8Array>
  membersOnly: Uint8Array
  years: Int32Array
  /** Filtered selections already computed in this revision, by audience and filters. */
  selections: Map<string, TSelection>
  avgLength: number
  thesaurus: TThesaurusIndex
  facets: Record<TFacetName, TFacetColumn>
  postings: Map<string, TPackedPostings>
  /** Postings with positions, for terms of phrases. */
  positioned: Map<string, TPackedPostings>
  /** Title positions read for the title proximity boost, by term and dense number (null: not in the title). */
  titlePositions: Map<string, Map<number, Int32Array | null>>
  titleEntries: number
  /** The index's terms, read the first time a query has a word no document has. */
  dictionary?: Promise<TTermDictionary>
  cachedEntries: number
}

/**
 * Documents a reader may see and the filters. `grade` per dense number: 0 left out, 1 passes
 * every filter, k + 2 passes all but the filter of facet `active[k]` (it counts in that
 * facet's counts only). `docs` lists grade 1 and `near` grade ≥ 1, ascending (the same list
 * when no facet is filtered).
 */
type TSelection = { grade: Uint8Array; docs: Int32Array; near: Int32Array; active: readonly TFacetName[] }

const maxCachedEntries = 4_000_000
/** Title positions kept for the proximity boost (a few per term and document: small). */
const maxTitleEntries = 500_000
const maxSelections = 200
const languageBit = { en: 1, ru: 2 } as const

function facetValues(m: TSearchDocMeta, name: TFacetName): string[] {
  const raw: unknown[] =
    name === 'type'
      ? [m.facets.type]
      : name === 'area'
        ? (m.facets.areas ?? [])
        : name === 'country'
          ? (m.facets.countries ?? [])
          : name === 'language'
            ? m.languages
            : name === 'kind'
              ? [m.kind]
              : [m.facets.year]
  return [...new Set(raw.filter((v) => v !== undefined && v !== null && v !== '').map(String))]
}

function buildFacetColumn(meta: TSearchDocMeta[], name: TFacetName): TFacetColumn {
  const codeOf = new Map<string, number>()
  const values: string[] = []
  const offsets = new Uint32Array(meta.length + 1)
  const codes: number[] = []
  meta.forEach((m, d) => {
    offsets[d] = codes.length
    for (const v of facetValues(m, name)) {
      let code = codeOf.get(v)
      if (code === undefined) {
        codeOf.set(v, (code = values.length))
        values.push(v)
      }
      codes.push(code)
    }
  })
  offsets[meta.length] = codes.length
  return { values, codeOf, offsets, codes: Int32Array.from(codes) }
}

const byNewest = (a: TSearchDocMeta, b: TSearchDocMeta) => {
  const pa = a.publishedAt ?? ''
  const pb = b.publishedAt ?? ''
  return pa < pb ? 1 : pa > pb ? -1 : a.id - b.id
}

function buildState(revision: string, indexToken: string, loaded: TSearchDocMeta[], thesaurus: TThesaurusIndex): TState {
  const meta = [...loaded].sort(byNewest)
  const avgLength = meta.length ? meta.reduce((n, m) => n + m.length, 0) / meta.length : 1
  const languageBits = Uint8Array.from(meta, (m) => m.languages.reduce((bits, l) => bits | (languageBit[l] ?? 0), 0))
  return {
    revision,
    indexToken,
    meta,
    ids: Int32Array.from(meta, (m) => m.id),
    denseOf: new Map(meta.map((m, d) => [m.id, d])),
    lengths: Float64Array.from(meta, (m) => m.length),
    languageBits,
    own: { en: languageBits.map((b) => (b & languageBit.en ? 1 : 0)), ru: languageBits.map((b) => (b & languageBit.ru ? 1 : 0)) },
    membersOnly: Uint8Array.from(meta, (m) => (m.audience === 'members' ? 1 : 0)),
    years: Int32Array.from(meta, (m) => (Number.isInteger(m.facets.year) ? (m.facets.year as number) : 0)),
    selections: new Map(),
    avgLength,
    thesaurus,
    facets: Object.fromEntries(facetNames.map((name) => [name, buildFacetColumn(meta, name)])) as Record<TFacetName, TFacetColumn>,
    postings: new Map(),
    positioned: new Map(),
    titlePositions: new Map(),
    titleEntries: 0,
    cachedEntries: 0,
  }
}

let state: Promise<TState> | undefined
let stateRevision: string | undefined

/**
 * Index metadata and thesaurus, kept in memory per content revision. Most content changes
 * (a news item, a page) leave the search index as it was: then the numbered documents and
 * the postings already loaded are kept, and only the thesaurus is read again.
 */
async function currentState(payload: Payload): Promise<TState> {
  const revision = await readContentRevision(payload)
  if (!state || stateRevision !== revision) {
    stateRevision = revision
    const previous = state
    state = (async () => {
      const [indexToken, terms] = await Promise.all([
        readIndexToken(payload),
        payload.find({ collection: 'search-terms', limit: 0, pagination: false, depth: 0, overrideAccess: true }),
      ])
      const thesaurus = buildThesaurusIndex(terms.docs.map((t) => ({ en: t.en, ru: t.ru })), places)
      const known = await previous?.catch(() => undefined)
      if (known && known.indexToken === indexToken) return { ...known, revision, thesaurus }
      return buildState(revision, indexToken, await loadSearchMeta(payload), thesaurus)
    })()
    state.catch(() => {
      state = undefined
    })
  }
  return state
}

/**
 * Makes sure the packed postings of these stems are in memory (with positions for
 * `positionedTerms`): one read of the index for the missing ones, then none.
 */
async function loadPostings(payload: Payload, s: TState, allTerms: string[], positionedTerms: Set<string>): Promise<void> {
  for (const term of allTerms) if (term.startsWith(COUNTRY_TERM_PREFIX) && !s.postings.has(term)) s.postings.set(term, countryPostings(s, term.slice(COUNTRY_TERM_PREFIX.length)))
  const terms = allTerms.filter((t) => !t.startsWith(COUNTRY_TERM_PREFIX))
  const missing = (withPositions: boolean) => terms.filter((t) => positionedTerms.has(t) === withPositions && !(withPositions ? s.positioned : s.postings).has(t) && !s.positioned.has(t))
  for (const withPositions of [false, true]) {
    const wanted = missing(withPositions)
    if (wanted.length === 0) continue
    // Postings of documents indexed after this revision's metadata wait for the next revision.
    const dense = (docId: number) => s.denseOf.get(docId) ?? -1
    let fetched: (readonly [string, TPackedPostings])[]
    if (withPositions) {
      const byTerm = new Map<string, TPackInput[]>(wanted.map((t) => [t, []]))
      for (const p of await fetchPostingsWithPositions(payload, wanted)) byTerm.get(p.term)?.push({ doc: dense(p.docId), field: p.field, tf: p.tf, positions: p.positions })
      fetched = [...byTerm].map(([term, list]) => [term, packPostings(list.filter((p) => p.doc >= 0), true)] as const)
    } else {
      const byTerm = await fetchTermFrequencies(payload, wanted)
      fetched = [...byTerm].map(([term, r]) => [term, packFrequencies(s.meta.length, r.docIds.map(dense), r.fields, r.tfs)] as const)
    }
    const entries = fetched.reduce((n, [, packed]) => n + packed.docs.length, 0)
    if (s.cachedEntries + entries > maxCachedEntries) {
      s.postings.clear()
      s.positioned.clear()
      s.cachedEntries = 0
    }
    for (const [term, packed] of fetched) (withPositions ? s.positioned : s.postings).set(term, packed)
    s.cachedEntries += entries
  }
}


/**
 * The title positions of these terms in these documents (dense numbers), from the postings
 * with positions already in memory, else in one read of the title postings of just these
 * documents and terms (those whose title has the term, by the term frequencies), kept for
 * the next queries.
 */
async function loadTitlePositions(payload: Payload, s: TState, terms: string[], docs: ArrayLike<number>): Promise<(term: string, doc: number) => Int32Array | undefined> {
  const wanted = new Map<string, number[]>()
  for (const term of terms) {
    if (s.positioned.has(term)) continue
    const known = s.titlePositions.get(term)
    const list = s.postings.get(term)
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]
      if (known?.has(doc) || !inTitle(list, doc)) continue
      const pending = wanted.get(term)
      if (pending) pending.push(doc)
      else wanted.set(term, [doc])
    }
  }
  if (wanted.size > 0) {
    const docIds = [...new Set([...wanted.values()].flat())].map((d) => s.ids[d])
    const rows = await queryRows<{ term: string; doc_id: number | string; positions: string }>(
      payload,
      sql`SELECT term, doc_id, positions FROM search_postings WHERE field = 'title'
        AND term IN (${sql.join([...wanted.keys()].map((t) => sql`${t}`), sql`, `)})
        AND doc_id IN (${sql.join(docIds.map((id) => sql`${id}`), sql`, `)})`,
    )
    const found = new Map<string, Int32Array>()
    for (const r of rows) found.set(`${r.term} ${s.denseOf.get(Number(r.doc_id))}`, Int32Array.from(String(r.positions).split(','), Number))
    if (s.titleEntries > maxTitleEntries) {
      s.titlePositions.clear()
      s.titleEntries = 0
    }
    for (const [term, list] of wanted) {
      const byDoc = s.titlePositions.get(term) ?? new Map<number, Int32Array | null>()
      for (const doc of list) byDoc.set(doc, found.get(`${term} ${doc}`) ?? null)
      s.titlePositions.set(term, byDoc)
      s.titleEntries += list.length
    }
  }
  return (term, doc) => packedTitlePositions(s.positioned.get(term), doc) ?? s.titlePositions.get(term)?.get(doc) ?? undefined
}

/**
 * The matches in relevance order, at least the best `limit`: the best TITLE_CANDIDATES (in
 * the order the reader would see them) get the title proximity boost. A boost only raises
 * a score, so the rest keep their order after them and every page stays consistent; when
 * the page lies among the candidates, only they are ordered again.
 */
async function orderByRelevance(payload: Payload, s: TState, query: TParsedQuery, expanded: TExpandedTerm[], matches: TPackedMatches, locale: Locale, limit: number): Promise<Int32Array> {
  const own = s.own[locale]
  const proximity = titleProximity({
    expanded,
    phrases: query.phrases,
    phraseOffsets: query.phraseOffsets,
    postings: (term) => s.positioned.get(term) ?? s.postings.get(term),
    queryTerms: query.terms,
    queryPositions: query.termPositions,
  })
  if (matches.docs.length < 2 || proximity.terms.length === 0) return orderMatches(matches, own, s.ids, limit)
  const top = orderMatches(matches, own, s.ids, TITLE_CANDIDATES)
  const factors = proximity.boosts(top, await loadTitlePositions(payload, s, proximity.terms, top))
  if (limit <= top.length || top.length === matches.docs.length) return orderMatches(selectMatches(matches, top, factors), own, s.ids, limit)
  return orderMatches(boostMatches(matches, top, factors), own, s.ids, limit)
}

/** How much of each text a browsing page (no query) reads for its snippets. */
const browseSnippetChars = 2_000

/** A corrected word counts for less than a word typed as found. */
const CORRECTION_WEIGHT = 0.7

/**
 * Concepts of the query that no document has in any of their forms (a misspelt word):
 * the nearest index terms join as alternatives of the concept. Returns the corrections
 * made, by the misspelt stem, for "did you mean".
 */
async function correctMisspellings(payload: Payload, s: TState, expanded: TExpandedTerm[]): Promise<Map<string, string[]>> {
  const corrections = new Map<string, string[]>()
  const known = (term: string) => (s.positioned.get(term) ?? s.postings.get(term))?.docs.length
  const groups = new Map<number, TExpandedTerm[]>()
  for (const e of expanded) groups.set(e.group, [...(groups.get(e.group) ?? []), e])
  for (const [group, terms] of groups) {
    const typed = terms.filter((t) => t.origin === 'query')
    if (typed.length !== 1 || typed[0].phrase || terms.some((t) => known(t.term))) continue
    s.dictionary ??= fetchAllTerms(payload).then(buildTermDictionary)
    const near = nearTerms(await s.dictionary, typed[0].term)
    if (near.length === 0) continue
    corrections.set(typed[0].term, near)
    near.forEach((term, k) => expanded.push({ term, weight: CORRECTION_WEIGHT, origin: 'thesaurus', group, alternative: 10_000 + k, phrase: false, offset: 0 }))
  }
  return corrections
}

/**
 * The query as typed with each corrected word replaced by the nearest word the best
 * results use (in their titles or texts, with a corrected stem), or undefined. A word is
 * only suggested when it is itself within reach of what was typed: a real word that the
 * index happens not to have (возвращаться) is not "corrected" into another (возвращение).
 */
function suggestionFor(q: unknown, corrections: Map<string, string[]>, ranked: TSearchDocText[]): string | undefined {
  if (corrections.size === 0 || typeof q !== 'string') return undefined
  const wanted = new Set([...corrections.values()].flat())
  const surfaces = new Map<string, Set<string>>()
  // The best few results are where the corrected word is most likely to stand.
  for (const t of ranked.slice(0, 5)) {
    for (const text of [t.titles.en, t.titles.ru, t.bodies.en?.slice(0, 5_000), t.bodies.ru?.slice(0, 5_000)]) {
      for (const { token } of tokenSpans(text ?? '')) {
        const stem = stemToken(token)
        if (wanted.has(stem)) surfaces.set(stem, (surfaces.get(stem) ?? new Set()).add(token))
      }
    }
  }
  let changed = false
  let suggestion = q
  for (const span of [...tokenSpans(q)].reverse()) {
    const near = corrections.get(stemToken(span.token))
    if (!near) continue
    const limit = allowedEdits(span.token.length)
    const candidates = near.flatMap((stem) => [...(surfaces.get(stem) ?? [])]).map((word) => ({ word, distance: editDistance(span.token, word, limit) }))
    const best = candidates.filter((c) => c.distance <= limit).sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1))[0]
    if (!best) continue
    const original = q.slice(span.start, span.end)
    const word = original[0] === original[0].toUpperCase() ? best.word[0].toUpperCase() + best.word.slice(1) : best.word
    suggestion = suggestion.slice(0, span.start) + word + suggestion.slice(span.end)
    changed = true
  }
  return changed ? suggestion : undefined
}

/** Items tagged with a country, as the postings of a title word (a tag is strong evidence). */
function countryPostings(s: TState, code: string): TPackedPostings {
  const column = s.facets.country
  const wanted = column.codeOf.get(code)
  const docs: number[] = []
  if (wanted !== undefined) {
    for (let d = 0; d < s.meta.length; d++) {
      for (let i = column.offsets[d]; i < column.offsets[d + 1]; i++) if (column.codes[i] === wanted) docs.push(d)
    }
  }
  return { docs: Int32Array.from(docs), titleTf: new Uint32Array(docs.length).fill(1), bodyTf: new Uint32Array(docs.length) }
}

/** A facet filter's values, each once and sorted (the same selection however they came). */
const filterValues = (filter: TFacetFilter | undefined): string[] => [...new Set(filter === undefined ? [] : typeof filter === 'string' ? [filter] : filter)].sort()

/** Per dense number: has the document any of these values of the facet? */
function facetTest(s: TState, name: TFilterFacet, values: string[]): (d: number) => boolean {
  if (name === 'language') {
    const bits = values.reduce((b, v) => b | (languageBit[v as Locale] ?? 0), 0)
    return (d) => (s.languageBits[d] & bits) !== 0
  }
  const column = s.facets[name]
  const wanted = new Uint8Array(column.values.length)
  for (const v of values) {
    const code = column.codeOf.get(v)
    if (code !== undefined) wanted[code] = 1
  }
  return (d) => {
    for (let i = column.offsets[d]; i < column.offsets[d + 1]; i++) if (wanted[column.codes[i]]) return true
    return false
  }
}

/** The documents this reader may see, graded by the filters they pass (memoised per revision). */
function selectDocs(s: TState, audience: TAudience, f: TSearchFilters): TSelection {
  const chosen = filterFacets.map((name) => [name, filterValues(f[name])] as const).filter(([, values]) => values.length > 0)
  const key = JSON.stringify([audience, f.kinds ?? null, chosen, f.yearFrom ?? null, f.yearTo ?? null])
  const known = s.selections.get(key)
  if (known) return known
  const size = s.meta.length
  const grade = new Uint8Array(size)
  const tests = chosen.map(([name, values]) => facetTest(s, name, values))
  const kinds = f.kinds ? new Set<string>(f.kinds) : undefined
  const yearFrom = f.yearFrom || undefined
  const yearTo = f.yearTo || undefined
  let count = 0
  let near = 0
  for (let d = 0; d < size; d++) {
    if (s.membersOnly[d] && audience !== 'members') continue
    if (kinds && !kinds.has(s.meta[d].kind)) continue
    // A document without a year is left out by either bound.
    if (yearFrom && s.years[d] < yearFrom) continue
    if (yearTo && (s.years[d] || 9999) > yearTo) continue
    // Passing all facet filters, or all but one of them (which one), or fewer.
    let g = 1
    for (let k = 0; k < tests.length && g !== 0; k++) if (!tests[k](d)) g = g === 1 ? k + 2 : 0
    grade[d] = g
    if (g === 1) count++
    if (g !== 0) near++
  }
  const list = (n: number, wanted: (g: number) => boolean) => {
    const docs = new Int32Array(n)
    for (let d = 0, i = 0; d < size; d++) if (wanted(grade[d])) docs[i++] = d
    return docs
  }
  const docs = list(count, (g) => g === 1)
  const selection = { grade, docs, near: tests.length > 0 ? list(near, (g) => g !== 0) : docs, active: chosen.map(([name]) => name) }
  if (s.selections.size >= maxSelections) s.selections.clear()
  s.selections.set(key, selection)
  return selection
}

/** The matches that pass every filter (grade 1), with their scores. */
function passingMatches(matches: TPackedMatches, grade: Uint8Array): TPackedMatches {
  let n = 0
  for (let i = 0; i < matches.docs.length; i++) if (grade[matches.docs[i]] === 1) n++
  const docs = new Int32Array(n)
  const scores = new Float64Array(n)
  for (let i = 0, j = 0; i < matches.docs.length; i++) {
    if (grade[matches.docs[i]] !== 1) continue
    docs[j] = matches.docs[i]
    scores[j++] = matches.scores[i]
  }
  return { docs, scores }
}

/**
 * Exact counts of a facet's values, most frequent first (then by value): over the documents
 * of grade 1 and, for a filtered facet, of the grade that misses only its own filter.
 */
function countFacet(column: TFacetColumn, docs: ArrayLike<number>, grade: Uint8Array, ownGrade: number): TFacetCount[] {
  const counts = new Uint32Array(column.values.length)
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]
    if (grade[d] !== 1 && grade[d] !== ownGrade) continue
    for (let k = column.offsets[d]; k < column.offsets[d + 1]; k++) counts[column.codes[k]]++
  }
  const result: TFacetCount[] = []
  counts.forEach((count, code) => (count > 0 ? result.push({ value: column.values[code], count }) : undefined))
  return result.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/**
 * The one search of the site: ranking happens in JS (src/server/search), so SQLite and
 * PostgreSQL give the same ranked results. Facet counts are exact (see TSearchResult).
 */
export async function searchSite(payload: Payload, args: TSearchArgs): Promise<TSearchResult> {
  const { locale, audience } = args
  const filters = args.filters ?? {}
  const pageSize = Math.min(Math.max(args.pageSize ?? 20, 1), 100)
  const query = parseQuery(args.q)
  const s = await currentState(payload)
  const selection = selectDocs(s, audience, filters)

  // Dense document numbers: ascending numbers are newest first. `matched` is the whole
  // result set (totals); `ordered` its order, at least as far as the page asked; `counted`
  // the results plus those that miss one facet's filter only (for the facet counts).
  let matched: Int32Array = selection.docs
  let counted: Int32Array = selection.near
  let ordered: ArrayLike<number> = matched
  let sort: TSearchSort = args.sort ?? (query.empty ? 'newest' : 'relevance')
  const requestedPage = Math.max(Math.trunc(args.page ?? 1) || 1, 1)
  const expanded = query.empty ? [] : expandQuery(query, s.thesaurus)
  let corrections = new Map<string, string[]>()
  if (query.empty) {
    if (sort === 'relevance') sort = 'newest'
  } else {
    const positionedTerms = new Set([...query.phrases.flat(), ...(query.excludedPhrases ?? []).flat(), ...expanded.filter((e) => e.phrase).map((e) => e.term)])
    await loadPostings(payload, s, postingTermsFor(query, expanded), positionedTerms)
    corrections = await correctMisspellings(payload, s, expanded)
    if (corrections.size > 0) await loadPostings(payload, s, [...corrections.values()].flat(), positionedTerms)
    const near = matchPacked({
      expanded,
      phrases: query.phrases,
      phraseOffsets: query.phraseOffsets,
      excluded: query.excluded,
      excludedPhrases: query.excludedPhrases,
      excludedPhraseOffsets: query.excludedPhraseOffsets,
      postings: (term) => s.positioned.get(term) ?? s.postings.get(term),
      rankable: selection.grade,
      lengths: s.lengths,
      totalDocs: s.meta.length,
      avgLength: s.avgLength,
    })
    // A score does not depend on the other documents ranked: the results are these matches.
    const matches = selection.active.length > 0 ? passingMatches(near, selection.grade) : near
    matched = matches.docs
    counted = near.docs
    // Newest first is the ascending order the matches already have.
    ordered = sort === 'relevance' ? await orderByRelevance(payload, s, query, expanded, matches, locale, requestedPage * pageSize) : matched
  }
  if (sort === 'downloads') {
    const totals = await downloadTotals(payload)
    const downloads = (d: number) => {
      const m = s.meta[d]
      return m.kind === 'publication' ? (totals.get(Number(m.docKey.split(':')[1])) ?? 0) : 0
    }
    const byDownloads = Float64Array.from(matched, downloads)
    const position = Int32Array.from({ length: matched.length }, (_, i) => i).sort((a, b) => byDownloads[b] - byDownloads[a] || matched[a] - matched[b])
    ordered = position.map((i) => matched[i])
  }

  const total = matched.length
  // A filtered facet is counted also over the documents that miss only its own filter.
  const ownGrade = (name: TFacetName) => {
    const k = selection.active.indexOf(name)
    return k < 0 ? -1 : k + 2
  }
  const totalPages = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(requestedPage, totalPages)
  const pageItems = Array.from(Array.prototype.slice.call(ordered, (page - 1) * pageSize, page * pageSize) as number[], (d) => s.meta[d])
  // Browsing shows the beginning of each text; a query's snippet may come from further in.
  const texts = await loadSearchTexts(payload, pageItems.map((m) => m.id), query.empty ? browseSnippetChars : undefined)
  const highlightTerms = [...query.terms, ...query.phrases.flat(), ...expanded.map((e) => e.term)]
  const other = locale === 'en' ? 'ru' : 'en'
  const hits: TSearchHit[] = pageItems.map((m) => {
    const t = texts.get(m.id)!
    const titleLanguage = t.titles[locale] ? locale : other
    const bodyLanguage = t.bodies[locale] ? locale : other
    const body = t.bodies[bodyLanguage] ?? ''
    return {
      id: m.id,
      kind: m.kind,
      refId: t.refId,
      urlPath: t.urlPath,
      title: t.titles[titleLanguage] ?? t.titles[other] ?? '',
      titleLanguage,
      snippet: body ? makeSnippet(body, highlightTerms) : [],
      snippetLanguage: bodyLanguage,
      languages: m.languages,
      publishedAt: m.publishedAt,
    }
  })

  return {
    query,
    suggestion: suggestionFor(args.q, corrections, pageItems.map((m) => texts.get(m.id)!)),
    sort,
    total,
    page,
    pageSize,
    totalPages,
    hits,
    facets: Object.fromEntries(facetNames.map((name) => [name, countFacet(s.facets[name], counted, selection.grade, ownGrade(name))])) as TSearchResult['facets'],
  }
}
