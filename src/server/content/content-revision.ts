import { getPayloadClient } from '@/server/payload'

/** The current content revision token (see hooks/bump-content-revision). */
export async function readContentRevision(): Promise<string> {
  const payload = await getPayloadClient()
  const doc = await payload.findGlobal({ slug: 'content-revision', overrideAccess: true, depth: 0 })
  return doc.token ?? 'initial'
}
