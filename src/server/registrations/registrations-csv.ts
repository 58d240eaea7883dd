import { stringify } from 'csv-stringify/sync'
import type { Payload, Where } from 'payload'
import type { Event, Participant, Registration, User } from '@/payload-types'
import { neutraliseFormula } from '@/server/usage/usage-statistics'
import { registrationStatuses, type TRegistrationStatus } from './registration-rules'

export const registrationCsvColumns = [
  'id',
  'event',
  'status',
  'queue_number',
  'name',
  'email',
  'language',
  'state',
  'nominated_by',
  'organisation',
  'job_title',
  'phone',
  'interpretation',
  'dietary',
  'accessibility',
  'needs_visa',
  'decline_reason',
  'registered_at',
  'status_changed_at',
  'reminder_sent_at',
] as const

/**
 * The registrations table for the Secretariat as CSV (UTF-8 with a byte-order mark, so that
 * spreadsheets read Cyrillic right; every text cell safe from formula injection), of one event
 * or all, optionally of one status, in the order they were made.
 */
export async function registrationsCsv(payload: Payload, filter: { event?: number; status?: string }): Promise<string> {
  const where: Where[] = []
  if (filter.event) where.push({ event: { equals: filter.event } })
  if (filter.status && registrationStatuses.includes(filter.status as TRegistrationStatus)) where.push({ status: { equals: filter.status } })
  const rows: (string | number)[][] = []
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: 'registrations',
      where: where.length ? { and: where } : {},
      sort: 'id',
      limit: 500,
      page,
      depth: 1,
      locale: 'en',
      populate: { events: { slug: true }, participants: { name: true }, users: { email: true } },
      overrideAccess: true,
    })
    for (const r of batch.docs as Registration[]) {
      const text = (value: string | null | undefined) => neutraliseFormula(value ?? '')
      rows.push([
        r.id,
        typeof r.event === 'object' ? ((r.event as Event).slug ?? r.event.id) : r.event,
        r.status,
        r.queueNumber ?? '',
        text(r.name),
        text(r.email),
        r.language,
        text(typeof r.state === 'object' && r.state ? (r.state as Participant).name : ''),
        text(typeof r.nominatedBy === 'object' && r.nominatedBy ? (r.nominatedBy as User).email : ''),
        text(r.answers?.organisation),
        text(r.answers?.jobTitle),
        text(r.answers?.phone),
        r.answers?.interpretation ?? '',
        text(r.answers?.dietary),
        text(r.answers?.accessibility),
        r.answers?.needsVisa ? 'yes' : '',
        text(r.declineReason),
        r.createdAt,
        r.statusChangedAt ?? '',
        r.reminderSentAt ?? '',
      ])
    }
    if (!batch.hasNextPage) break
  }
  return '\uFEFF' + stringify(rows, { header: true, columns: [...registrationCsvColumns], record_delimiter: 'windows' })
}
