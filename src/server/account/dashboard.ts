import type { Payload, Where } from 'payload'
import { ownedBy, stateOfUser } from '@/access/registrations'
import { checkRole } from '@/access/roles'
import { otherLocale, type Locale } from '@/i18n/locales'
import type { Event, MeetingDocument, Participant, Registration, User } from '@/payload-types'
import { groupEditions, type TMeetingDocument } from '@/server/events/event-documents'
import { placeOf, zoneOf } from '@/server/events/event-place'
import { reportStatuses, type TReportStatus } from '@/server/action-plan/report-rules'
import { getPayloadClient } from '@/server/payload'
import { queryRows, sql } from '@/server/search-index/raw-sql'
import { mayReadProposals } from '@/server/proposals/proposal-rules'
import { waitingPosition, relationId } from '@/server/registrations/allocation'
import { active } from '@/server/registrations/registration-rules'

export type TDashboardMeeting = {
  event: { id: number; title: string; slug: string; startsAt: string; endsAt: string; zone: string; place: string }
  status: Registration['status']
  position?: number
}
export type TDashboard = {
  upcoming: TDashboardMeeting[]
  past: TDashboardMeeting[]
  /** Papers of one's meetings that one may read, meeting by meeting (upcoming first). */
  documents: { event: TDashboardMeeting['event']; documents: TMeetingDocument[] }[]
  /** For a National Contact Point: the state's delegates in coming meetings, counted by status (the names are on each meeting's registration page). */
  delegation?: { state: string; rows: { event: TDashboardMeeting['event']; counts: Partial<Record<Registration['status'], number>> }[] }
  /** For members: the expert-meeting proposals open for discussion (the latest few, and how many). */
  proposals?: { total: number; latest: { id: number; topic: string }[] }
  /** For an NCP: the state's Action-Plan reports in the period open for reports, counted by status. */
  reports?: { period: { id: number; title: string; deadline: string }; counts: Record<TReportStatus | 'unwritten', number> }
}

const pastShown = 10
const eventSelect = { title: true, slug: true, startsAt: true, endsAt: true, startsAt_tz: true, format: true, venue: true } as const

/**
 * The member area's first page, for one person (rendered for them alone, never cached): their
 * meetings with how each registration stands, the papers of those meetings they may read, and
 * for an NCP the state's delegates. A handful of indexed queries whatever the number of events.
 */
export async function loadDashboard(locale: Locale, user: User, now = new Date()): Promise<TDashboard> {
  const payload = await getPayloadClient()
  const asPerson = { user: { ...user, collection: 'users' as const }, overrideAccess: false }
  const mine = await payload.find({
    collection: 'registrations',
    where: ownedBy(user),
    select: { event: true, status: true, queueNumber: true },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
  })
  const state = stateOfUser(user)
  const isNcp = checkRole(['ncp'], user) && state !== undefined
  const nowIso = now.toISOString()
  // The state's own registrations only (what an NCP may read), counted by meeting and status in one grouped read.
  const delegates = isNcp ? await delegationCounts(payload, state!, nowIso) : undefined
  const eventIds = [...new Set([...mine.docs.map((r) => relationId(r.event)), ...(delegates ?? []).map((r) => r.event)].filter((id): id is number => id !== undefined))]
  const events = new Map<number, TDashboardMeeting['event']>()
  if (eventIds.length) {
    const found = await payload.find({ collection: 'events', where: { and: [{ id: { in: eventIds } }, { _status: { equals: 'published' } }] }, select: eventSelect, locale, fallbackLocale: otherLocale(locale), depth: 1, populate: { participants: { name: true } }, limit: eventIds.length, pagination: false, overrideAccess: true })
    for (const e of found.docs as Event[]) events.set(e.id, { id: e.id, title: e.title, slug: e.slug ?? String(e.id), startsAt: e.startsAt, endsAt: e.endsAt, zone: zoneOf(e), place: placeOf(e, locale) })
  }

  const meetings: TDashboardMeeting[] = []
  for (const r of mine.docs as Registration[]) {
    const event = events.get(relationId(r.event)!)
    if (!event || (!active.includes(r.status) && r.status !== 'declined')) continue
    meetings.push({ event, status: r.status, position: r.status === 'waitlisted' ? await waitingPosition(payload, r) : undefined })
  }
  meetings.sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt))
  const upcoming = meetings.filter((m) => m.event.endsAt >= nowIso)
  const past = meetings.filter((m) => m.event.endsAt < nowIso && m.status === 'approved').reverse().slice(0, pastShown)

  // Papers: of the meetings shown, as the read rule lets this person have them.
  const shown = [...upcoming, ...past].map((m) => m.event)
  const documents: TDashboard['documents'] = []
  if (shown.length) {
    const where: Where = { event: { in: shown.map((e) => e.id) } }
    const found = await payload.find({ collection: 'meeting-documents', where, sort: 'createdAt', depth: 0, limit: 500, pagination: false, locale, fallbackLocale: otherLocale(locale), ...asPerson })
    const byEvent = new Map<number, MeetingDocument[]>()
    for (const d of found.docs as MeetingDocument[]) byEvent.set(relationId(d.event)!, [...(byEvent.get(relationId(d.event)!) ?? []), d])
    for (const event of shown) {
      const docs = byEvent.get(event.id)
      if (docs?.length) documents.push({ event, documents: groupEditions(docs) })
    }
  }

  let delegation: TDashboard['delegation']
  if (delegates && state !== undefined) {
    const participant = (await payload.findByID({ collection: 'participants', id: state, locale, depth: 0, select: { name: true }, overrideAccess: true })) as Pick<Participant, 'name'>
    const byEvent = new Map<number, NonNullable<TDashboard['delegation']>['rows'][number]>()
    for (const r of delegates) {
      const event = events.get(r.event)
      if (!event) continue
      const row = byEvent.get(event.id) ?? { event, counts: {} }
      row.counts[r.status] = (row.counts[r.status] ?? 0) + r.count
      byEvent.set(event.id, row)
    }
    delegation = { state: participant.name, rows: [...byEvent.values()].sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt)) }
  }
  const [proposals, reports] = await Promise.all([
    mayReadProposals(user) ? openProposals(payload, user) : undefined,
    isNcp ? stateReportCounts(payload, locale, user, state!) : undefined,
  ])
  return { upcoming, past, documents, delegation, proposals, reports }
}

/** A state's registrations for meetings not yet over, counted by meeting and status. */
async function delegationCounts(payload: Payload, state: number, nowIso: string): Promise<{ event: number; status: Registration['status']; count: number }[]> {
  const rows = await queryRows<{ event: number | string; status: string; count: number | string }>(
    payload,
    sql`SELECT r.event_id AS event, r.status AS status, COUNT(*) AS count FROM registrations r JOIN events e ON e.id = r.event_id WHERE r.state_id = ${state} AND e.ends_at >= ${nowIso} GROUP BY r.event_id, r.status`,
  )
  return rows.map((r) => ({ event: Number(r.event), status: r.status as Registration['status'], count: Number(r.count) }))
}

async function openProposals(payload: Payload, user: User): Promise<TDashboard['proposals']> {
  const found = await payload.find({ collection: 'proposals', where: { status: { equals: 'open' } }, sort: '-createdAt', limit: 5, depth: 0, select: { topic: true }, user: { ...user, collection: 'users' }, overrideAccess: false })
  return { total: found.totalDocs, latest: found.docs.map((p) => ({ id: p.id, topic: p.topic })) }
}

/** The state's reports in the latest open period: one grouped count, set against the number of actions. */
async function stateReportCounts(payload: Payload, locale: Locale, user: User, state: number): Promise<TDashboard['reports']> {
  const period = (await payload.find({ collection: 'reporting-periods', where: { status: { equals: 'open' } }, sort: '-startsOn', limit: 1, depth: 0, locale, fallbackLocale: otherLocale(locale), overrideAccess: true, select: { title: true, deadline: true } })).docs[0]
  if (!period) return undefined
  const [actions, reports] = await Promise.all([
    payload.count({ collection: 'action-plan-actions', overrideAccess: true }),
    payload.find({ collection: 'action-reports', where: { and: [{ period: { equals: period.id } }, { state: { equals: state } }] }, select: { status: true }, depth: 0, limit: 2000, pagination: false, user: { ...user, collection: 'users' }, overrideAccess: false }),
  ])
  const counts = Object.fromEntries([...reportStatuses, 'unwritten'].map((s) => [s, 0])) as Record<TReportStatus | 'unwritten', number>
  for (const r of reports.docs) counts[r.status] += 1
  counts.unwritten = Math.max(0, actions.totalDocs - reports.docs.length)
  return { period: { id: period.id, title: period.title, deadline: period.deadline }, counts }
}
