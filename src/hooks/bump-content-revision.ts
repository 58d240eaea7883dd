import crypto from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload'

/**
 * Every content change writes a new random revision token. Each instance's page cache
 * polls that token (the HTTP front, src/http) and drops its cached pages when it differs, so a change
 * shows on every instance within one poll interval. A random token, not a counter, so
 * concurrent changes can never collapse into one value.
 */
async function bump(req: PayloadRequest): Promise<void> {
  await writeNewRevision(req.payload, req)
}

/** Also used by work that changes what pages show without a content save (the search index). */
export async function writeNewRevision(payload: Payload, req?: PayloadRequest): Promise<void> {
  await payload.updateGlobal({
    slug: 'content-revision',
    data: { token: crypto.randomUUID() },
    overrideAccess: true,
    req,
    context: { skipRevisionBump: true },
  })
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
