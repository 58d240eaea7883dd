import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Publication } from '@/payload-types'
import { recordOaiState } from '@/server/publications/oai-state'

/** The OAI record follows every save and delete, in the same transaction (see oai-state.ts). */
export const recordOaiAfterChange: CollectionAfterChangeHook<Publication> = async ({ doc, req }) => {
  await recordOaiState(req, doc.id)
  return doc
}

export const recordOaiAfterDelete: CollectionAfterDeleteHook<Publication> = async ({ doc, req }) => {
  await recordOaiState(req, doc.id, true)
  return doc
}
