import type { Payload, PayloadRequest, Where } from 'payload'
import type { Registration } from '@/payload-types'
import { dialectOf, sql, sqlInRequest } from '@/server/search-index/raw-sql'
import { placeHolding, statusOnPromotion, type TRegistrationSettings, type TRegistrationStatus } from './registration-rules'

export const relationId = (value: unknown): number | undefined => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  const n = Number(id)
  return id === undefined || id === null || id === '' || !Number.isFinite(n) ? undefined : n
}

/**
 * Takes the event's registration lock for the rest of the request's transaction, and reads
 * its settings. On PostgreSQL the event's row is locked (`FOR UPDATE`), so two instances
 * registering for one event take turns, and each count below sees the other's commit. On
 * SQLite every transaction already holds the only writer from its start to its end. The
 * settings are read by plain SQL: this runs once per registration while the lock is held.
 */
export async function lockEvent(req: PayloadRequest, eventId: number): Promise<TRegistrationSettings> {
  const tx = await sqlInRequest(req)
  const lock = dialectOf(req.payload) === 'postgres' ? sql` FOR UPDATE` : sql``
  const [row] = await tx.queryRows<{ mode: string | null; capacity: number | string | null; quota: number | string | null; approval: string | null }>(
    sql`SELECT registration_mode AS mode, registration_capacity AS capacity, registration_quota_per_state AS quota, registration_approval AS approval FROM events WHERE id = ${eventId}${lock}`,
  )
  const number = (value: number | string | null | undefined) => (value === null || value === undefined || value === '' ? null : Number(value))
  return row
    ? { mode: row.mode as TRegistrationSettings['mode'], capacity: number(row.capacity), quotaPerState: number(row.quota), approval: row.approval as TRegistrationSettings['approval'] }
    : {}
}

export async function countRegistrations(req: PayloadRequest, eventId: number, statuses: readonly TRegistrationStatus[], extra: Where[] = []): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { in: statuses } }, ...extra] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** The next number in the event's waiting-list order (arrival order; the lock makes it unique). */
export async function nextQueueNumber(req: PayloadRequest, eventId: number): Promise<number> {
  const last = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { queueNumber: { exists: true } }] },
    sort: '-queueNumber',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { queueNumber: true },
  })
  return (last.docs[0]?.queueNumber ?? 0) + 1
}

/**
 * Gives freed places to the waiting list, first in line first, as long as places are free.
 * Each promotion is an update of its own, so it sends its e-mail like any other change.
 */
export async function promoteWaiting(req: PayloadRequest, eventId: number, settings: TRegistrationSettings): Promise<number> {
  let promoted = 0
  for (;;) {
    if (settings.capacity && (await countRegistrations(req, eventId, placeHolding)) >= settings.capacity) return promoted
    const next = await req.payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
      sort: 'queueNumber',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const first = next.docs[0] as Registration | undefined
    if (!first) return promoted
    await req.payload.update({ collection: 'registrations', id: first.id, data: { status: statusOnPromotion(settings) }, overrideAccess: true, req, depth: 0 })
    promoted++
  }
}

/** A waiting registration's position in line (1 = next to be promoted); inside a save, pass its request. */
export async function waitingPosition(payload: Payload, registration: Pick<Registration, 'event' | 'queueNumber'>, req?: PayloadRequest): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: relationId(registration.event) } }, { status: { equals: 'waitlisted' } }, { queueNumber: { less_than_equal: registration.queueNumber ?? 0 } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}
