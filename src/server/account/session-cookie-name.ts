/**
 * Payload's session cookie is `<cookiePrefix>-token`; the prefix is set here and in the
 * Payload config, so the HTTP front, the page cache and `currentUser()` name the same cookie.
 */
export const cookiePrefix = 'payload'
export const sessionCookieName = `${cookiePrefix}-token`
/** Payload's admin reads its interface language from `<cookiePrefix>-lng` (else the browser's). */
export const languageCookieName = `${cookiePrefix}-lng`
