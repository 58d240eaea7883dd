import type { Access } from 'payload'
import { checkRole, staffRoles } from './roles'

/** Staff read everything, including drafts; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  return { _status: { equals: 'published' } }
}
