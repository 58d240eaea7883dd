import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'
import type { Payload } from 'payload'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { languageCookieName } from './session-cookie-name'

/** The same session cookie the admin uses, so one sign-in works across site and admin. */
export function sessionCookie(payload: Payload, token: string): string {
  return generatePayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  }) as string
}

export function expiredSessionCookie(payload: Payload): string {
  return generateExpiredPayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
  }) as string
}

/**
 * The admin's interface language, as Payload's own language switch sets it (a year, the whole
 * site); set from the account's language so that one setting decides e-mails and admin.
 */
export function languageCookie(language: Locale): string {
  return `${languageCookieName}=${language}; Path=/; Max-Age=${365 * 24 * 60 * 60}; SameSite=Lax${env.publicUrl.startsWith('https:') ? '; Secure' : ''}`
}
