import { z } from 'zod'
import type { TSearchArgs, TSearchFilters, TSearchSort } from './search-site'

/** The facets a reader may pick several values of (`?type=a&type=b`): OR within one, AND across. */
export const repositoryFacets = ['type', 'area', 'country', 'language'] as const
export type TRepositoryFacet = (typeof repositoryFacets)[number]

/** At most this many values per facet are read from a URL; the rest are ignored. */
export const MAX_FACET_VALUES = 20

const year = z.coerce.number().int().min(1990).max(2100).optional().catch(undefined)
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/)

/**
 * One facet's values from a repeated parameter (or a single one, as in older links):
 * invalid ones dropped, each value once, at most MAX_FACET_VALUES; none is no filter.
 */
function facetValues<T extends string>(value: z.ZodType<T>) {
  return z.unknown().transform((raw): T[] | undefined => {
    const found = new Set<T>()
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      if (found.size >= MAX_FACET_VALUES) break
      const parsed = value.safeParse(item)
      if (parsed.success) found.add(parsed.data)
    }
    return found.size > 0 ? [...found] : undefined
  })
}

/** Reads the repository's GET form; anything malformed is ignored, never an error page. */
export const ZRepositoryQuery = z.object({
  q: z.string().max(5000).optional().catch(undefined),
  type: facetValues(slug),
  area: facetValues(slug),
  country: facetValues(z.string().regex(/^[A-Za-z0-9-]{1,80}$/)),
  language: facetValues(z.enum(['en', 'ru'])),
  from: year,
  to: year,
  sort: z.enum(['relevance', 'newest', 'downloads']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})
export type TRepositoryQuery = z.infer<typeof ZRepositoryQuery>

const isFacet = (key: string): key is TRepositoryFacet => (repositoryFacets as readonly string[]).includes(key)

/** Facets keep every value given; any other parameter given twice counts once (the first). */
export function parseRepositoryQuery(raw: Record<string, string | string[] | undefined>): TRepositoryQuery {
  const read = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) && !isFacet(k) ? v[0] : v]))
  return ZRepositoryQuery.parse(read)
}

export function toSearchArgs(q: TRepositoryQuery): Pick<TSearchArgs, 'q' | 'sort' | 'page'> & { filters: TSearchFilters } {
  return {
    q: q.q,
    sort: q.sort as TSearchSort | undefined,
    page: q.page,
    filters: { type: q.type, area: q.area, country: q.country, language: q.language, yearFrom: q.from, yearTo: q.to },
  }
}

type TParamValue = string | number | readonly string[] | undefined

/**
 * The URL of the same search with some parameters changed (shareable, no JS needed); a
 * facet's values become repeated parameters. Any change starts again at the first page.
 */
export function searchHref(base: string, q: TRepositoryQuery, change: Partial<Record<keyof TRepositoryQuery, TParamValue>>): string {
  const params = new URLSearchParams()
  const merged: Record<string, TParamValue | null> = { ...q, page: undefined, ...change }
  for (const [k, v] of Object.entries(merged)) {
    for (const item of Array.isArray(v) ? v : [v]) if (item !== undefined && item !== '' && item !== null) params.append(k, String(item))
  }
  const s = params.toString()
  return s ? `${base}?${s}` : base
}

/** The same search without one value of a facet (a removable "chip"). */
export function withoutFacetValueHref(base: string, q: TRepositoryQuery, facet: TRepositoryFacet, value: string): string {
  return searchHref(base, q, { [facet]: (q[facet] as string[] | undefined)?.filter((v) => v !== value) })
}

/** The facets and years the reader has chosen (for the "active filters" list and the disclosure). */
export function hasFilters(q: TRepositoryQuery): boolean {
  return repositoryFacets.some((f) => (q[f]?.length ?? 0) > 0) || q.from !== undefined || q.to !== undefined
}
