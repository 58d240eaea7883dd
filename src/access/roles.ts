import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'secretariat', 'ncp', 'strategic-group', 'trainer', 'learner'] as const
export type Role = (typeof roles)[number]

/** Staff edit content; members see restricted material (later issues use `isMember`). */
export const staffRoles: Role[] = ['admin', 'secretariat']
export const memberRoles: Role[] = ['admin', 'secretariat', 'ncp', 'strategic-group']

type UserLike = { roles?: (Role | string)[] | null; collection?: string } | null | undefined

export function checkRole(allowed: readonly Role[], user: UserLike): boolean {
  if (!user || user.collection !== undefined && user.collection !== 'users') return false
  return Boolean(user.roles?.some((r) => (allowed as readonly string[]).includes(r)))
}

export const hasRole =
  (...allowed: Role[]) =>
  ({ req }: { req: PayloadRequest }): boolean =>
    checkRole(allowed, req.user as UserLike)
