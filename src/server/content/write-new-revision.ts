import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Every content change writes a new random revision token. Each instance's page cache polls
 * that token (the HTTP front) and drops its cached pages when it differs, so a change shows on
 * every instance within one poll interval. A random token, not a counter, so concurrent
 * changes can never collapse into one value.
 */
/** Called by the content hooks and by work that changes what pages show without a save (the index). */
export async function writeNewRevision(payload: Payload, req?: PayloadRequest): Promise<void> {
  await payload.updateGlobal({
    slug: 'content-revision',
    data: { token: crypto.randomUUID() },
    overrideAccess: true,
    req,
    context: { skipRevisionBump: true },
  })
}
