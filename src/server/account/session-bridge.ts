import { randomBytes } from 'node:crypto'
import { executeAuthStrategies, type Payload } from 'payload'
import { isLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { pageCacheRevision } from '@/server/content/content-revision'
import { participantName } from '@/server/participants/participant-name'
import { normalRoles, setSessionBridge } from './viewer'

/** Payload's own check of a request's credentials, without the permission map payload.auth() adds. */
export async function sessionUser(payload: Payload, headers: Headers): Promise<User | null> {
  const { user } = await executeAuthStrategies({ headers, payload })
  return user && user.collection === 'users' ? (user as unknown as User) : null
}

/**
 * Called once the app's Payload is ready (onInit). It asks exactly what Payload asks on every
 * request (a valid token, a live session, a confirmed account; see Payload's JWT strategy), and
 * remembers nothing between requests (an account handed over lives as long as its request),
 * so a sign-out or a role change counts on the next request, on every instance.
 */
export function registerSessionBridge(payload: Payload): void {
  // Accounts read by the front for the render of one request, until that response closes.
  const handed = new Map<string, User>()
  setSessionBridge({
    async resolve(headers, handOver) {
      const user = await sessionUser(payload, headers)
      if (!user) return null
      const participant = user.participant
      let handoff: string | undefined
      if (handOver) {
        // Released by the front; the bound only guards against a leak.
        if (handed.size >= 10_000) handed.clear()
        handoff = randomBytes(18).toString('base64url')
        handed.set(handoff, user)
      }
      return {
        id: user.id,
        handoff,
        roles: normalRoles(user.roles),
        name: user.name ?? '',
        email: user.email ?? '',
        preferredLanguage: isLocale(user.preferredLanguage) ? user.preferredLanguage : null,
        participant: typeof participant === 'object' && participant ? participant.id : (participant ?? null),
      }
    },
    participantName: async (id, locale) => (await participantName(payload, id, locale)) ?? '',
    revision: () => pageCacheRevision(payload),
    handedOver: (token) => handed.get(token),
    release: (token) => void handed.delete(token),
  })
}
