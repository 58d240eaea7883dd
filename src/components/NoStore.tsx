/** The marker by which a page tells the HTTP front (src/http) never to keep it (it removes the marker). */
export const noStoreMarker = 'pp-no-store'

/**
 * For one's own pages the front would otherwise keep (src/http/routes.ts ownCachedPages) that
 * change without a write: a quiz's deadline passes, a SCORM launch expires.
 */
export function NoStore() {
  return <template data-marker={noStoreMarker} />
}
