import type { Access, Where } from 'payload'
import { checkRole, staffRoles } from './roles'

/**
 * Dated content (news): staff read everything; everyone else reads what is published and
 * dated now or earlier, so an item dated in the future stays off every door (pages, REST,
 * GraphQL) until its time, without anyone having to publish it then.
 */
export const publishedAndDueOrStaff: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  const published: Where = { _status: { equals: 'published' } }
  const due: Where = { publishedAt: { less_than_equal: new Date().toISOString() } }
  return { and: [published, due] }
}
