import { env } from '@/env'
import { isLocale } from '@/i18n/locales'
import { personalEventsFeed, ownerOfFeed } from '@/server/events/personal-calendar'
import { getPayloadClient } from '@/server/payload'

export const dynamic = 'force-dynamic'

/**
 * A person's meetings as an iCalendar feed, at the secret address of their calendar page:
 * calendar applications fetch it without a session. A wrong or retired address answers 404,
 * the same as one that never existed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; feed: string }> }) {
  const { locale, feed } = await params
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } })
  if (!isLocale(locale)) return notFound()
  const payload = await getPayloadClient()
  const user = await ownerOfFeed(payload, env.secret, feed)
  if (!user) return notFound()
  return new Response(await personalEventsFeed(payload, locale, user), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer' },
  })
}
