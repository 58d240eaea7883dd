import { z } from 'zod'
import type { TSearchArgs, TSearchFilters, TSearchSort } from './search-site'

const year = z.coerce.number().int().min(1990).max(2100).optional().catch(undefined)
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined)

/** Reads the repository's GET form; anything malformed is ignored, never an error page. */
export const ZRepositoryQuery = z.object({
  q: z.string().max(5000).optional().catch(undefined),
  type: slug,
  area: slug,
  country: z.string().regex(/^[A-Za-z0-9-]{1,80}$/).optional().catch(undefined),
  language: z.enum(['en', 'ru']).optional().catch(undefined),
  from: year,
  to: year,
  sort: z.enum(['relevance', 'newest', 'downloads']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})
export type TRepositoryQuery = z.infer<typeof ZRepositoryQuery>

export function parseRepositoryQuery(raw: Record<string, string | string[] | undefined>): TRepositoryQuery {
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  return ZRepositoryQuery.parse(single)
}

export function toSearchArgs(q: TRepositoryQuery): Pick<TSearchArgs, 'q' | 'sort' | 'page'> & { filters: TSearchFilters } {
  return {
    q: q.q,
    sort: q.sort as TSearchSort | undefined,
    page: q.page,
    filters: { type: q.type, area: q.area, country: q.country, language: q.language, yearFrom: q.from, yearTo: q.to },
  }
}

/** The URL of the same search with some parameters changed (shareable, no JS needed). */
export function searchHref(base: string, q: TRepositoryQuery, change: Partial<Record<keyof TRepositoryQuery, string | number | undefined>>): string {
  const params = new URLSearchParams()
  const merged: Record<string, unknown> = { ...q, page: undefined, ...change }
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '' && v !== null) params.set(k, String(v))
  const s = params.toString()
  return s ? `${base}?${s}` : base
}
