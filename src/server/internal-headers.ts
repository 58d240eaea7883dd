/**
 * Request headers by which the HTTP front (src/http) tells the app what it knows. The front
 * deletes every `x-pp-*` header a client sends, so the app can trust these.
 */
export const internalHeaders = {
  /** The page's canonical address (language switch, hreflang). */
  path: 'x-pp-path',
  /** The client's address (sign-in back-off, contact form limits). */
  client: 'x-pp-client',
  /** Set on a render the front shares among everyone with the same roles (see server/account/viewer.ts). */
  viewer: 'x-pp-viewer',
  /** One's own page: the token under which the front left the session's account for the render (TSessionBridge.resolve). */
  session: 'x-pp-session',
  /** The content revision the front's page cache is at: what the app may memoize content by. */
  revision: 'x-pp-revision',
} as const
