import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * Saving a publication queues its synchronisation (file audience, PDF text, search index,
 * OAI record) as a job: the work is slow and must see the committed, published state.
 */
export const syncPublication: CollectionAfterChangeHook = async ({ doc, req }) => {
  await req.payload.jobs.queue({ task: 'syncPublication', input: { id: String(doc.id) }, req, overrideAccess: true })
  return doc
}

export const forgetPublication: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await req.payload.jobs.queue({ task: 'syncPublication', input: { id: String(doc.id) }, req, overrideAccess: true })
  return doc
}
