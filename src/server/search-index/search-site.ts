import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { readContentRevision } from '@/server/content/content-revision'
import { parseQuery, type TParsedQuery } from '@/server/search/parse-query'
import { postingTermsFor } from '@/server/search/postings'
import { rankDocuments, type TDocStats, type TPosting } from '@/server/search/rank'
import { makeSnippet, type TSnippetSegment } from '@/server/search/snippet'
import { buildThesaurusIndex, expandQuery, type TThesaurusIndex } from '@/server/search/thesaurus'
import { fetchPostings, loadSearchMeta, loadSearchTexts, type TAudience, type TSearchDocMeta, type TSearchKind } from './index-store'
import { downloadTotals } from '@/server/usage/usage-statistics'

export type TSearchFilters = {
  kinds?: TSearchKind[]
  type?: string
  area?: string
  country?: string
  language?: 'en' | 'ru'
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
  facets: { type: TFacetCount[]; area: TFacetCount[]; country: TFacetCount[]; language: TFacetCount[]; year: TFacetCount[] }
}

type TState = {
  revision: string
  meta: TSearchDocMeta[]
  byId: Map<number, TSearchDocMeta>
  avgLength: number
  thesaurus: TThesaurusIndex
  /** Postings (without positions) of terms already asked for, valid for this revision only. */
  postings: Map<string, TPosting[]>
  cachedPostings: number
}

const maxCachedPostings = 2_000_000

/**
 * Postings of the query's stems: positions are read from the database only for phrase
 * queries; otherwise postings come from a per-revision cache, filled on first use.
 */
async function postingsFor(payload: Payload, s: TState, terms: string[], withPositions: boolean): Promise<TPosting[]> {
  if (withPositions) return fetchPostings(payload, terms, true)
  const missing = terms.filter((t) => !s.postings.has(t))
  if (missing.length) {
    const fetched = await fetchPostings(payload, missing, false)
    if (s.cachedPostings + fetched.length > maxCachedPostings) {
      s.postings.clear()
      s.cachedPostings = 0
    }
    for (const t of missing) s.postings.set(t, [])
    for (const p of fetched) s.postings.get(p.term)!.push(p)
    s.cachedPostings += fetched.length
  }
  return terms.flatMap((t) => s.postings.get(t) ?? [])
}

let state: Promise<TState> | undefined
let stateRevision: string | undefined

/** Index metadata, thesaurus and download counts, kept in memory per content revision. */
async function currentState(payload: Payload): Promise<TState> {
  const revision = await readContentRevision()
  if (!state || stateRevision !== revision) {
    stateRevision = revision
    state = (async () => {
      const [meta, terms] = await Promise.all([
        loadSearchMeta(payload),
        payload.find({ collection: 'search-terms', limit: 0, pagination: false, depth: 0, overrideAccess: true }),
      ])
      const avgLength = meta.length ? meta.reduce((n, m) => n + m.length, 0) / meta.length : 1
      return {
        revision,
        meta,
        byId: new Map(meta.map((m) => [m.id, m])),
        avgLength,
        thesaurus: buildThesaurusIndex(terms.docs.map((t) => ({ en: t.en, ru: t.ru }))),
        postings: new Map(),
        cachedPostings: 0,
      }
    })()
    state.catch(() => {
      state = undefined
    })
  }
  return state
}

function matchesFilters(m: TSearchDocMeta, audience: TAudience, f: TSearchFilters): boolean {
  if (m.audience === 'members' && audience !== 'members') return false
  if (f.kinds && !f.kinds.includes(m.kind)) return false
  if (f.type && m.facets.type !== f.type) return false
  if (f.area && !m.facets.areas?.includes(f.area)) return false
  if (f.country && !m.facets.countries?.includes(f.country)) return false
  if (f.language && !m.languages.includes(f.language)) return false
  if (f.yearFrom && (m.facets.year ?? 0) < f.yearFrom) return false
  if (f.yearTo && (m.facets.year ?? 9999) > f.yearTo) return false
  return true
}

function count(values: (string | number | undefined)[][]): TFacetCount[] {
  const counts = new Map<string, number>()
  for (const list of values) for (const v of new Set(list)) if (v !== undefined && v !== '') counts.set(String(v), (counts.get(String(v)) ?? 0) + 1)
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

const byNewest = (a: TSearchDocMeta, b: TSearchDocMeta) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id - b.id

/**
 * The one search of the site: ranking happens in JS (src/server/search), so SQLite and
 * PostgreSQL give the same ranked results. Facet counts are exact over the filtered set.
 */
export async function searchSite(payload: Payload, args: TSearchArgs): Promise<TSearchResult> {
  const { locale, audience } = args
  const filters = args.filters ?? {}
  const pageSize = Math.min(Math.max(args.pageSize ?? 20, 1), 100)
  const query = parseQuery(args.q)
  const s = await currentState(payload)
  const visible = s.meta.filter((m) => matchesFilters(m, audience, filters))

  let ordered: TSearchDocMeta[]
  let sort: TSearchSort = args.sort ?? (query.empty ? 'newest' : 'relevance')
  if (query.empty) {
    if (sort === 'relevance') sort = 'newest'
    ordered = [...visible]
  } else {
    const expanded = expandQuery(query, s.thesaurus)
    const needsPositions = query.phrases.length > 0 || (query.excludedPhrases?.length ?? 0) > 0 || expanded.some((e) => e.phrase)
    const postings = await postingsFor(payload, s, postingTermsFor(query, expanded), needsPositions)
    const docs = new Map<number, TDocStats>()
    for (const m of visible) docs.set(m.id, { length: m.length, language: m.languages.includes(locale) ? locale : m.languages[0] })
    const docFreq = new Map<string, number>()
    const seen = new Set<string>()
    for (const p of postings) {
      const key = `${p.term}\u0000${p.docId}`
      if (!seen.has(key)) {
        seen.add(key)
        docFreq.set(p.term, (docFreq.get(p.term) ?? 0) + 1)
      }
    }
    const ranked = rankDocuments({
      expanded,
      phrases: query.phrases,
      phraseOffsets: query.phraseOffsets,
      excluded: query.excluded,
      excludedPhrases: query.excludedPhrases,
      excludedPhraseOffsets: query.excludedPhraseOffsets,
      postings,
      docs,
      totalDocs: s.meta.length,
      avgLength: s.avgLength,
      docFreq,
      readerLanguage: locale,
    })
    ordered = ranked.map((r) => s.byId.get(r.docId)!).filter(Boolean)
  }
  if (sort === 'newest' && !query.empty) ordered = [...ordered].sort(byNewest)
  if (sort === 'newest' && query.empty) ordered.sort(byNewest)
  if (sort === 'downloads') {
    const totals = await downloadTotals(payload)
    const downloads = (m: TSearchDocMeta) => (m.kind === 'publication' ? (totals.get(Number(m.docKey.split(':')[1])) ?? 0) : 0)
    ordered = [...ordered].sort((a, b) => downloads(b) - downloads(a) || byNewest(a, b))
  }

  const total = ordered.length
  const totalPages = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(args.page ?? 1, 1), totalPages)
  const pageItems = ordered.slice((page - 1) * pageSize, page * pageSize)
  const texts = await loadSearchTexts(payload, pageItems.map((m) => m.id))
  const highlightTerms = [...query.terms, ...query.phrases.flat(), ...expandQuery(query, s.thesaurus).map((e) => e.term)]
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
    sort,
    total,
    page,
    pageSize,
    totalPages,
    hits,
    facets: {
      type: count(ordered.map((m) => [m.facets.type])),
      area: count(ordered.map((m) => m.facets.areas ?? [])),
      country: count(ordered.map((m) => m.facets.countries ?? [])),
      language: count(ordered.map((m) => m.languages)),
      year: count(ordered.map((m) => [m.facets.year])),
    },
  }
}
