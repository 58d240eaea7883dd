import type { Access } from 'payload'
import { checkRole, staffRoles } from './roles'

/** Admins and the Secretariat edit all content. */
export const isStaff: Access = ({ req }) => checkRole(staffRoles, req.user)
