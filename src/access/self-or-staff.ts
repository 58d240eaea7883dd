import type { Access } from 'payload'
import { checkRole, staffRoles } from './roles'

/** Staff see every account; a signed-in user sees only their own. */
export const selfOrStaff: Access = ({ req }) => {
  if (!req.user) return false
  if (checkRole(staffRoles, req.user)) return true
  return { id: { equals: req.user.id } }
}
