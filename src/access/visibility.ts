import type { Access, Where } from 'payload'
import { checkRole, memberRoles, staffRoles } from './roles'

/**
 * Publications and their files: staff read everything; members (NCPs, the Strategic Group,
 * the Secretariat, admins) read published items of any visibility; everyone else reads
 * published public items only. The same rule guards the REST/GraphQL APIs and file URLs.
 */
export const publishedForAudience: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  const published: Where = { _status: { equals: 'published' } }
  if (checkRole(memberRoles, req.user)) return published
  return { and: [published, { visibility: { equals: 'public' } }] }
}

/**
 * Files carry their publication's audience (set by the syncPublication job): 'public',
 * 'members', or 'staff' while the publication is unpublished.
 */
export const filesForAudience: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  if (checkRole(memberRoles, req.user)) return { audience: { in: ['public', 'members'] } }
  return { audience: { equals: 'public' } }
}

export function isMember(user: unknown): boolean {
  return checkRole(memberRoles, user as never)
}
