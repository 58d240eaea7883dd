import { isLocale } from '@/i18n/locales'
import { currentViewer } from '@/server/account/current-user'
import { eventCalendarFile } from '@/server/events/event-calendar'

export const dynamic = 'force-dynamic'

/** One event as a calendar file, for "add to calendar". */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const file = isLocale(locale) ? await eventCalendarFile(locale, slug, await currentViewer()) : undefined
  if (!file) return new Response('Not found / Не найдено', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(file, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${slug}.ics"` } })
}
