import type { Access, FieldAccess } from 'payload'
import { checkRole } from './roles'

export const isAdmin: Access = ({ req }) => checkRole(['admin'], req.user)
export const isAdminField: FieldAccess = ({ req }) => checkRole(['admin'], req.user)
