import { cookies, headers } from 'next/headers'
import { cache } from 'react'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'
import { sessionCookieName } from './session-cookie-name'

/**
 * The signed-in user, or null; looks at the database only when a session cookie is
 * present, and once per request (React's cache: the layout and the page share it).
 */
export const currentUser = cache(async (): Promise<User | null> => {
  const jar = await cookies()
  if (!jar.get(sessionCookieName)) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
})
