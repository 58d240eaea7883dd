import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Security headers for every response; the CSP carries a fresh nonce that Next puts on its scripts. */
export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64')
}

/**
 * `nonce` undefined means a page sent without scripts (public pages): scripts are refused
 * outright. Otherwise (admin, API, development) Next's scripts carry the nonce.
 */
export function contentSecurityPolicy(nonce: string | undefined, { admin = false, dev = false, scormOrigin = undefined as string | undefined } = {}): string {
  const scriptSrc = nonce ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`] : [`'none'`]
  if (dev) scriptSrc.push(`'unsafe-eval'`)
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc.join(' ')}`,
    // Payload's admin and Next's style injection use style attributes.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    // The admin's live preview frames the site itself; nothing else may frame us.
    `frame-ancestors ${admin ? `'self'` : `'none'`}`,
    // A SCORM lesson frames its player, which runs on the SCORM origin (never on ours).
    `frame-src 'self'${scormOrigin ? ` ${scormOrigin}` : ''}`,
  ].join('; ')
}

/**
 * The SCORM player (on the SCORM origin): the runtime and its start-up, both with the nonce,
 * and nothing else of script; framed only by the platform's lesson pages.
 */
export function scormPlayerPolicy(nonce: string, platformOrigin: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src 'nonce-${nonce}'`, `connect-src 'self'`, `frame-src 'self'`, `base-uri 'none'`, `form-action 'none'`, `frame-ancestors ${platformOrigin}`].join('; ')
}

/**
 * A package's own files: its scripts run as written (inline, eval: authoring tools use both),
 * but may reach nothing beyond the SCORM origin (no beacon or image to elsewhere, no form to
 * elsewhere, no plugin), and are framed only by the player in a lesson page.
 */
export function scormContentPolicy(platformOrigin: string): string {
  return [
    `default-src 'self' data: blob:`,
    `script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `media-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `frame-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    // Every ancestor counts: the player (this origin) and the lesson page (the platform's).
    `frame-ancestors 'self' ${platformOrigin}`,
  ].join('; ')
}

export function securityHeaders(csp: string, { https = false } = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': csp.includes(`frame-ancestors 'none'`) ? 'DENY' : 'SAMEORIGIN',
  }
  if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains'
  return headers
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * CSRF: a state-changing request must come from our own origin. Browsers always send
 * Origin on cross-site POSTs; a request with neither Origin nor Referer is only allowed
 * when it carries no cookie (a script using an API key, not a browser session).
 */
export function isCrossSiteWrite(req: Pick<IncomingMessage, 'method' | 'headers'>, allowedOrigins: string[]): boolean {
  if (!unsafeMethods.has(req.method ?? 'GET')) return false
  const host = req.headers.host
  const own = new Set(allowedOrigins)
  if (host) {
    own.add(`http://${host}`)
    own.add(`https://${host}`)
  }
  const origin = req.headers.origin
  if (origin && origin !== 'null') return !own.has(origin)
  const referer = req.headers.referer
  if (referer) {
    try {
      return !own.has(new URL(referer).origin)
    } catch {
      return true
    }
  }
  if (origin === 'null') return true
  return Boolean(req.headers.cookie)
}
