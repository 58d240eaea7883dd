import type { Payload } from 'payload'

/** The current content revision token (see hooks/bump-content-revision). */
export async function readContentRevision(payload: Payload): Promise<string> {
  const doc = await payload.findGlobal({ slug: 'content-revision', overrideAccess: true, depth: 0 })
  return doc.token ?? 'initial'
}

/**
 * What the page cache's entries belong to: the content revision and the day (UTC). Pages
 * show what depends on the date as well as on content (the access date in a GOST citation,
 * "upcoming" and "past"), so no cached page outlives its day.
 */
export async function pageCacheRevision(payload: Payload, now: Date = new Date()): Promise<string> {
  return `${await readContentRevision(payload)}@${now.toISOString().slice(0, 10)}`
}
