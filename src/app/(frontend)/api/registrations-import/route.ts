import { checkRole, staffRoles } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import { sessionUser } from '@/server/account/session-bridge'
import { getPayloadClient } from '@/server/payload'
import { importRegistrations } from '@/server/registrations/import-registrations'

export const dynamic = 'force-dynamic'

/**
 * The Secretariat imports registrations for one event from CSV (multipart: `file`, `event`,
 * `dryRun`, `locale`); the answer is the report as JSON. Staff only; bodies are limited by the
 * HTTP front (2 MiB on /api), and cookie sessions only count from the site's own origin.
 */
export async function POST(request: Request) {
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  if (!checkRole(staffRoles, user as never)) {
    return Response.json({ error: 'Only the Secretariat can import registrations. / Импортировать регистрации может только Секретариат.' }, { status: user ? 403 : 401 })
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ error: 'unreadable' }, { status: 400 })
  }
  const file = form.get('file')
  const eventId = Number(form.get('event'))
  const locale = form.get('locale')
  if (!(file instanceof Blob) || !Number.isInteger(eventId) || eventId <= 0) return Response.json({ error: 'unreadable' }, { status: 400 })
  const report = await importRegistrations(payload, user!, { eventId, csv: await file.text(), dryRun: form.get('dryRun') !== 'false', locale: isLocale(locale) ? locale : 'en' })
  return Response.json(report, { status: 'error' in report ? 400 : 200, headers: { 'cache-control': 'private, no-store' } })
}
