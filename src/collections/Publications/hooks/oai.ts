import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Publication } from '@/payload-types'
import { recordOaiState } from '@/server/publications/oai-state'

/**
 * The OAI record follows every save and delete, in the same transaction (see oai-state.ts).
 * A save that leaves the result a draft is either a draft saved over the published item
 * (which stays as it was) or a withdrawal; oai-state.ts tells them apart by the published state.
 */
export const recordOaiAfterChange: CollectionAfterChangeHook<Publication> = async ({ doc, req }) => {
  await recordOaiState(req, doc.id, doc._status === 'draft' ? 'draft-saved' : 'saved')
  return doc
}

export const recordOaiAfterDelete: CollectionAfterDeleteHook<Publication> = async ({ doc, req }) => {
  await recordOaiState(req, doc.id, 'deleted')
  return doc
}
