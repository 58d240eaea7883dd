import type { Access, Where } from 'payload'
import { checkRole, staffRoles } from './roles'

type TSignedIn = { id: number | string; email?: string | null; roles?: string[] | null; participant?: number | { id: number } | null; collection?: string }

function stateOf(user: TSignedIn): number | undefined {
  const p = user.participant
  return typeof p === 'object' && p ? p.id : (p ?? undefined)
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
  const own: Where[] = [{ person: { equals: user.id } }]
  if (user.email) own.push({ email: { equals: user.email.toLowerCase() } })
  const state = stateOf(user)
  if (checkRole(['ncp'], user) && state !== undefined) own.push({ state: { equals: state } })
  return { or: own }
}

export { stateOf as stateOfUser }
