import type { Access, FieldAccess, Where } from 'payload'
import { checkRole, memberRoles, staffRoles } from './roles'

/**
 * Events: staff read everything; members (NCPs, the Strategic Group, the Secretariat) read
 * published events open to the public or to members; everyone else published public events.
 * Events for invited people only are the Secretariat's until registration lets the invited in.
 */
export const eventsForAudience: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  const published: Where = { _status: { equals: 'published' } }
  const visibility = checkRole(memberRoles, req.user) ? ['public', 'members'] : ['public']
  return { and: [published, { visibility: { in: visibility } }] }
}

/** The link to an online meeting: staff only through the API; approved participants get it on their registration page and in their e-mail. */
export const onlineLinkAccess: FieldAccess = ({ req }) => checkRole(staffRoles, req.user)
