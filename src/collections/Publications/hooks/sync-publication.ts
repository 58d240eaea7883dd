import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Publication } from '@/payload-types'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'

/** The edition files a state of the publication points to, as the job's input. */
function fileIdsOf(...docs: (Partial<Publication> | undefined | null)[]): string {
  const ids = docs.flatMap((d) => (d?.editions ?? []).map((e) => (typeof e.file === 'object' ? e.file.id : e.file)))
  return [...new Set(ids)].join(',')
}

/**
 * Saving a publication queues its synchronisation (file audiences, PDF text, search index)
 * as a job: the work is slow and must see the committed, published state (the OAI record
 * follows in the save itself, see ./oai.ts). The
 * files of the state before the save go with it, so a replaced file is withdrawn too.
 */
export const syncPublication: CollectionAfterChangeHook<Publication> = async ({ doc, previousDoc, req }) => {
  await req.payload.jobs.queue({ task: 'syncPublication', input: { id: String(doc.id), files: fileIdsOf(doc, previousDoc) }, req, overrideAccess: true })
  kickJobRunner()
  return doc
}

export const forgetPublication: CollectionAfterDeleteHook<Publication> = async ({ doc, req }) => {
  await req.payload.jobs.queue({ task: 'syncPublication', input: { id: String(doc.id), files: fileIdsOf(doc) }, req, overrideAccess: true })
  kickJobRunner()
  return doc
}
