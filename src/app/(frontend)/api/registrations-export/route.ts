import { staffCsvResponse } from '@/server/exports/staff-csv'
import { registrationsCsv } from '@/server/registrations/registrations-csv'

export const dynamic = 'force-dynamic'

/** CSV of the registrations for the Secretariat (`event`: an event's id, `status` optional). */
export async function GET(request: Request) {
  return staffCsvResponse(request, 'Only the Secretariat can export registrations. / Выгружать регистрации может только Секретариат.', async (payload, params) => {
    const raw = Number(params.get('event'))
    const event = Number.isInteger(raw) && raw > 0 ? raw : undefined
    const csv = await registrationsCsv(payload, { event, status: params.get('status') ?? undefined })
    return { csv, filename: event ? `registrations-event-${event}.csv` : 'registrations.csv' }
  })
}
