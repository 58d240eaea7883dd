import type { Access } from 'payload'
import { countedStatuses } from '@/server/action-plan/report-rules'
import { stateOfUser } from './registrations'
import { checkRole, staffRoles } from './roles'

type TSignedIn = { id: number | string; roles?: string[] | null; participant?: number | { id: number } | null; collection?: string }

/**
 * Action-Plan reports: the Secretariat reads all; the Strategic Group reads what states have
 * sent (never their drafts); a National Contact Point reads its own state's reports, in any
 * status, and no other state's. Everyone else reads none.
 */
export const actionReportsForReader: Access = ({ req }) => {
  const user = req.user as TSignedIn | null
  if (!user || (user.collection !== undefined && user.collection !== 'users')) return false
  if (checkRole(staffRoles, user)) return true
  const state = checkRole(['ncp'], user) ? stateOfUser(user) : undefined
  const own = state !== undefined ? [{ state: { equals: state } }] : []
  const sent = checkRole(['strategic-group'], user) ? [{ status: { in: [...countedStatuses] } }] : []
  const allowed = [...own, ...sent]
  return allowed.length ? { or: allowed } : false
}
