import crypto from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { relationId } from '@/server/registrations/allocation'
import { sql, sqlInRequest } from '@/server/search-index/raw-sql'

/**
 * A learner's learning pages (dashboard, course, lesson) are kept by the HTTP front for that
 * person, keyed by their learning stamp, which the session check reads with the account on
 * every request. Any write of the person's learning gives a new stamp in the write's own
 * transaction, so the next request, on any instance, renders afresh. Written in SQL: a save of
 * the account would run its hooks and count as a content change for everyone.
 */
export async function renewLearningStamp(req: PayloadRequest, userId: number): Promise<void> {
  const tx = await sqlInRequest(req)
  await tx.queryRows(sql`UPDATE users SET learning_stamp = ${crypto.randomBytes(9).toString('base64url')} WHERE id = ${userId}`)
}

const stampOwner = async (doc: { user?: unknown }, req: PayloadRequest) => {
  const id = relationId(doc.user)
  if (id !== undefined) await renewLearningStamp(req, id)
}

/** For the collections of a learner's learning (each row has `user`). */
export const renewStampOnChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await stampOwner(doc, req)
  return doc
}
export const renewStampOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await stampOwner(doc, req)
}
