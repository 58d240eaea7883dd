import { locales } from '@/i18n/locales'
import { formErrorKeys, formNoticeKeys } from '@/server/account/form-status'
import { eventListParams, eventListValues } from '@/server/events/event-params'
import { contactNoticeParam, contactSentValue } from '@/server/contact/contact-notice'
import { maxPageDepth, sectionSegments } from '@/server/content/page-paths'
import { ZRepositoryQuery } from '@/server/search-index/search-params'
import { ZTrainerFilters } from '@/server/academy/trainer-rules'

/**
 * The HTTP front's one route table: which paths the app answers, which are public pages,
 * which of those may be cached for anonymous readers, and which query parameters each page
 * reads (taken from the pages' own parsers, so the cache key cannot drift from the page).
 */
const localePrefix = new RegExp(`^/(${locales.join('|')})(/|$)`)
// brand/: the logo's images (touch icon, social images) in public/brand; preview/: editors' draft preview.
const appPrefix = /^\/(admin|api|_next|forms|cite|oai|brand|preview)(\/|$)/
const rootFiles = new Set(['/favicon.svg', '/favicon.ico', '/sitemap.xml', '/robots.txt'])
const cacheableRootFiles = new Set(['/sitemap.xml', '/robots.txt'])
const accountArea = new RegExp(`^/(${locales.join('|')})/account(/|$)`)
/**
 * Account pages the front renders once per set of roles for signed-in people (filling in each
 * person's details, see server/account/viewer.ts): the profile, and the members' directory.
 */
const personalPages = new RegExp(`^/(${locales.join('|')})/account/(profile|contact-points)$`)

/**
 * One person's own pages that the front keeps for that person alone (keyed by the person,
 * dropped with every new revision, which member data writes too): the dashboard, the
 * Action-Plan monitoring and a state's list of reports. Learning pages are not among them: a
 * signed-in learner's page is rendered for each request and never comes from the page cache
 * (issue #11), so it always shows the progress just saved.
 */
const pageSegment = '[a-z0-9]+(?:-[a-z0-9]+)*'
const ownCachedPages = new RegExp(`^/(${locales.join('|')})/account(/action-plan(/reports/\\d{1,12})?)?$`)

/**
 * Pages rendered for each request and never kept in the page cache: about one person (an
 * event's registration page: their registration, their state's delegation), or answering a
 * query the cache key does not hold (a letter's verification by its reference number), or
 * answering for a record that changes without a page revision (a certificate, once revoked).
 */
const ownPages = new RegExp(`^/(${locales.join('|')})/(events/[^/]+/register|letters/verify|verify(/[^/]+)?)$`)

/** One person's own pages, cached for that person alone (see ownCachedPages). */
export function isOwnCachedPage(path: string): boolean {
  return ownCachedPages.test(path)
}

/** Paths the app answers; anything else is sent to the reader's language first. */
export function isAppPath(path: string): boolean {
  return localePrefix.test(path) || appPrefix.test(path) || rootFiles.has(path)
}

/** Pages of the public site in either language (rendered without client scripts). */
export function isPublicPage(path: string): boolean {
  return localePrefix.test(path) || cacheableRootFiles.has(path)
}

/** Public pages that may be answered from the anonymous cache (not the account area). */
export function isCacheablePath(path: string): boolean {
  return (localePrefix.test(path) && !accountArea.test(path) && !ownPages.test(path)) || cacheableRootFiles.has(path)
}

/** Personal pages: shared by everyone signed in with the same roles, never by visitors. */
export function isPersonalPage(path: string): boolean {
  return personalPages.test(path)
}

const searchPageParams = Object.keys(ZRepositoryQuery.shape)
/** Pages made in the admin (src/server/content/page-paths.ts): any address outside the site's own sections. */
const freePagePath = new RegExp(`^/(${locales.join('|')})/(?!(?:${sectionSegments.join('|')})(?:/|$))${pageSegment}(?:/${pageSegment}){0,${maxPageDepth - 1}}$`)

/** `values`: a parameter read only for these values; any other value is the page without it. */
const pageParams: { path: RegExp; params: readonly string[]; values?: Record<string, readonly string[]> }[] = [
  // The repository, the site search and the Academy's library (a view of the repository).
  { path: new RegExp(`^/(${locales.join('|')})/(repository|search|academy/library)$`), params: searchPageParams },
  // The trainers' directory (src/server/academy/trainer-rules.ts ZTrainerFilters), and a trainer's contact form.
  { path: new RegExp(`^/(${locales.join('|')})/academy/trainers$`), params: Object.keys(ZTrainerFilters.shape) },
  { path: new RegExp(`^/(${locales.join('|')})/academy/trainers/${pageSegment}$`), params: [contactNoticeParam], values: { [contactNoticeParam]: [contactSentValue] } },
  // The events list and its feed (src/server/events/event-params.ts).
  { path: new RegExp(`^/(${locales.join('|')})/events$`), params: eventListParams, values: eventListValues },
  { path: new RegExp(`^/(${locales.join('|')})/events/calendar\\.ics$`), params: ['type'] },
  // The news list reads its page number (src/app/(frontend)/[locale]/news/page.tsx).
  { path: new RegExp(`^/(${locales.join('|')})/news$`), params: ['page'] },
  // A page's contact form confirms a sent message (src/blocks/ContactForm/Component.tsx).
  { path: freePagePath, params: [contactNoticeParam], values: { [contactNoticeParam]: [contactSentValue] } },
  // The profile shows how its form went (src/components/Form FormStatus).
  { path: new RegExp(`^/(${locales.join('|')})/account/profile$`), params: ['error', 'notice'], values: { error: Object.keys(formErrorKeys), notice: Object.keys(formNoticeKeys) } },
  // The monitoring reads its period and shows how a form went (src/app/(frontend)/[locale]/account/action-plan/page.tsx).
  { path: new RegExp(`^/(${locales.join('|')})/account/action-plan$`), params: ['period', 'error', 'notice'], values: { error: Object.keys(formErrorKeys), notice: Object.keys(formNoticeKeys) } },
  { path: new RegExp(`^/(${locales.join('|')})/account/action-plan/reports/\\d{1,12}$`), params: ['state', 'error', 'notice'], values: { error: Object.keys(formErrorKeys), notice: Object.keys(formNoticeKeys) } },
]

/** The query parameters a public page reads; every other parameter changes nothing on it. */
export function paramsReadBy(path: string): readonly string[] {
  return pageParams.find((p) => p.path.test(path))?.params ?? []
}

/** Whether a page reads this value of one of its parameters (some read only a few values). */
export function pageReadsValue(path: string, param: string, value: string): boolean {
  const values = pageParams.find((p) => p.path.test(path))?.values?.[param]
  return !values || values.includes(value)
}

/** The SCORM origin's addresses (src/server/learning/scorm-serve.ts): served there only, never on the platform's origin. */
export const scormPath = /^\/scorm\/[^/]/

/** Repository item pages and edition files: what usage counting watches. */
export const itemPagePattern = new RegExp(`^/(${locales.join('|')})/repository/([^/]+)$`)
export const documentFilePattern = /^\/api\/documents\/file\/([^/]+)$/
/** Upload endpoints (bodies up to the upload limit, only from signed-in clients), and the file addresses. */
export { uploadEndpoint as uploadPattern, uploadFileEndpoint as uploadFilePattern } from '@/server/files/upload-endpoint'
