import { staffCsvResponse } from '@/server/exports/staff-csv'
import { parsePeriod, usageCsv } from '@/server/usage/usage-statistics'

export const dynamic = 'force-dynamic'

/** CSV of the usage counts for the Secretariat (`from`, `to` as YYYY-MM; `publication` optional). */
export async function GET(request: Request) {
  return staffCsvResponse(request, 'Only the Secretariat can export usage statistics. / Выгружать статистику может только Секретариат.', async (payload, params) => {
    const period = parsePeriod({ from: params.get('from'), to: params.get('to') })
    const publication = Number(params.get('publication'))
    const csv = await usageCsv(payload, period, Number.isInteger(publication) && publication > 0 ? publication : undefined)
    return { csv, filename: `usage-${period.from}-${period.to}.csv` }
  })
}
