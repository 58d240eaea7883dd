import { checkRole, staffRoles } from '@/access/roles'
import { getPayloadClient } from '@/server/payload'
import { parsePeriod, usageCsv } from '@/server/usage/usage-statistics'
import { sessionUser } from '@/server/account/session-bridge'

export const dynamic = 'force-dynamic'

/** CSV of the usage counts for the Secretariat (`from`, `to` as YYYY-MM; `publication` optional). */
export async function GET(request: Request) {
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  if (!checkRole(staffRoles, user as never)) {
    return Response.json({ error: 'Only the Secretariat can export usage statistics. / Выгружать статистику может только Секретариат.' }, { status: user ? 403 : 401 })
  }
  const params = new URL(request.url).searchParams
  const period = parsePeriod({ from: params.get('from'), to: params.get('to') })
  const publication = Number(params.get('publication'))
  const csv = await usageCsv(payload, period, Number.isInteger(publication) && publication > 0 ? publication : undefined)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="usage-${period.from}-${period.to}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
