import type { Payload } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import type { User } from '@/payload-types'
import { passwordProblem, type TPasswordProblem } from './password-rule'

export type TSetPasswordResult = { ok: true; email: string } | { ok: false; error: TPasswordProblem | 'no-account' }

/**
 * Recovery from the server (`npm run account:set-password`): gives an account a new
 * password under the platform's rule, confirms its address, and clears what could keep it
 * out: an unconfirmed address, Payload's lock (if login attempts are ever counted) and any
 * reset link still outstanding. Sessions signed in with the old password end (Payload drops
 * them when the password changes). One transaction; nobody is e-mailed.
 *
 * The sign-in back-off (sign-in-throttle.ts) lives in each running instance's memory and
 * is not reached from here; it keeps an account waiting 30 seconds at most.
 */
export async function setAccountPassword(payload: Payload, email: string, password: string): Promise<TSetPasswordResult> {
  const problem = passwordProblem(password)
  if (problem) return { ok: false, error: problem }
  const address = email.trim().toLowerCase()
  const user = await payload.db.findOne<User>({ collection: 'users', where: { email: { equals: address } } })
  if (!user) return { ok: false, error: 'no-account' }
  await inRequestTransaction(payload, async (req) => {
    await payload.update({ collection: 'users', id: user.id, data: { password, _verified: true }, overrideAccess: true, req })
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { resetPasswordToken: null, resetPasswordExpiration: null }, req, returning: false })
    // Payload's lock (loginAttempts, lockUntil) is off (maxLoginAttempts: 0) and this is a
    // no-op today; it clears the lock should it ever be turned on. Unlock reads only the
    // address (the generated type asks for a password too).
    await payload.unlock({ collection: 'users', data: { email: user.email, password }, overrideAccess: true, req })
  })
  return { ok: true, email: user.email }
}
