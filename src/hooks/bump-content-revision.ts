import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { writeNewRevision } from '@/server/content/content-revision'

/**
 * Every content change writes a new random revision token. Each instance's page cache
 * polls that token (the HTTP front, src/http) and drops its cached pages when it differs, so a change
 * shows on every instance within one poll interval. A random token, not a counter, so
 * concurrent changes can never collapse into one value.
 */
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
