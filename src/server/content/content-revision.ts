import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { getPayloadClient } from '@/server/payload'

/** The current content revision token (see hooks/bump-content-revision). */
export async function readContentRevision(): Promise<string> {
  const payload = await getPayloadClient()
  const doc = await payload.findGlobal({ slug: 'content-revision', overrideAccess: true, depth: 0 })
  return doc.token ?? 'initial'
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
