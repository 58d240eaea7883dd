import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/** Content saves queue their search-index update as a job (it must see the committed state). */
export const queueSearchIndexing: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (context.skipSearchIndexing) return doc
  await req.payload.jobs.queue({ task: 'indexContent', input: { collection: collection.slug, id: String(doc.id) }, req, overrideAccess: true })
  return doc
}

export const queueSearchRemoval: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await req.payload.jobs.queue({ task: 'indexContent', input: { collection: collection.slug, id: String(doc.id) }, req, overrideAccess: true })
  return doc
}
