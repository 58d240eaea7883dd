import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'

/** Content saves queue their search-index update as a job (it must see the committed state). */
export const queueSearchIndexing: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (context.skipSearchIndexing) return doc
  await req.payload.jobs.queue({ task: 'indexContent', input: { collection: collection.slug, id: String(doc.id) }, req, overrideAccess: true })
  kickJobRunner()
  return doc
}

export const queueSearchRemoval: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await req.payload.jobs.queue({ task: 'indexContent', input: { collection: collection.slug, id: String(doc.id) }, req, overrideAccess: true })
  kickJobRunner()
  return doc
}
