import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { isLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { languageCookie } from '@/server/account/session-cookie'

/**
 * One language per account: when people change their own account's language (`preferredLanguage`,
 * the one their e-mails are written in) in the admin, the admin switches to it at once. Payload
 * keeps the admin's language only in a cookie (its own language switch sets it, otherwise the
 * browser's language applies), so the answer to the save sets that cookie: REST, which the admin
 * saves through, sends `req.responseHeaders` with its response.
 */
export const adminLanguageOnChange: CollectionAfterChangeHook<User> = ({ doc, previousDoc, operation, req }) => {
  const own = req.user?.collection === 'users' && String(req.user.id) === String(doc.id)
  if (operation !== 'update' || !own || doc.preferredLanguage === previousDoc?.preferredLanguage || !isLocale(doc.preferredLanguage)) return doc
  setAdminLanguage(req, doc.preferredLanguage)
  return doc
}

/** Adds the admin-language cookie to the answer of the request (REST sends `req.responseHeaders`). */
export function setAdminLanguage(req: PayloadRequest, language: unknown): void {
  if (!isLocale(language)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.append('set-cookie', languageCookie(language))
  req.responseHeaders = headers
}
