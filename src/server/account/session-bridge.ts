import { executeAuthStrategies, type Payload } from 'payload'
import { isLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'
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
 * remembers nothing between requests, so a sign-out or a role change counts on the next
 * request, on every instance.
 */
export function registerSessionBridge(payload: Payload): void {
  setSessionBridge({
    async resolve(headers) {
      const user = await sessionUser(payload, headers)
      if (!user) return null
      const participant = user.participant
      return {
        roles: normalRoles(user.roles),
        name: user.name ?? '',
        email: user.email ?? '',
        preferredLanguage: isLocale(user.preferredLanguage) ? user.preferredLanguage : null,
        participant: typeof participant === 'object' && participant ? participant.id : (participant ?? null),
        learningStamp: user.learningStamp ?? null,
      }
    },
    participantName: async (id, locale) => (await participantName(payload, id, locale)) ?? '',
  })
}
