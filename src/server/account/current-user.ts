import { cookies, headers } from 'next/headers'
import { cache } from 'react'
import type { User } from '@/payload-types'
import { participantName } from '@/server/participants/participant-name'
import { internalHeaders } from '@/server/internal-headers'
import { getPayloadClient } from '@/server/payload'
import { currentLocaleFromPath } from '@/server/request-context'
import { sessionUser } from './session-bridge'
import { sessionCookieName } from './session-cookie-name'
import { normalRoles, parseViewerHeader, sessionBridge, viewerHeader, type TViewer } from './viewer'

/**
 * Who the page is for: the roles (what they may see) and, when the page is not shared, the
 * person's own details. In a page the HTTP front shares among everyone with the same roles,
 * the front says so in a header and fills the details in itself (viewerText). Once per request.
 */
export const currentViewer = cache(async (): Promise<TViewer | null> => {
  const shared = parseViewerHeader((await headers()).get(viewerHeader))
  if (shared !== undefined) return shared
  const user = await currentUser()
  if (!user) return null
  const participant = typeof user.participant === 'object' && user.participant ? user.participant.id : user.participant
  const participantShown = participant ? await participantName(await getPayloadClient(), participant, await currentLocaleFromPath()) : null
  return {
    roles: normalRoles(user.roles),
    own: { name: user.name, email: user.email, participantName: participantShown ?? undefined, preferredLanguage: user.preferredLanguage ?? undefined },
  }
})

/**
 * The signed-in person, or null: for pages about the person (the account area), which the
 * front never shares. Calling it in a shared page is a bug that would show one person's data
 * to another, so it fails loudly. Looks at the database only when a session cookie is present,
 * once per request (React's cache: the layout and the page share it).
 */
export const currentUser = cache(async (): Promise<User | null> => {
  const requestHeaders = await headers()
  if (requestHeaders.get(viewerHeader) !== null) {
    throw new Error('currentUser() in a page shared by everyone with the same roles: read currentViewer() instead')
  }
  const jar = await cookies()
  if (!jar.get(sessionCookieName)) return null
  // The front checked this request's session already and left the account for its render.
  const handoff = requestHeaders.get(internalHeaders.session)
  const handed = handoff ? sessionBridge()?.handedOver(handoff) : undefined
  return handed ?? sessionUser(await getPayloadClient(), requestHeaders)
})
