import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { writeNewRevision } from '@/server/content/write-new-revision'

/** Content saves and deletions write a new revision token (see write-new-revision). */
async function bump(req: PayloadRequest): Promise<void> {
  await writeNewRevision(req.payload, req)
}

export const bumpRevisionAfterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.skipRevisionBump) await bump(req)
  return doc
}

export const bumpRevisionAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (!context.skipRevisionBump) await bump(req)
  return doc
}

export const bumpRevisionAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.skipRevisionBump) await bump(req)
  return doc
}

export const revisionHooks = {
  afterChange: [bumpRevisionAfterChange],
  afterDelete: [bumpRevisionAfterDelete],
}
