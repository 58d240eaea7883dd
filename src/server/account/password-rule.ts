import crypto from 'node:crypto'

/** The platform's password rule, applied by every door that sets a password. */
export const minPasswordLength = 10
/** The longest password the site's forms accept (sign-in, sign-up, reset); longer ones could not be used there. */
export const maxPasswordLength = 200

export type TPasswordProblem = 'password-too-short' | 'password-too-long'

/** What is wrong with a new password under the platform's rule, or undefined when it is fine. */
export function passwordProblem(password: string): TPasswordProblem | undefined {
  if (password.length < minPasswordLength) return 'password-too-short'
  if (password.length > maxPasswordLength) return 'password-too-long'
  return undefined
}

/** A strong password to hand over once: 24 characters of base64url, 144 random bits. */
export function generatePassword(): string {
  return crypto.randomBytes(18).toString('base64url')
}
