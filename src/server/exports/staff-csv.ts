import type { Payload } from 'payload'
import { checkRole, staffRoles } from '@/access/roles'
import { sessionUser } from '@/server/account/session-bridge'
import { getPayloadClient } from '@/server/payload'

/**
 * A CSV download for the Secretariat: the session (cookie or JWT header) must be staff's,
 * otherwise 401 (nobody signed in) or 403, with `refusal` in both languages. The file is
 * private and never stored by a cache.
 */
export async function staffCsvResponse(
  request: Request,
  refusal: string,
  make: (payload: Payload, params: URLSearchParams) => Promise<{ csv: string; filename: string }>,
): Promise<Response> {
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  if (!checkRole(staffRoles, user as never)) return Response.json({ error: refusal }, { status: user ? 403 : 401 })
  const { csv, filename } = await make(payload, new URL(request.url).searchParams)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  })
}
