import type { Access, Where } from 'payload'
import { checkRole, staffRoles } from './roles'

type TSignedIn = { id: number | string; email?: string | null; roles?: string[] | null; participant?: number | { id: number } | null; collection?: string }

function stateOf(user: TSignedIn): number | undefined {
  const p = user.participant
  return typeof p === 'object' && p ? p.id : (p ?? undefined)
}

/**
 * What belongs to a person by account or by address (registrations, invitation letters): linked
 * to the account, or made for its address (by a nominating NCP, before the account existed).
 */
export function ownedBy(user: { id: number | string; email?: string | null }): Where {
  const own: Where[] = [{ person: { equals: user.id } }]
  if (user.email) own.push({ email: { equals: user.email.toLowerCase() } })
  return { or: own }
}

/**
 * Registrations: the Secretariat reads all; a person reads their own (linked to the account,
 * or made for the account's confirmed address by a nominating NCP); a National Contact Point
 * also reads the registrations of its own state, and of no other.
 */
export const registrationsForReader: Access = ({ req }) => {
  const user = req.user as TSignedIn | null
  if (!user || (user.collection !== undefined && user.collection !== 'users')) return false
  if (checkRole(staffRoles, user)) return true
  const state = stateOf(user)
  if (checkRole(['ncp'], user) && state !== undefined) return { or: [ownedBy(user), { state: { equals: state } }] }
  return ownedBy(user)
}

export { stateOf as stateOfUser }
