import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { ownedBy } from '@/access/registrations'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { Event, User } from '@/payload-types'
import { active } from '@/server/registrations/registration-rules'
import { placeOf, zoneOf } from './event-list'
import { eventsCalendar } from './ical'

/**
 * A personal calendar feed: the meetings one is registered for, at an address that calendar
 * applications fetch without signing in. The address carries a key made from the app's secret,
 * the account and a version number; nothing secret is stored, and a new version (a new link)
 * retires every earlier address at once.
 */
function keyOf(secret: string, userId: number, version: number): string {
  const purpose = crypto.createHmac('sha256', secret).update('prague-process/personal-calendar/v1').digest()
  return crypto.createHmac('sha256', purpose).update(`${userId}:${version}`).digest().subarray(0, 24).toString('base64url')
}

/** The feed's name in an address: `<account>-<key>.ics`. */
export function personalFeedName(secret: string, user: Pick<User, 'id' | 'calendarFeedVersion'>): string {
  return `${user.id}-${keyOf(secret, user.id, user.calendarFeedVersion ?? 0)}.ics`
}

/** The account's current feed name (the version is a hidden field: sessions do not carry it). */
export async function currentFeedName(payload: Payload, secret: string, userId: number): Promise<string> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, showHiddenFields: true, select: { calendarFeedVersion: true } })
  return personalFeedName(secret, { id: userId, calendarFeedVersion: user.calendarFeedVersion })
}

/** The account a feed name belongs to, if the key is the account's current one. */
export async function ownerOfFeed(payload: Payload, secret: string, name: string): Promise<User | undefined> {
  const match = /^(\d{1,12})-([A-Za-z0-9_-]{32})\.ics$/.exec(name)
  if (!match) return undefined
  const user = await payload.findByID({ collection: 'users', id: Number(match[1]), depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
  if (!user) return undefined
  const expected = Buffer.from(keyOf(secret, user.id, user.calendarFeedVersion ?? 0))
  const given = Buffer.from(match[2])
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? user : undefined
}

/** Retires the account's feed address and makes a new one. */
export async function renewPersonalFeed(payload: Payload, user: Pick<User, 'id'>): Promise<void> {
  const current = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, showHiddenFields: true, select: { calendarFeedVersion: true } })
  await payload.update({ collection: 'users', id: user.id, data: { calendarFeedVersion: (current.calendarFeedVersion ?? 0) + 1 }, overrideAccess: true })
}

/**
 * The person's meetings as iCalendar: every event they hold a registration for that is still
 * active (pending, on the waiting list, or approved), from a year back on. Whatever the event's
 * visibility: these are their own meetings. A registration not yet approved says so in the title;
 * no link to join online is ever written (a feed address gets shared more easily than a mailbox).
 */
export async function personalEventsFeed(payload: Payload, locale: Locale, user: User, now = new Date()): Promise<string> {
  const t = getTranslator(locale)
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000).toISOString()
  const { docs: registrations } = await payload.find({
    collection: 'registrations',
    where: { and: [{ status: { in: [...active] } }, ownedBy(user)] },
    select: { event: true, status: true },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
  })
  const statusOf = new Map(registrations.map((r) => [typeof r.event === 'object' ? r.event.id : r.event, r.status]))
  const { docs: events } = await payload.find({
    collection: 'events',
    where: { and: [{ id: { in: [...statusOf.keys()] } }, { _status: { equals: 'published' } }, { endsAt: { greater_than_equal: yearAgo } }] },
    sort: 'startsAt',
    locale,
    fallbackLocale: locale === 'en' ? 'ru' : 'en',
    depth: 1,
    populate: { participants: { name: true } },
    limit: 1000,
    pagination: false,
    overrideAccess: true,
  })
  return eventsCalendar({
    name: t('calendar.personal.name'),
    locale,
    host: new URL(env.publicUrl).host,
    events: events.map((event: Event) => {
      const status = statusOf.get(event.id)
      const title = status === 'approved' ? event.title : `${event.title} (${t(`calendar.personal.status.${status === 'waitlisted' ? 'waitlisted' : 'pending'}`)})`
      return { id: event.id, title, summary: event.summary, startsAt: event.startsAt, endsAt: event.endsAt, zone: zoneOf(event), location: placeOf(event, locale) || null, url: new URL(href(locale, routes.eventRegistration(event.slug)), env.publicUrl).toString(), updatedAt: event.updatedAt }
    }),
  })
}
