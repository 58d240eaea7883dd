import type { Payload } from 'payload'
import { z } from 'zod'
import { locales, type Locale } from '@/i18n/locales'
import { execute, sql } from '@/server/search-index/raw-sql'
import { forgetDownloadTotals } from './usage-statistics'

/**
 * Aggregated counts from the HTTP front (src/http/count-usage.ts): item page views by page
 * language and file downloads by file name. Robots and double clicks are already gone.
 */
const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)
const ZCount = z.number().int().min(1).max(1_000_000)
export const ZUsageEvents = z
  .array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('view'), locale: z.enum(locales), slug: z.string().min(1).max(300), month: ZMonth, count: ZCount }),
      z.object({ kind: z.literal('download'), filename: z.string().min(1).max(500), month: ZMonth, count: ZCount }),
    ]),
  )
  .max(50_000)
export type TUsageEvent = z.infer<typeof ZUsageEvents>[number]

type TCountRow = { publicationId: number; language: Locale; month: string; kind: 'view' | 'download'; count: number }

/**
 * Adds the events to `usage_counts` (one row per publication, language, month and kind):
 * views under the language of the page read, downloads under the language of the
 * edition. Events for unknown items or files are dropped. Returns the rows written.
 */
export async function recordUsage(payload: Payload, events: TUsageEvent[]): Promise<number> {
  const slugs = [...new Set(events.flatMap((e) => (e.kind === 'view' ? [e.slug] : [])))]
  const filenames = [...new Set(events.flatMap((e) => (e.kind === 'download' ? [e.filename] : [])))]

  const publicationBySlug = new Map<string, number>()
  if (slugs.length) {
    const found = await payload.find({ collection: 'publications', where: { slug: { in: slugs } }, select: { slug: true }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    for (const p of found.docs) publicationBySlug.set(p.slug as string, p.id as number)
  }

  const editionByFile = new Map<string, { publicationId: number; language: Locale }>()
  if (filenames.length) {
    const files = await payload.find({ collection: 'documents', where: { filename: { in: filenames } }, select: { filename: true }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    const filenameById = new Map(files.docs.map((d) => [d.id as number, d.filename as string]))
    if (filenameById.size) {
      const owners = await payload.find({
        collection: 'publications',
        where: { 'editions.file': { in: [...filenameById.keys()] } },
        select: { editions: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const p of owners.docs) {
        for (const e of p.editions ?? []) {
          const filename = filenameById.get(e.file as number)
          if (filename) editionByFile.set(filename, { publicationId: p.id as number, language: e.language as Locale })
        }
      }
    }
  }

  const rows = new Map<string, TCountRow>()
  for (const e of events) {
    const target = e.kind === 'view' ? (publicationBySlug.has(e.slug) ? { publicationId: publicationBySlug.get(e.slug)!, language: e.locale } : undefined) : editionByFile.get(e.filename)
    if (!target) continue
    const key = `${target.publicationId}|${target.language}|${e.month}|${e.kind}`
    const row = rows.get(key)
    if (row) row.count += e.count
    else rows.set(key, { ...target, month: e.month, kind: e.kind, count: e.count })
  }
  for (const r of rows.values()) {
    await execute(
      payload,
      sql`INSERT INTO usage_counts (publication_id, language, month, kind, count) VALUES (${r.publicationId}, ${r.language}, ${r.month}, ${r.kind}, ${r.count})
          ON CONFLICT (publication_id, language, month, kind) DO UPDATE SET count = usage_counts.count + excluded.count`,
    )
  }
  if (rows.size) forgetDownloadTotals()
  return rows.size
}
