import type { PayloadRequest } from 'payload'
import { env } from '@/env'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { Registration } from '@/payload-types'
import { layout } from '@/server/email/account-emails'
import { htmlToText } from '@/server/email/html-to-text'
import { placeOf, zoneOf } from '@/server/events/event-place'
import { formatEventWhen } from '@/server/events/event-time'
import { eventsCalendar } from '@/server/events/ical'
import { relationId, waitingPosition } from './allocation'
import { emailCarriesCalendar, type TRegistrationEmail } from './registration-rules'

export type TEmailAttachment = { filename: string; contentType: string; content: string }

/**
 * Writes the e-mail for a registration's change into the outbox, and queues its delivery, in
 * the transaction of the change itself: the change and its e-mail are kept together or not at
 * all, so no e-mail is lost and none is sent for a change that did not happen. The message is
 * in the language of the registration; places come with the event as a calendar file.
 */
export async function queueRegistrationEmail(req: PayloadRequest, registration: Registration, kind: TRegistrationEmail): Promise<void> {
  const locale = isLocale(registration.language) ? registration.language : defaultLocale
  const t = getTranslator(locale)
  const event = await req.payload.findByID({
    collection: 'events',
    id: relationId(registration.event)!,
    locale,
    depth: 1,
    select: { title: true, summary: true, slug: true, startsAt: true, endsAt: true, startsAt_tz: true, format: true, venue: true, updatedAt: true, onlineLink: true },
    populate: { participants: { name: true } },
    overrideAccess: true,
    req,
  })
  const title = event.title
  const zone = zoneOf(event)
  const when = formatEventWhen(locale, event.startsAt, event.endsAt, zone)
  const where = placeOf(event, locale) || t('events.format.online')
  const link = new URL(href(locale, routes.eventRegistration(event.slug ?? String(event.id))), env.publicUrl).toString()
  const values = {
    name: registration.name,
    event: title,
    reason: registration.declineReason ?? '',
    position: kind === 'waitlisted' ? await waitingPosition(req.payload, registration, req) : 0,
  }
  // The link to join online goes to approved participants only.
  const online = registration.status === 'approved' && event.format !== 'in-person' && event.onlineLink ? `\n${t('registration.email.onlineLink')}: ${event.onlineLink}` : ''
  const body = `${t(`registration.email.${kind}.body`, values)}\n\n${t('registration.email.when')}: ${when}\n${t('registration.email.where')}: ${where}${online}`
  const html = layout(locale, t('registration.email.heading', { name: registration.name }), body, link, t('registration.email.action'))
  const attachments: TEmailAttachment[] = emailCarriesCalendar(kind)
    ? [
        {
          filename: `${event.slug ?? `event-${event.id}`}.ics`,
          contentType: 'text/calendar; charset=utf-8',
          content: eventsCalendar({
            name: title,
            locale,
            host: new URL(env.publicUrl).host,
            events: [{ id: event.id, title, summary: event.summary, startsAt: event.startsAt, endsAt: event.endsAt, zone, location: placeOf(event, locale) || null, url: new URL(href(locale, routes.event(event.slug ?? '')), env.publicUrl).toString(), updatedAt: event.updatedAt }],
          }),
        },
      ]
    : []
  const written = await req.payload.create({
    collection: 'email-outbox',
    data: { to: registration.email, subject: t(`registration.email.${kind}.subject`, { event: title }), html, text: htmlToText(html), status: 'queued', attachments },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'deliverEmail', input: { outboxId: String(written.id) }, overrideAccess: true, req })
}
