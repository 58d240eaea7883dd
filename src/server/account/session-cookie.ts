import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'
import type { Payload } from 'payload'

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
