import { AuthenticationError, UnverifiedEmail, ValidationError, createLocalReq, logoutOperation, type Payload } from 'payload'
import { z } from 'zod'
import { checkRole, memberRoles } from '@/access/roles'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { accountExistsEmail } from '@/server/email/account-emails'
import { isAppError } from '@/server/errors'
import { maxPasswordLength, minPasswordLength } from './password-rule'
import { mayTellOwner, spendPasswordWork } from './password-work'

/** Expected outcomes are values; the form route maps `error` codes to localized messages. */
export type TAccountResult =
  | { ok: true; token?: string; language?: Locale; notice?: 'check-email' | 'verified' | 'reset-sent' | 'saved' | 'signed-out' | 'account-deleted' }
  | { ok: false; error: TAccountError; fields?: Record<string, string>; retryAfterSeconds?: number }

export type TAccountError =
  | 'invalid-input'
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'unverified'
  | 'password-too-short'
  | 'passwords-differ'
  | 'invalid-token'
  | 'not-signed-in'
  | 'wrong-password'
  | 'confirm-deletion'
  | 'managed-account'

const email = z.string().trim().toLowerCase().email().max(254)
const password = z.string().min(1).max(maxPasswordLength)

export const ZSignIn = z.object({ email, password })
export const ZSignUp = z.object({
  name: z.string().trim().min(1).max(120),
  email,
  password: z.string().max(maxPasswordLength),
  passwordConfirm: z.string().max(maxPasswordLength),
  preferredLanguage: z.enum(locales),
})
export const ZForgot = z.object({ email })
export const ZReset = z.object({ token: z.string().min(1).max(500), password: z.string().max(maxPasswordLength), passwordConfirm: z.string().max(maxPasswordLength) })
export const ZDeleteAccount = z.object({ password, confirm: z.literal('yes').optional() })
export const ZProfile = z.object({ name: z.string().trim().min(1).max(120), preferredLanguage: z.enum(locales) })

/** What the sign-in request came from: its headers carry the client the front saw. */
export type TRequestHeaders = { headers: Headers }

export async function signIn(payload: Payload, input: z.infer<typeof ZSignIn>, from?: TRequestHeaders): Promise<TAccountResult> {
  const fields = { email: input.email }
  try {
    const result = await payload.login({ collection: 'users', data: input, overrideAccess: false, req: from })
    return { ok: true, token: result.token, language: isLocale(result.user?.preferredLanguage) ? result.user.preferredLanguage : undefined }
  } catch (error) {
    if (isAppError(error, 'too-many-attempts')) return { ok: false, error: 'too-many-attempts', fields, retryAfterSeconds: Number(error.data.retryAfterSeconds) }
    if (error instanceof UnverifiedEmail) return { ok: false, error: 'unverified', fields }
    if (error instanceof AuthenticationError) return { ok: false, error: 'invalid-credentials', fields }
    throw error
  }
}

/**
 * The only way to open an account without an admin (REST and GraphQL `create` are staff
 * only). The answer is the same whether or not the address is registered, and so is the
 * work: a new account is hashed and mailed a confirmation link; a registered address is
 * mailed a note instead, after a hash of the same cost.
 */
export async function signUp(payload: Payload, input: z.infer<typeof ZSignUp>): Promise<TAccountResult> {
  const fields = { name: input.name, email: input.email }
  if (input.password.length < minPasswordLength) return { ok: false, error: 'password-too-short', fields }
  if (input.password !== input.passwordConfirm) return { ok: false, error: 'passwords-differ', fields }
  const existing = await payload.db.findOne<User>({ collection: 'users', where: { email: { equals: input.email } } })
  if (existing) {
    await spendPasswordWork(input.password)
    if (mayTellOwner(existing.email)) {
      const message = accountExistsEmail(existing)
      await payload.sendEmail({ to: existing.email, subject: message.subject, html: message.html })
    }
    return { ok: true, notice: 'check-email' }
  }
  try {
    await payload.create({
      collection: 'users',
      data: { name: input.name, email: input.email, password: input.password, preferredLanguage: input.preferredLanguage, roles: ['learner'] },
      overrideAccess: true,
    })
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: 'invalid-input', fields }
    throw error
  }
  return { ok: true, notice: 'check-email' }
}

export async function requestPasswordReset(payload: Payload, input: z.infer<typeof ZForgot>): Promise<TAccountResult> {
  await payload.forgotPassword({ collection: 'users', data: { email: input.email }, overrideAccess: true })
  return { ok: true, notice: 'reset-sent' }
}

export async function resetPassword(payload: Payload, input: z.infer<typeof ZReset>): Promise<TAccountResult> {
  if (input.password.length < minPasswordLength) return { ok: false, error: 'password-too-short', fields: { token: input.token } }
  if (input.password !== input.passwordConfirm) return { ok: false, error: 'passwords-differ', fields: { token: input.token } }
  try {
    const result = await payload.resetPassword({ collection: 'users', data: { token: input.token, password: input.password }, overrideAccess: true })
    return { ok: true, token: result.token ?? undefined }
  } catch {
    return { ok: false, error: 'invalid-token' }
  }
}

export async function verifyEmail(payload: Payload, token: string): Promise<TAccountResult> {
  try {
    await payload.verifyEmail({ collection: 'users', token })
    return { ok: true, notice: 'verified' }
  } catch {
    return { ok: false, error: 'invalid-token' }
  }
}

export async function updateProfile(payload: Payload, user: User | null, input: z.infer<typeof ZProfile>): Promise<TAccountResult> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  await payload.update({ collection: 'users', id: user.id, data: input, user, overrideAccess: false })
  return { ok: true, notice: 'saved' }
}

/** Ends this session on the server too (Payload keeps sessions), not only in the browser. */
export async function signOut(payload: Payload, user: User | null): Promise<TAccountResult> {
  if (user) {
    const sessionUser = { ...user, collection: 'users' as const }
    const req = await createLocalReq({ user: sessionUser }, payload)
    await logoutOperation({ collection: payload.collections.users, req })
  }
  return { ok: true, notice: 'signed-out' }
}

/**
 * Whether a person may close their account themselves: learners and trainers may; an account
 * that holds a place in the dialogue (a National Contact Point, the Strategic Group, the
 * Secretariat) is the Secretariat's to close, since the state's records name it.
 */
export const mayDeleteOwnAccount = (user: Pick<User, 'roles'>): boolean => !checkRole(memberRoles, { ...user, collection: 'users' })

/**
 * A person closes their own account, confirming with their password (so a session left open on
 * a shared computer cannot): the account and everything kept about it go in one transaction
 * (the users collection's delete hooks: learning, trainer profile and applications, the messages
 * written to them), except certificate records, kept unlinked for their public verification.
 */
export async function deleteOwnAccount(payload: Payload, user: User | null, input: z.infer<typeof ZDeleteAccount>, from?: TRequestHeaders): Promise<TAccountResult> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  if (!mayDeleteOwnAccount(user)) return { ok: false, error: 'managed-account' }
  if (input.confirm !== 'yes') return { ok: false, error: 'confirm-deletion' }
  // The password is checked as a sign-in is, under the same throttle.
  const checked = await signIn(payload, { email: user.email, password: input.password }, from)
  if (!checked.ok) return checked.error === 'invalid-credentials' ? { ok: false, error: 'wrong-password' } : { ...checked, fields: undefined }
  await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
  return { ok: true, notice: 'account-deleted' }
}
