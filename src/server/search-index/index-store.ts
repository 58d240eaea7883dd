import type { Payload } from 'payload'
import { buildPostings } from '@/server/search/postings'
import type { TPosting } from '@/server/search/rank'
import { dialectOf, inTransaction, queryRows, sql } from './raw-sql'

export type TAudience = 'public' | 'members'
export type TSearchKind = 'publication' | 'news' | 'page' | 'thematic-area' | 'project' | 'participant' | 'governance-body' | 'conference' | 'event' | 'meeting-document' | 'course' | 'trainer'

/** What one searchable thing contributes to the index (built by index-sources.ts). */
export type TSearchDocInput = {
  docKey: string
  kind: TSearchKind
  refId: string
  audience: TAudience
  languages: ('en' | 'ru')[]
  publishedAt?: string | null
  titles: { en?: string | null; ru?: string | null }
  bodies: { en?: string | null; ru?: string | null }
  /** Path after the locale, e.g. /repository/some-brief. */
  urlPath: string
  facets: { type?: string; areas?: string[]; countries?: string[]; year?: number }
}

export type TSearchDocMeta = {
  id: number
  docKey: string
  kind: TSearchKind
  audience: TAudience
  languages: ('en' | 'ru')[]
  publishedAt: string | null
  length: number
  facets: TSearchDocInput['facets']
}

const batchSize = 500

/**
 * Replaces a document's entry and postings (idempotent). The entry is upserted by its key,
 * so two jobs indexing the same document at once cannot collide on the unique key.
 */
export async function upsertSearchDoc(payload: Payload, input: TSearchDocInput): Promise<void> {
  const title = [input.titles.en, input.titles.ru].filter(Boolean).join(' \n ')
  const body = [input.bodies.en, input.bodies.ru].filter(Boolean).join(' \n ')
  const { postings, length } = buildPostings(0, { title, body })
  const now = new Date().toISOString()
  const values = sql`(${input.docKey}, ${input.kind}, ${input.refId}, ${input.audience}, ${input.languages.join(',')}, ${input.publishedAt ?? null},
      ${input.titles.en ?? null}, ${input.titles.ru ?? null}, ${input.bodies.en ?? null}, ${input.bodies.ru ?? null},
      ${input.urlPath}, ${JSON.stringify(input.facets)}, ${length}, ${now})`
  // Entry and postings change together: a crash never leaves an entry without its postings.
  await inTransaction(payload, async (tx) => {
    const [row] = await tx.queryRows<{ id: number | string }>(
      sql`INSERT INTO search_docs (doc_key, kind, ref_id, audience, languages, published_at, title_en, title_ru, body_en, body_ru, url_path, facets, length, updated_at)
        VALUES ${values}
        ON CONFLICT (doc_key) DO UPDATE SET kind = excluded.kind, ref_id = excluded.ref_id, audience = excluded.audience,
          languages = excluded.languages, published_at = excluded.published_at, title_en = excluded.title_en, title_ru = excluded.title_ru,
          body_en = excluded.body_en, body_ru = excluded.body_ru, url_path = excluded.url_path, facets = excluded.facets,
          length = excluded.length, updated_at = excluded.updated_at
        RETURNING id`,
    )
    const id = Number(row.id)
    await tx.execute(sql`DELETE FROM search_postings WHERE doc_id = ${id}`)
    for (let i = 0; i < postings.length; i += batchSize) {
      const rows = postings
        .slice(i, i + batchSize)
        .map((p) => sql`(${p.term}, ${id}, ${p.field}, ${p.tf}, ${p.positions.join(',')})`)
      await tx.execute(sql`INSERT INTO search_postings (term, doc_id, field, tf, positions) VALUES ${sql.join(rows, sql`, `)}`)
    }
  })
}

export async function removeSearchDoc(payload: Payload, docKey: string): Promise<void> {
  await inTransaction(payload, async (tx) => {
    const rows = await tx.queryRows<{ id: number | string }>(sql`SELECT id FROM search_docs WHERE doc_key = ${docKey}`)
    for (const { id } of rows) {
      await tx.execute(sql`DELETE FROM search_postings WHERE doc_id = ${Number(id)}`)
      await tx.execute(sql`DELETE FROM search_docs WHERE id = ${Number(id)}`)
    }
  })
}

/**
 * A token that changes whenever a document is added, replaced or removed: every upsert
 * sets updated_at to now and a removal lowers the count. Read only when content changed.
 */
export async function readIndexToken(payload: Payload): Promise<string> {
  const [row] = await queryRows<{ n: number | string; latest: string | null }>(payload, sql`SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM search_docs`)
  return `${row?.n ?? 0}|${row?.latest ?? ''}`
}

/** Every document's metadata, without texts: small enough to keep in memory per revision. */
export async function loadSearchMeta(payload: Payload): Promise<TSearchDocMeta[]> {
  const rows = await queryRows<Record<string, unknown>>(
    payload,
    // `length` is renamed: libsql's rows are array-like, so row.length is the column count.
    sql`SELECT id, doc_key, kind, audience, languages, published_at, length AS doc_length, facets FROM search_docs ORDER BY id`,
  )
  return rows.map((r) => ({
    id: Number(r.id),
    docKey: String(r.doc_key),
    kind: r.kind as TSearchKind,
    audience: r.audience as TAudience,
    languages: String(r.languages).split(',').filter(Boolean) as ('en' | 'ru')[],
    publishedAt: (r.published_at as string | null) ?? null,
    length: Number(r.doc_length),
    facets: JSON.parse(String(r.facets ?? '{}')),
  }))
}

/**
 * Postings of the given stems with their positions, for the terms of phrases (positions
 * are most of the bytes; other terms need only fetchTermFrequencies).
 */
export async function fetchPostingsWithPositions(payload: Payload, terms: string[]): Promise<TPosting[]> {
  if (terms.length === 0) return []
  const list = sql.join(terms.map((t) => sql`${t}`), sql`, `)
  const rows = await queryRows<Record<string, unknown>>(payload, sql`SELECT term, doc_id, field, tf, positions FROM search_postings WHERE term IN (${list})`)
  return rows.map((r) => ({
    term: String(r.term),
    docId: Number(r.doc_id),
    field: r.field as TPosting['field'],
    tf: Number(r.tf),
    positions: String(r.positions).split(',').map(Number),
  }))
}

/**
 * Term frequencies of the given stems as parallel arrays per term (no positions, no object
 * per posting): served by the covering index on (term, doc_id, field, tf).
 */
export async function fetchTermFrequencies(payload: Payload, terms: string[]): Promise<Map<string, { docIds: number[]; fields: number[]; tfs: number[] }>> {
  const byTerm = new Map(terms.map((t) => [t, { docIds: [] as number[], fields: [] as number[], tfs: [] as number[] }]))
  if (terms.length === 0) return byTerm
  const list = sql.join(terms.map((t) => sql`${t}`), sql`, `)
  const rows = await queryRows<{ term: string; doc_id: number | string; field: string; tf: number | string }>(payload, sql`SELECT term, doc_id, field, tf FROM search_postings WHERE term IN (${list})`)
  for (const r of rows) {
    const entry = byTerm.get(String(r.term))
    if (!entry) continue
    entry.docIds.push(Number(r.doc_id))
    entry.fields.push(r.field === 'title' ? 0 : 1)
    entry.tfs.push(Number(r.tf))
  }
  return byTerm
}

/** Every distinct term of the index (for typo tolerance: read once per index state, on demand). */
export async function fetchAllTerms(payload: Payload): Promise<string[]> {
  const rows = await queryRows<{ term: string }>(payload, sql`SELECT DISTINCT term FROM search_postings`)
  return rows.map((r) => String(r.term))
}

export type TSearchDocText = { id: number; docKey: string; kind: TSearchKind; refId: string; urlPath: string; titles: { en: string | null; ru: string | null }; bodies: { en: string | null; ru: string | null } }

/** How much of each text a result snippet may come from: about the first ten pages of a PDF (reading 100 pages for 20 results cost 50 ms a query). */
const snippetSourceChars = 30_000

/** Titles and texts of a page of results, for display and snippets (texts capped). */
export async function loadSearchTexts(payload: Payload, ids: number[], maxChars = snippetSourceChars): Promise<Map<number, TSearchDocText>> {
  if (ids.length === 0) return new Map()
  const rows = await queryRows<Record<string, unknown>>(
    payload,
    sql`SELECT id, doc_key, kind, ref_id, url_path, title_en, title_ru, substr(body_en, 1, ${maxChars}) AS body_en, substr(body_ru, 1, ${maxChars}) AS body_ru
      FROM search_docs WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  )
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        id: Number(r.id),
        docKey: String(r.doc_key),
        kind: r.kind as TSearchKind,
        refId: String(r.ref_id),
        urlPath: String(r.url_path),
        titles: { en: (r.title_en as string | null) ?? null, ru: (r.title_ru as string | null) ?? null },
        bodies: { en: (r.body_en as string | null) ?? null, ru: (r.body_ru as string | null) ?? null },
      },
    ]),
  )
}

export { dialectOf }
