import type { NextRequest } from 'next/server'
import { isLocale } from '@/i18n/locales'
import { publicEventsFeed } from '@/server/events/event-calendar'
import { parseEventFilters } from '@/server/events/event-params'

export const dynamic = 'force-dynamic'

/** The public events as an iCalendar feed (`?type=` for one type); the page cache keeps it like a page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const { type } = parseEventFilters(Object.fromEntries(request.nextUrl.searchParams))
  return new Response(await publicEventsFeed(locale, type), { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
