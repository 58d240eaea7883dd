import { checkRole, staffRoles } from '@/access/roles'
import { sessionUser } from '@/server/account/session-bridge'
import { getPayloadClient } from '@/server/payload'
import { registrationsCsv } from '@/server/registrations/registrations-csv'

export const dynamic = 'force-dynamic'

/** CSV of the registrations for the Secretariat (`event`: an event's id, `status` optional). */
export async function GET(request: Request) {
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  if (!checkRole(staffRoles, user as never)) {
    return Response.json({ error: 'Only the Secretariat can export registrations. / Выгружать регистрации может только Секретариат.' }, { status: user ? 403 : 401 })
  }
  const params = new URL(request.url).searchParams
  const event = Number(params.get('event'))
  const csv = await registrationsCsv(payload, { event: Number.isInteger(event) && event > 0 ? event : undefined, status: params.get('status') ?? undefined })
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="registrations${event > 0 ? `-event-${event}` : ''}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
