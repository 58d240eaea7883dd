import type { Access, PayloadRequest, Where } from 'payload'
import { ownedBy } from './registrations'
import { checkRole, memberRoles, staffRoles } from './roles'

/** Who may read a meeting document, from the most open to the most closed. */
export const meetingDocumentLevels = ['public', 'participants', 'ncp-network', 'strategic-group', 'secretariat'] as const
export type TMeetingDocumentLevel = (typeof meetingDocumentLevels)[number]

type TReader = { id?: number | string; email?: string | null; roles?: string[] | null; collection?: string }

/**
 * The events whose approved participant this account is (linked to it, or registered for its
 * address by a nominating NCP). Asked once per request: Payload asks a read rule for every
 * document it populates.
 */
export async function approvedEventsOf(req: PayloadRequest): Promise<number[]> {
  const user = req.user as TReader | null
  if (!user?.id || (user.collection !== undefined && user.collection !== 'users')) return []
  const person = { id: user.id, email: user.email }
  const memo = req.context as { approvedEvents?: Promise<number[]> }
  memo.approvedEvents ??= (async () => {
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: { and: [{ status: { equals: 'approved' } }, ownedBy(person)] },
      select: { event: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return docs.map((d) => (typeof d.event === 'object' ? d.event.id : d.event))
  })()
  return memo.approvedEvents
}

/**
 * Meeting documents and their files: the Secretariat reads all; public documents of an event
 * the reader may see are open to all; an event's approved participants read its public and
 * participants' documents whatever the event's visibility; the NCP network's and the
 * Strategic Group's documents are read by those roles. Anything else is refused, by the API
 * and by the file URL alike (the file endpoint asks this rule).
 */
export const meetingDocumentsForReader: Access = async ({ req }) => {
  const user = req.user as TReader | null
  if (checkRole(staffRoles, user)) return true
  const visibleEvents = checkRole(memberRoles, user) ? ['public', 'members'] : ['public']
  const readable: Where[] = [
    { and: [{ access: { equals: 'public' } }, { 'event._status': { equals: 'published' } }, { 'event.visibility': { in: visibleEvents } }] },
  ]
  const approved = await approvedEventsOf(req)
  if (approved.length) readable.push({ and: [{ access: { in: ['public', 'participants'] } }, { event: { in: approved } }] })
  if (checkRole(['ncp'], user)) readable.push({ access: { equals: 'ncp-network' } })
  if (checkRole(['strategic-group'], user)) readable.push({ access: { equals: 'strategic-group' } })
  return { or: readable }
}
