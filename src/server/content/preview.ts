import { draftMode } from 'next/headers'
import { cache } from 'react'
import { checkRole, staffRoles } from '@/access/roles'
import type { User } from '@/payload-types'
import { currentUser } from '@/server/account/current-user'

/**
 * The editor a draft is shown to, when this request is a preview: Next's draft mode is on
 * (a signed cookie set by /preview) and the signed-in user is staff. Anyone else, even with
 * the cookie, reads published content only.
 */
export const previewingEditor = cache(async (): Promise<User | undefined> => {
  let enabled = false
  try {
    enabled = (await draftMode()).isEnabled
  } catch {
    return undefined // outside a request (scripts, jobs): never a preview
  }
  if (!enabled) return undefined
  const user = await currentUser()
  return user && checkRole(staffRoles, user) ? user : undefined
})
