import type { PayloadRequest } from 'payload'
import { getPayloadClient } from '@/server/payload'
import { uploadEndpoint } from './upload-endpoint'
import { sessionUser } from '@/server/account/session-bridge'


/**
 * Payload parses a multipart body (up to the 50 MB file limit) before it asks whether the
 * caller may create or update at all. For upload collections the access rule is asked
 * first, from the session alone, and a refused caller's body is never read.
 * Returns the refusal, or null to let Payload handle the request.
 */
export async function refuseUploadWithoutAccess(request: Request, operation: 'create' | 'update'): Promise<Response | null> {
  const match = uploadEndpoint.exec(new URL(request.url).pathname)
  if (!match || request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET') return null
  const payload = await getPayloadClient()
  const collection = payload.collections[match[1] as keyof typeof payload.collections]
  if (!collection?.config.upload) return null
  const user = await sessionUser(payload, request.headers)
  const access = collection.config.access[operation]
  // The access rules of upload collections read the person only (no document yet).
  const req: Pick<PayloadRequest, 'user' | 'payload'> = { user, payload }
  // Only a rule that answers no for this person refuses here; query-shaped answers go on to Payload.
  const allowed = access ? await access({ req: req as PayloadRequest }) : Boolean(user)
  if (allowed !== false) return null
  return Response.json({ errors: [{ message: user ? 'You are not allowed to perform this action.' : 'You are not allowed to perform this action: please sign in.' }] }, { status: user ? 403 : 401 })
}
