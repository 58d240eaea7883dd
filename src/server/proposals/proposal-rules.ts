import { checkRole, memberRoles, staffRoles } from '@/access/roles'

export const proposalStatuses = ['open', 'agreed', 'declined', 'withdrawn'] as const
export type TProposalStatus = (typeof proposalStatuses)[number]
export const proposalFormats = ['in-person', 'online', 'hybrid'] as const

type TPerson = { roles?: string[] | null; collection?: string } | null | undefined

/** Who reads proposals: the members of the dialogue (NCPs, the Strategic Group, the Secretariat). */
export const mayReadProposals = (user: TPerson) => checkRole(memberRoles, user as never)
/** Who proposes, supports and comments: National Contact Points. */
export const mayPropose = (user: TPerson) => checkRole(['ncp'], user as never)
/** Who agrees or declines: the Strategic Group and the Secretariat. */
export const mayDecide = (user: TPerson) => checkRole(['strategic-group', ...staffRoles], user as never)
/** Who turns an agreed proposal into a draft event: the Secretariat, which runs the calendar. */
export const mayMakeEvent = (user: TPerson) => checkRole(staffRoles, user as never)

/** The moves a proposal's status can make; a decision ends its discussion. */
export function mayMove(from: TProposalStatus, to: TProposalStatus): boolean {
  return from === to || (from === 'open' && (to === 'agreed' || to === 'declined' || to === 'withdrawn'))
}
