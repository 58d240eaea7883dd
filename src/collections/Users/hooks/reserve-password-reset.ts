import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import type { User } from '@/payload-types'

/** At most one reset e-mail per account in this interval (Payload's own default). */
export const passwordResetIntervalMs = 15_000

const keepTokenFlag = 'passwordResetThrottled'

/**
 * Reserves the one reset e-mail an account may get per interval, inside the request's own
 * transaction. Payload makes this reservation itself, but outside the transaction it has
 * already opened; on SQLite (one writer) that write would wait for its own request. Within
 * the transaction it is atomic all the same: on SQLite the transaction holds the writer,
 * on PostgreSQL the row stays locked until commit and the second request sees the time.
 *
 * A request within the interval sends nothing and changes nothing (the link already sent
 * stays valid), and answers like any other: it reveals no account.
 */
export const reservePasswordReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const { data, disableEmail } = args as { data?: { email?: unknown }; disableEmail?: boolean }
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (disableEmail || !email) return args
  const now = Date.now()
  const reserved = await req.payload.db.updateOne({
    collection: 'users',
    data: { resetPasswordRequestedAt: new Date(now).toISOString() },
    options: { atomic: true },
    req,
    where: {
      and: [
        { email: { equals: email } },
        {
          or: [
            { resetPasswordRequestedAt: { exists: false } },
            { resetPasswordRequestedAt: { equals: null } },
            { resetPasswordRequestedAt: { less_than_equal: new Date(now - passwordResetIntervalMs).toISOString() } },
          ],
        },
      ],
    },
  })
  if (reserved) return args
  req.context[keepTokenFlag] = true
  return { ...args, disableEmail: true }
}

/** Payload writes a new token even when it sends nothing; a throttled request keeps the old one. */
export const keepTokenOfThrottledReset: CollectionBeforeChangeHook<User> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.context[keepTokenFlag] || !originalDoc) return data
  const kept = originalDoc as User & { resetPasswordToken?: string | null; resetPasswordExpiration?: string | null }
  return { ...data, resetPasswordToken: kept.resetPasswordToken, resetPasswordExpiration: kept.resetPasswordExpiration }
}
