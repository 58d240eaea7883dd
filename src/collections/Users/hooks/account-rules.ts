import crypto from 'node:crypto'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'
import { checkRole } from '@/access/roles'
import { localeOfRequest } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import type { User } from '@/payload-types'
import { minPasswordLength } from '@/server/account/password-rule'
import { emailChangedEmail } from '@/server/email/account-emails'

function checkPassword(password: unknown, req: PayloadRequest): void {
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: translate(localeOfRequest(req), 'form.error.password-too-short') }],
    })
  }
}

/**
 * One password rule for every door that sets a password (site forms, REST, GraphQL, admin):
 * Payload itself accepts three characters. Creates and updates are checked after access
 * (a refused caller learns nothing more); a reset by e-mailed token before Payload runs it.
 */
export const enforcePasswordRule: CollectionBeforeValidateHook<User> = ({ data, req }) => {
  checkPassword((data as { password?: unknown } | undefined)?.password, req)
  return data
}

export const enforcePasswordRuleOnReset: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') checkPassword((args as { data?: { password?: unknown } }).data?.password, req)
  return args
}

/**
 * Who may say an address is confirmed (`_verified`) besides the e-mailed link: an admin, and
 * the platform itself (seed, setup, scripts: Local API without a person). Nobody else, through
 * any door: not even the Secretariat, which opens accounts but cannot vouch for an address.
 */
function maySetVerified(req: PayloadRequest): boolean {
  return checkRole(['admin'], req.user) || (req.payloadAPI === 'local' && !req.user)
}

/**
 * `_verified` is set by the verification link, or by those maySetVerified allows; others'
 * value is dropped. A changed e-mail address must be confirmed again (a new token is made
 * here and mailed after the change is saved), unless an admin confirms it in the same save.
 */
export const guardVerification: CollectionBeforeChangeHook<User> = ({ data, originalDoc, operation, req }) => {
  const isAdmin = checkRole(['admin'], req.user)
  const verifiedGiven = Object.hasOwn(data, '_verified')
  if (verifiedGiven && !maySetVerified(req)) delete (data as { _verified?: boolean })._verified
  const emailChanged = operation === 'update' && typeof data.email === 'string' && originalDoc && data.email.toLowerCase() !== originalDoc.email.toLowerCase()
  if (emailChanged && !(isAdmin && verifiedGiven && data._verified === true)) {
    Object.assign(data, { _verified: false, _verificationToken: crypto.randomBytes(20).toString('hex') })
  }
  return data
}

/**
 * An account opened as already confirmed (by an admin, or by the platform) gets no "confirm
 * your address" e-mail: Payload sends one on every create unless told not to. An account
 * opened unconfirmed, or by someone whose `_verified` is dropped (the Secretariat), gets it,
 * since it must be confirmed before it can sign in.
 */
export const skipVerificationOfConfirmed: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const { data } = args as { data?: { _verified?: unknown } }
  if (data?._verified === true && maySetVerified(req)) return { ...args, disableVerificationEmail: true }
  return args
}

export const mailReverification: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || doc.email === previousDoc.email || doc._verified) return doc
  const { _verificationToken: token } = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: doc.id } }, req })) as { _verificationToken?: string }
  if (!token) return doc
  const message = emailChangedEmail(token, doc)
  await req.payload.sendEmail({ to: doc.email, subject: message.subject, html: message.html })
  return doc
}
