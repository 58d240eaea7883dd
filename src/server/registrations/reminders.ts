import type { Payload, PayloadRequest } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import type { Event, Registration } from '@/payload-types'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import { queueRegistrationEmail } from './registration-emails'

const day = 24 * 3600 * 1000

/** When an event's reminder goes out: the set number of days before it starts (none for 0 or no registration). */
export function reminderDueAt(event: Pick<Event, 'startsAt' | 'registration'>): number | undefined {
  const days = event.registration?.reminderDays ?? 0
  if (!event.registration?.mode || event.registration.mode === 'none' || days <= 0) return undefined
  return Date.parse(event.startsAt) - days * day
}

/**
 * Queues the reminder job of an event for its time (at once if that time has passed and the
 * event has not started). Each save queues one; a job that finds the event moved does nothing,
 * and each participant is reminded once (`reminderSentAt`), so extra jobs are harmless.
 */
export async function scheduleReminders(req: PayloadRequest, event: Pick<Event, 'id' | 'startsAt' | 'registration'>, now = Date.now()): Promise<void> {
  const due = reminderDueAt(event)
  if (due === undefined || Date.parse(event.startsAt) <= now) return
  await req.payload.jobs.queue({ task: 'sendEventReminders', input: { eventId: String(event.id) }, waitUntil: new Date(Math.max(due, now)), overrideAccess: true, req })
}

/** Reminds every approved participant not reminded yet; each reminder and its mark in one transaction. */
export async function sendEventReminders(payload: Payload, eventId: number, now = Date.now()): Promise<number> {
  const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, disableErrors: true, select: { startsAt: true, registration: true } })
  const due = event ? reminderDueAt(event) : undefined
  // Moved later since this job was queued (a newer job waits), or already begun.
  if (!event || due === undefined || now < due - 60_000 || now >= Date.parse(event.startsAt)) return 0
  let sent = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'approved' } }, { reminderSentAt: { exists: false } }] },
      sort: 'id',
      limit: 100,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const registration of batch.docs as Registration[]) {
      await inRequestTransaction(payload, async (req) => {
        const marked = await payload.update({ collection: 'registrations', id: registration.id, data: { reminderSentAt: new Date(now).toISOString() }, overrideAccess: true, req, depth: 0 })
        await queueRegistrationEmail(req, marked, 'reminder')
      })
      sent++
    }
    if (!batch.hasNextPage) break
  }
  if (sent) kickJobRunner()
  return sent
}
