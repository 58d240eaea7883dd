import { createLocalReq, type Payload } from 'payload'
import { z } from 'zod'
import { stateOfUser } from '@/access/registrations'
import type { Locale } from '@/i18n/locales'
import type { Proposal, User } from '@/payload-types'
import { zonedTimeToUtc, zoneOfState } from '@/server/events/time-zones'
import { relationId } from '@/server/registrations/allocation'
import { mayDecide, mayMakeEvent, mayPropose, mayReadProposals, proposalFormats } from './proposal-rules'

/**
 * The site's doors to proposals: an NCP proposes; NCPs support and comment; the Strategic
 * Group or the Secretariat decides; the Secretariat makes the agreed meeting a draft event.
 * Each checks who may do what, then saves; refusals are values the forms put into words.
 */
export type TProposalError = 'invalid-input' | 'not-allowed' | 'not-found' | 'decided' | 'reason-required' | 'own-proposal'
export type TProposalResult<T = Proposal> = { ok: true; value: T } | { ok: false; error: TProposalError }

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => Number.isFinite(Date.parse(v)))
export const ZProposal = z
  .object({
    topic: z.string().trim().min(3).max(200),
    thematicArea: z.coerce.number().int().positive(),
    hostState: z.coerce.number().int().positive().optional(),
    format: z.enum(proposalFormats),
    tentativeFrom: day.optional(),
    tentativeTo: day.optional(),
    rationale: z.string().trim().min(10).max(2000),
  })
  .refine((p) => !p.tentativeFrom || !p.tentativeTo || p.tentativeFrom <= p.tentativeTo, { path: ['tentativeTo'] })
export type TProposalInput = z.infer<typeof ZProposal>

async function readable(payload: Payload, user: User, id: number): Promise<Proposal | undefined> {
  return (await payload.findByID({ collection: 'proposals', id, depth: 0, user: { ...user, collection: 'users' }, overrideAccess: false, disableErrors: true })) ?? undefined
}

export async function propose(payload: Payload, user: User | null, input: TProposalInput): Promise<TProposalResult> {
  const state = user ? stateOfUser(user) : undefined
  if (!user || !mayPropose(user) || state === undefined) return { ok: false, error: 'not-allowed' }
  const value = await payload.create({
    collection: 'proposals',
    data: { ...input, hostState: input.hostState ?? null, proposedBy: user.id, state, status: 'open' },
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true, value }
}

/** An NCP supports another state's open proposal (once; again is no change). */
export async function support(payload: Payload, user: User | null, proposalId: number): Promise<TProposalResult<true>> {
  if (!user || !mayPropose(user)) return { ok: false, error: 'not-allowed' }
  const proposal = await readable(payload, user, proposalId)
  if (!proposal) return { ok: false, error: 'not-found' }
  if (proposal.status !== 'open') return { ok: false, error: 'decided' }
  if (relationId(proposal.state) === stateOfUser(user)) return { ok: false, error: 'own-proposal' }
  const earlier = await payload.count({ collection: 'proposal-responses', where: { and: [{ proposal: { equals: proposalId } }, { author: { equals: user.id } }, { kind: { equals: 'support' } }] }, overrideAccess: true })
  if (earlier.totalDocs === 0) await payload.create({ collection: 'proposal-responses', data: { proposal: proposalId, kind: 'support', author: user.id, state: stateOfUser(user) ?? null }, overrideAccess: true })
  return { ok: true, value: true }
}

/** A member comments on an open proposal. */
export async function comment(payload: Payload, user: User | null, input: { proposalId: number; text: string }): Promise<TProposalResult<true>> {
  if (!user || !mayReadProposals(user)) return { ok: false, error: 'not-allowed' }
  const text = input.text.trim()
  if (!text || text.length > 2000) return { ok: false, error: 'invalid-input' }
  const proposal = await readable(payload, user, input.proposalId)
  if (!proposal) return { ok: false, error: 'not-found' }
  if (proposal.status !== 'open') return { ok: false, error: 'decided' }
  await payload.create({ collection: 'proposal-responses', data: { proposal: input.proposalId, kind: 'comment', author: user.id, state: stateOfUser(user) ?? null, text }, overrideAccess: true })
  return { ok: true, value: true }
}

/** The Strategic Group or the Secretariat agrees or declines (a decline with its reason); the proposer is told by e-mail. */
export async function decide(payload: Payload, user: User | null, input: { proposalId: number; decision: 'agreed' | 'declined'; reason?: string; locale: Locale }): Promise<TProposalResult> {
  if (!user || !mayDecide(user)) return { ok: false, error: 'not-allowed' }
  const proposal = await readable(payload, user, input.proposalId)
  if (!proposal) return { ok: false, error: 'not-found' }
  if (proposal.status !== 'open') return { ok: false, error: 'decided' }
  const reason = input.reason?.trim().slice(0, 1000)
  if (input.decision === 'declined' && !reason) return { ok: false, error: 'reason-required' }
  const req = await createLocalReq({ user: { ...user, collection: 'users' }, locale: input.locale }, payload)
  const value = await payload.update({ collection: 'proposals', id: proposal.id, data: { status: input.decision, decisionReason: reason || null }, user: { ...user, collection: 'users' }, overrideAccess: false, req, depth: 0 })
  return { ok: true, value }
}

/** The proposer withdraws an open proposal. */
export async function withdrawProposal(payload: Payload, user: User | null, proposalId: number): Promise<TProposalResult> {
  if (!user) return { ok: false, error: 'not-allowed' }
  const proposal = await readable(payload, user, proposalId)
  if (!proposal) return { ok: false, error: 'not-found' }
  if (relationId(proposal.proposedBy) !== user.id) return { ok: false, error: 'not-allowed' }
  if (proposal.status !== 'open') return { ok: false, error: 'decided' }
  return { ok: true, value: await payload.update({ collection: 'proposals', id: proposal.id, data: { status: 'withdrawn' }, overrideAccess: true, depth: 0 }) }
}

/**
 * The agreed proposal as a draft event for the Secretariat to complete: an expert meeting on
 * the tentative dates (09:00 to 17:00 in the host state's zone), format, host, thematic area,
 * for members. Once: a second click returns the same event.
 */
export async function makeDraftEvent(payload: Payload, user: User | null, proposalId: number): Promise<TProposalResult<number>> {
  if (!user || !mayMakeEvent(user)) return { ok: false, error: 'not-allowed' }
  const proposal = await readable(payload, user, proposalId)
  if (!proposal) return { ok: false, error: 'not-found' }
  if (proposal.status !== 'agreed') return { ok: false, error: 'decided' }
  const existing = relationId(proposal.event)
  if (existing) return { ok: true, value: existing }
  const host = relationId(proposal.hostState)
  const iso = host ? (await payload.findByID({ collection: 'participants', id: host, depth: 0, overrideAccess: true, select: { isoCode: true } })).isoCode : undefined
  const zone = (iso && zoneOfState[iso]) || 'Europe/Vienna'
  const from = (proposal.tentativeFrom ?? new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString()).slice(0, 10)
  const to = (proposal.tentativeTo ?? from).slice(0, 10)
  const at = (dayText: string, hour: number) => {
    const [y, m, d] = dayText.split('-').map(Number)
    return zonedTimeToUtc(zone, y, m, d, hour)
  }
  const type = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'expert-meeting' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const event = await payload.create({
    collection: 'events',
    locale: 'en',
    draft: true,
    data: {
      title: proposal.topic,
      slug: `expert-meeting-${proposal.id}-${from}`,
      type: type.id,
      startsAt: at(from, 9).toISOString(),
      startsAt_tz: zone as never,
      endsAt: at(to, 17).toISOString(),
      endsAt_tz: zone as never,
      format: proposal.format,
      host: host ?? null,
      venue: { country: host ?? null },
      thematicAreas: [relationId(proposal.thematicArea)!],
      visibility: 'members',
      _status: 'draft',
    },
    user: { ...user, collection: 'users' },
    overrideAccess: false,
    depth: 0,
  })
  await payload.update({ collection: 'proposals', id: proposal.id, data: { event: event.id }, overrideAccess: true, depth: 0 })
  return { ok: true, value: event.id }
}
