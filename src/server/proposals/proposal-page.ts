import { stateOfUser } from '@/access/registrations'
import type { Locale } from '@/i18n/locales'
import type { Proposal, ProposalResponse, User } from '@/payload-types'
import { stateAndAreaNames as names } from '@/server/participants/state-and-area-names'
import { getPayloadClient } from '@/server/payload'
import { relationId } from '@/server/registrations/allocation'
import { mayDecide, mayMakeEvent, mayPropose, mayReadProposals } from './proposal-rules'

export type TProposalCard = { id: number; topic: string; state: string; area: string; status: Proposal['status']; supporters: number; createdAt: string }
export type TProposalView = TProposalCard & {
  rationale: string
  format: Proposal['format']
  host?: string
  tentativeFrom?: string | null
  tentativeTo?: string | null
  decisionReason?: string | null
  supporterStates: string[]
  comments: { author: string; state?: string; at: string; text: string }[]
  maySupport: boolean
  supported: boolean
  mayComment: boolean
  mayDecide: boolean
  mayWithdraw: boolean
  mayMakeEvent: boolean
  eventId?: number
}

/** The proposals a member sees, open first, and the choices of the proposal form; undefined for anyone else. */
export async function loadProposals(locale: Locale, user: User) {
  if (!mayReadProposals(user)) return undefined
  const payload = await getPayloadClient()
  const [{ docs }, choices] = await Promise.all([
    payload.find({ collection: 'proposals', sort: '-createdAt', limit: 200, depth: 0, user: { ...user, collection: 'users' }, overrideAccess: false }),
    names(locale),
  ])
  const supports = docs.length
    ? (await payload.find({ collection: 'proposal-responses', where: { and: [{ proposal: { in: docs.map((d) => d.id) } }, { kind: { equals: 'support' } }] }, select: { proposal: true, state: true }, limit: 5000, pagination: false, depth: 0, overrideAccess: true })).docs
    : []
  const stateName = new Map(choices.states.map((s) => [s.id, s.name]))
  const areaTitle = new Map(choices.areas.map((a) => [a.id, a.title]))
  const cards: TProposalCard[] = (docs as Proposal[]).map((p) => ({
    id: p.id,
    topic: p.topic,
    state: stateName.get(relationId(p.state) ?? 0) ?? '',
    area: areaTitle.get(relationId(p.thematicArea) ?? 0) ?? '',
    status: p.status,
    supporters: new Set(supports.filter((s) => relationId(s.proposal) === p.id).map((s) => relationId(s.state))).size,
    createdAt: p.createdAt,
  }))
  return { open: cards.filter((c) => c.status === 'open'), decided: cards.filter((c) => c.status !== 'open'), choices, mayPropose: mayPropose(user) && stateOfUser(user) !== undefined }
}

/** One proposal with its support and comments, and what this member may do with it. */
export async function loadProposal(locale: Locale, user: User, id: number): Promise<TProposalView | undefined> {
  if (!mayReadProposals(user)) return undefined
  const payload = await getPayloadClient()
  const proposal = await payload.findByID({ collection: 'proposals', id, depth: 0, user: { ...user, collection: 'users' }, overrideAccess: false, disableErrors: true })
  if (!proposal) return undefined
  const [{ docs: responses }, choices] = await Promise.all([
    payload.find({ collection: 'proposal-responses', where: { proposal: { equals: id } }, sort: 'createdAt', limit: 1000, pagination: false, depth: 1, populate: { users: { name: true } }, overrideAccess: true }),
    names(locale),
  ])
  const stateName = new Map(choices.states.map((s) => [s.id, s.name]))
  const supports = (responses as ProposalResponse[]).filter((r) => r.kind === 'support')
  const myState = stateOfUser(user)
  const supported = supports.some((s) => relationId(s.author) === user.id)
  const open = proposal.status === 'open'
  return {
    id: proposal.id,
    topic: proposal.topic,
    state: stateName.get(relationId(proposal.state) ?? 0) ?? '',
    area: choices.areas.find((a) => a.id === relationId(proposal.thematicArea))?.title ?? '',
    status: proposal.status,
    supporters: new Set(supports.map((s) => relationId(s.state))).size,
    createdAt: proposal.createdAt,
    rationale: proposal.rationale,
    format: proposal.format,
    host: proposal.hostState ? stateName.get(relationId(proposal.hostState)!) : undefined,
    tentativeFrom: proposal.tentativeFrom,
    tentativeTo: proposal.tentativeTo,
    decisionReason: proposal.decisionReason,
    supporterStates: [...new Set(supports.map((s) => stateName.get(relationId(s.state) ?? 0)).filter((n): n is string => Boolean(n)))],
    comments: (responses as ProposalResponse[])
      .filter((r) => r.kind === 'comment')
      .map((r) => ({ author: typeof r.author === 'object' ? (r.author as User).name : '', state: stateName.get(relationId(r.state) ?? 0), at: r.createdAt, text: r.text ?? '' })),
    maySupport: open && mayPropose(user) && !supported && myState !== undefined && myState !== relationId(proposal.state),
    supported,
    mayComment: open,
    mayDecide: open && mayDecide(user),
    mayWithdraw: open && relationId(proposal.proposedBy) === user.id,
    mayMakeEvent: proposal.status === 'agreed' && mayMakeEvent(user),
    eventId: relationId(proposal.event),
  }
}
