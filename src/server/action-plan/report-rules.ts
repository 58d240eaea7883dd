import { checkRole, memberRoles, staffRoles } from '@/access/roles'

/** Where a state's report on one action stands: written, sent to the Secretariat, sent back, or accepted. */
export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const
export type TReportStatus = (typeof reportStatuses)[number]
/** How far the state has come with the action. */
export const progressValues = ['not-started', 'in-progress', 'completed', 'not-applicable'] as const
export type TProgress = (typeof progressValues)[number]
export const followUpValues = ['planned', 'in-progress', 'implemented', 'discontinued'] as const
export type TFollowUp = (typeof followUpValues)[number]

/** Reports that count in the monitoring: sent to the Secretariat and not sent back. */
export const countedStatuses: readonly TReportStatus[] = ['submitted', 'accepted']

type TPerson = { roles?: string[] | null; collection?: string } | null | undefined

/** Who sees the monitoring dashboard: the members of the dialogue (NCPs, the Strategic Group, the Secretariat). */
export const mayReadMonitoring = (user: TPerson) => checkRole(memberRoles, user as never)
/** Who sees progress state by state (and other states' sent reports): the Strategic Group and the Secretariat. */
export const maySeeEveryState = (user: TPerson) => checkRole(['strategic-group', ...staffRoles], user as never)
/** Who writes a state's reports: its National Contact Point. */
export const mayReport = (user: TPerson) => checkRole(['ncp'], user as never)
/** Who reviews, returns and accepts: the Secretariat. */
export const mayReview = (user: TPerson) => checkRole(staffRoles, user as never)

/** An NCP may change a report that is new, a draft, or sent back; once sent, it waits for the Secretariat. */
export function isEditableByState(status: TReportStatus | undefined): boolean {
  return status === undefined || status === 'draft' || status === 'returned'
}

/** The moves a state makes on its own report: save a draft or send it, while it is in its hands. */
export function mayStateMove(from: TReportStatus | undefined, to: TReportStatus): boolean {
  return isEditableByState(from) && (to === 'draft' || to === 'submitted')
}
