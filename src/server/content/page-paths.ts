/**
 * Where editor-made pages live: a page's address is its parent's address and its own slug
 * (`/en/about/history`). Top-level slugs that the site's own sections use cannot be taken
 * by a page, or the page would never be reached (or would hide the section).
 */

/** First path segments answered by the site's own routes (src/app/(frontend)/[locale]/…). */
export const sectionSegments = [
  'account',
  'academy',
  'events',
  'governance',
  'letters',
  'meetings',
  'news',
  'participants',
  'projects',
  'repository',
  'search',
  'thematic-areas',
  'verify',
] as const

/** Pages that the site links to by their fixed address (edited in the admin like any other). */
export const fixedPageSlugs = ['about', 'accessibility', 'privacy'] as const

/** How deep pages may nest (a page, its child, its grandchild, …). */
export const maxPageDepth = 4

export type TPathProblem = 'section' | 'depth'

/** Why a page cannot have this path (segments without the language), or undefined when it can. */
export function pagePathProblem(segments: readonly string[]): TPathProblem | undefined {
  if (segments.length > maxPageDepth) return 'depth'
  if ((sectionSegments as readonly string[]).includes(segments[0])) return 'section'
  return undefined
}

/** The page path a request path names (`/about/history` → about/history), or undefined. */
export function pagePathOf(segments: readonly string[]): string | undefined {
  if (!segments.length || segments.length > maxPageDepth) return undefined
  if (segments.some((s) => !isSlug(s))) return undefined
  return segments.join('/')
}

/** The form of every slug (lower-case letters and digits in words joined by single hyphens). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && slugPattern.test(value)
}
