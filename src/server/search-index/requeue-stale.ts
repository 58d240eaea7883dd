import type { Payload } from 'payload'
import { ANALYZER_VERSION } from '@/server/search/analyze'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import { belongsInIndex, indexedCollections } from './index-sources'
import { queryRows, sql } from './raw-sql'

type TIndexed = { updatedAt: string | null }
/** What is read of each item: when it was saved, and whether it belongs in the index (belongsInIndex). */
const stateFields = { updatedAt: true, _status: true }
const eventStateFields = { ...stateFields, visibility: true }
const paperStateFields = { updatedAt: true, access: true, event: true }
const trainerStateFields = { updatedAt: true, status: true, consent: true }

/**
 * A process killed between a save and the job it queues (kill -9, power loss) leaves the
 * index, the files' audience and the OAI record behind the content. At start, every item
 * whose index entry is older than its last save, or that is published but not indexed (or
 * indexed but no longer published), gets its job queued again. The jobs are idempotent, so
 * several instances starting together only repeat work. When the text analysis changed
 * (ANALYZER_VERSION), every item is indexed again.
 */
export async function requeueStaleIndexing(payload: Payload): Promise<number> {
  const analyzerKey = 'search-analyzer-version'
  const reindexAll = (await payload.kv.get<number>(analyzerKey)) !== ANALYZER_VERSION
  const indexed = new Map<string, TIndexed>()
  for (const row of await queryRows<{ doc_key: string; updated_at: string }>(payload, sql`SELECT doc_key, updated_at FROM search_docs`)) {
    indexed.set(row.doc_key, { updatedAt: row.updated_at })
  }
  let queued = 0
  // Events that belong in the index (read before their papers, which belong only with them).
  const eventsInIndex = new Set<number>()
  for (const collection of [...indexedCollections, 'publications'] as const) {
    const select = collection === 'events' ? eventStateFields : collection === 'meeting-documents' ? paperStateFields : collection === 'trainers' ? trainerStateFields : stateFields
    const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, ...(collection === 'trainers' ? {} : { draft: false }), overrideAccess: true, select: select as never })
    for (const doc of docs as { id: number; updatedAt: string; _status?: string | null; visibility?: string | null; access?: string | null; event?: number | { id: number } | null; status?: string | null; consent?: boolean | null }[]) {
      const entry = indexed.get(`${collection === 'publications' ? 'publication' : collection}:${doc.id}`)
      if (collection === 'events' && belongsInIndex(doc)) eventsInIndex.add(doc.id)
      // Publications decide their own entry (syncPublication); for them, published is the test.
      // A meeting paper belongs when it is for everyone and its event belongs.
      const eventId = typeof doc.event === 'object' && doc.event ? doc.event.id : doc.event
      const published =
        collection === 'publications' ? doc._status === 'published' : collection === 'meeting-documents' ? doc.access === 'public' && eventId != null && eventsInIndex.has(eventId) : belongsInIndex(doc, collection)
      const stale = published ? reindexAll || !entry || (entry.updatedAt ?? '') < doc.updatedAt : Boolean(entry)
      if (!stale) continue
      if (collection === 'publications') await payload.jobs.queue({ task: 'syncPublication', input: { id: String(doc.id) }, overrideAccess: true })
      else await payload.jobs.queue({ task: 'indexContent', input: { collection, id: String(doc.id) }, overrideAccess: true })
      queued++
    }
  }
  if (reindexAll) await payload.kv.set(analyzerKey, ANALYZER_VERSION)
  if (queued > 0) kickJobRunner()
  return queued
}
