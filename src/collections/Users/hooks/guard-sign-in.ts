import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { localeOfRequest } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import { spendPasswordWork } from '@/server/account/password-work'
import { signInThrottle } from '@/server/account/sign-in-throttle'
import { AppError } from '@/server/errors'
import { internalHeaders } from '@/server/internal-headers'
import { setAdminLanguage } from './admin-language'

/** The client as the HTTP front saw it (it overwrites any such header from outside). */
export function clientOf(req: Partial<PayloadRequest>): string {
  return req.headers?.get(internalHeaders.client) || 'local'
}

const accountOf = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '')

/**
 * Every sign-in door (site form, REST, GraphQL) runs Payload's login operation, so the
 * back-off lives here: a client or account that failed too often is refused for a while,
 * each attempt is counted before the password is checked, and an unknown address costs
 * the same work as a known one (timing reveals no accounts).
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const client = clientOf(req)
  const account = accountOf(data.email)
  const waitMs = signInThrottle.retryAfterMs(client, account)
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000)
    // Refused before the password is looked at; the site form shows the wait in words.
    throw new AppError('too-many-attempts', translate(localeOfRequest(req), 'form.error.too-many-attempts', { seconds }), 429, { retryAfterSeconds: seconds })
  }
  signInThrottle.recordFailure(client, account)
  const known = account ? await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req }) : null
  if (!known && typeof data.password === 'string') await spendPasswordWork(data.password)
  return args
}

export const recordSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  signInThrottle.recordSuccess(clientOf(req), accountOf((user as { email?: unknown }).email))
  // One language per account: signing in (admin or REST) puts the admin in the account's language.
  setAdminLanguage(req, (user as { preferredLanguage?: unknown }).preferredLanguage)
}
