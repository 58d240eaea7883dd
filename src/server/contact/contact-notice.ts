/**
 * After a message is sent the visitor is sent back to the page with `?contact=sent`, which
 * the contact form block shows as a confirmation. The HTTP front's page cache keys free
 * pages on this parameter with this one value only (src/http/routes.ts): any other value is
 * the plain page, so nobody can fill the cache with made-up addresses.
 */
export const contactNoticeParam = 'contact'
export const contactSentValue = 'sent'

/** The element the confirmation is in: the redirect's fragment moves focus and view to it. */
export const contactStatusId = 'contact-status'

/** True when a page address (path and query, as the front hands it over) asks for the confirmation. */
export function isContactSent(pathWithQuery: string): boolean {
  const query = pathWithQuery.includes('?') ? pathWithQuery.slice(pathWithQuery.indexOf('?') + 1) : ''
  return new URLSearchParams(query).get(contactNoticeParam) === contactSentValue
}
