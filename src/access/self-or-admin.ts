import type { Access } from 'payload'
import { checkRole } from './roles'

/** Admins manage accounts; a user may update their own profile. */
export const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (checkRole(['admin'], req.user)) return true
  return { id: { equals: req.user.id } }
}
