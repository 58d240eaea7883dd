import crypto from 'node:crypto'

/**
 * The contact form's token: when the form was made and for which page, signed with the
 * app's secret. It refuses blind posts (a bot that never loaded a form has none), and it
 * lets a too-quick submission be told apart.
 *
 * Pages with the form are kept in the page cache until the end of their day (UTC), so a
 * form may be handed out up to 24 hours after its token was made, and a visitor may then
 * keep the tab open for a while: a token is good for 48 hours. An expired or broken token
 * costs the visitor nothing: the answer keeps every value and carries a fresh token.
 *
 * The quickest submission is measured from the token's time. On a form fresh from the
 * server that is the time the visitor had; on a cached one it is longer, so the check can
 * only let more through, never refuse a person.
 */
export const tokenLifetimeMs = 48 * 60 * 60 * 1000
export const minFillMs = 3 * 1000
/** Instances' clocks may differ a little: a token from up to a minute ahead is fine. */
const clockSkewMs = 60 * 1000

export type TTokenCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' | 'too-fast' }

function signingKey(secret: string): Buffer {
  // A key for this purpose only: a signature made here means nothing elsewhere.
  return crypto.createHmac('sha256', secret).update('prague-process/contact-form-token/v1').digest()
}

function signature(secret: string, pagePath: string, issuedAt: number): string {
  return crypto.createHmac('sha256', signingKey(secret)).update(`${issuedAt}|${pagePath}`).digest('base64url')
}

export function signContactToken(secret: string, pagePath: string, issuedAt: number): string {
  const at = Math.floor(issuedAt)
  return `${at.toString(36)}.${signature(secret, pagePath, at)}`
}

export function checkContactToken(secret: string, token: string, pagePath: string, now: number): TTokenCheck {
  const match = /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'invalid' }
  const issuedAt = parseInt(match[1], 36)
  const expected = Buffer.from(signature(secret, pagePath, issuedAt))
  const given = Buffer.from(match[2])
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
  if (issuedAt > now + clockSkewMs) return { ok: false, reason: 'invalid' }
  if (now - issuedAt > tokenLifetimeMs) return { ok: false, reason: 'expired' }
  if (now - issuedAt < minFillMs) return { ok: false, reason: 'too-fast' }
  return { ok: true }
}
