import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { sessionCookieName } from '@/server/account/session-cookie-name'
import { isCacheablePath, isOwnCachedPage, isPersonalPage, pageReadsValue, paramsReadBy } from './routes'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

export type TEncoding = 'identity' | 'gzip' | 'br'
export type TCacheEntry = {
  headers: OutgoingHttpHeaders
  bodies: Partial<Record<TEncoding, Buffer>> & { identity: Buffer }
  key?: string
  pending?: Partial<Record<TEncoding, Promise<Buffer>>>
  /** Holds places for the viewer's own parts: filled in, and encoded, per response. */
  personal?: boolean
}

/**
 * Anonymous GETs of public pages are answered from memory, before Next renders anything.
 * Entries belong to one content revision; when the revision changes (any instance saved
 * content), the whole cache is dropped. Bounded by entry count and bytes (LRU order).
 * An entry is stored uncompressed; each encoding is made once, on its first request, off
 * the main thread (zlib's thread pool), and kept beside it.
 */
export class PageCache {
  readonly maxEntries: number
  readonly maxBytes: number
  private readonly entries = new Map<string, TCacheEntry>()
  /** key → a render in progress: one render per key at a time. */
  private readonly renders = new Map<string, Promise<void>>()
  bytes = 0
  revision: string | undefined = undefined

  constructor({ maxEntries = 2000, maxBytes = 128 * 1024 * 1024 } = {}) {
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
  }

  private readonly memos: Map<string, Promise<unknown>>[] = []

  /** Returns true when the revision changed and the cache was dropped. */
  setRevision(revision: string): boolean {
    if (revision === this.revision) return false
    const changed = this.revision !== undefined
    this.revision = revision
    this.clear()
    return changed
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
    for (const memo of this.memos) memo.clear()
  }

  /**
   * Small values derived from content (a participant's name), kept for as long as the pages
   * are: dropped with them. A failed load is not kept. Bounded like a cache should be.
   */
  memo<T>(maxEntries = 1000): { get: (key: string, load: () => Promise<T>) => Promise<T> } {
    const values = new Map<string, Promise<T>>()
    this.memos.push(values as Map<string, Promise<unknown>>)
    return {
      get: (key, load) => {
        const known = values.get(key)
        if (known) return known
        if (values.size >= maxEntries) values.clear()
        const loading = load()
        values.set(key, loading)
        loading.catch(() => values.get(key) === loading && values.delete(key))
        return loading
      },
    }
  }

  get(key: string): TCacheEntry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Refresh the LRU position.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /**
   * Stores a complete rendered page unless the content changed while it was rendered.
   * An empty body is never stored: no reader may be served nothing from the cache.
   */
  set(key: string, entry: TCacheEntry, renderedAtRevision: string | undefined): boolean {
    if (renderedAtRevision === undefined || renderedAtRevision !== this.revision) return false
    if (!entry.bodies.identity.length) return false
    const size = entrySize(entry)
    if (size > this.maxBytes / 8) return false
    this.remove(key)
    entry.key = key
    this.entries.set(key, entry)
    this.bytes += size
    this.evict()
    return true
  }

  private remove(key: string): void {
    const old = this.entries.get(key)
    if (!old) return
    this.bytes -= entrySize(old)
    this.entries.delete(key)
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.remove(oldest)
    }
  }

  /**
   * The body of an entry in an encoding; made once and kept (and counted) with the entry.
   * Concurrent first requests for one encoding share one compression.
   */
  encoded(entry: TCacheEntry, encoding: TEncoding): Promise<Buffer> {
    const ready = entry.bodies[encoding]
    if (ready) return Promise.resolve(ready)
    entry.pending ??= {}
    entry.pending[encoding] ??= encode(entry.bodies.identity, encoding).then((body) => {
      entry.bodies[encoding] = body
      delete entry.pending?.[encoding]
      // Count the new bytes only while the entry is still the stored one.
      if (entry.key !== undefined && this.entries.get(entry.key) === entry) {
        this.bytes += body.length
        this.evict()
      }
      return body
    })
    return entry.pending[encoding]
  }

  /**
   * Runs `render` unless a render of the same key is already running; then waits for that
   * one instead. Returns true when this call rendered.
   */
  async once(key: string, render: () => Promise<void>): Promise<boolean> {
    const running = this.renders.get(key)
    if (running) {
      // Its failure is that request's; this one then renders for itself.
      await running.catch(() => undefined)
      return false
    }
    const done = Promise.resolve()
      .then(render)
      .finally(() => this.renders.delete(key))
    this.renders.set(key, done)
    await done
    return true
  }
}

function entrySize(entry: TCacheEntry): number {
  return Object.values(entry.bodies).reduce((n, b) => n + (b?.length ?? 0), 0)
}

/**
 * The canonical form of a public page's address: only the parameters the page reads (and
 * only the values it reads), the first value of each (pages read no more), in a fixed
 * order. Other parameters (tracking tags, cache-busting noise) and values change nothing on
 * the page, so they share its cache entry.
 */
export function canonicalPageUrl(url: URL): string {
  if (url.search === '') return url.pathname
  const kept = new URLSearchParams()
  for (const name of paramsReadBy(url.pathname)) {
    const value = url.searchParams.get(name)
    if (value !== null && value !== '' && pageReadsValue(url.pathname, name, value)) kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}

const sessionCookie = new RegExp(`(?:^|;\\s*)${sessionCookieName}=`)
/** Next's draft-mode cookie: an editor's preview shows drafts, so it is rendered for that request alone. */
const draftModeCookie = /(?:^|;\s*)__prerender_bypass=/

/** True when the request carries a session or credentials. */
export function isSignedIn(req: { headers: IncomingHttpHeaders }): boolean {
  return Boolean(req.headers.authorization) || Boolean(req.headers.cookie && sessionCookie.test(req.headers.cookie))
}

/**
 * True when a read may be shared with others of the same audience once its session is known:
 * not with credentials in a header (API clients), not in an editor's draft preview.
 */
export function mayShareRender(req: { headers: IncomingHttpHeaders }): boolean {
  return !req.headers.authorization && !(req.headers.cookie && draftModeCookie.test(req.headers.cookie))
}

/**
 * The cache key of a read of a public page by an audience (`anonymous`, or a set of roles:
 * see audienceOf), or undefined when it is not cacheable. Without an audience, the request's
 * session has not been looked at: only a request without one has a key. Anonymous keys are
 * the page's canonical address; others are prefixed with the audience.
 */
export function cacheKey(req: Pick<IncomingMessage, 'method' | 'headers'>, url: URL, audience?: string): string | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  if (!mayShareRender(req)) return undefined
  if (audience === undefined && isSignedIn(req)) return undefined
  const signedIn = audience !== undefined && audience !== 'anonymous'
  // One person's own pages only under their own partition; shared pages never under one.
  const person = audience !== undefined && audience.startsWith('person:')
  if (isOwnCachedPage(url.pathname) ? !person : person) return undefined
  if (!isCacheablePath(url.pathname) && !(signedIn && (isPersonalPage(url.pathname) || isOwnCachedPage(url.pathname)))) return undefined
  const canonical = canonicalPageUrl(url)
  if (canonical.length > 1024) return undefined
  return audience === undefined || audience === 'anonymous' ? canonical : `${audience} ${canonical}`
}

/**
 * Public pages are read without JavaScript, so they are sent without Next's client
 * runtime: no scripts, no inline RSC payload (which repeats the whole page), no script
 * preloads. That keeps them small and lets their CSP forbid scripts outright. An e2e test
 * runs this on a real Next page and fails if Next's output changes shape.
 */
export function stripClientScripts(html: string): string {
  return (
    html
      // Structured data (JSON-LD) stays: it is data, never executed.
      .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/gi, '')
      .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, '')
  )
}

/** Rendered by src/components/NotFoundView.tsx (a unit test keeps the two in step). */
export const notFoundMarker = '<template data-marker="pp-status-404"></template>'

/** Rendered by src/components/NoStore.tsx: a page that must be rendered for each request is never kept. */
export const noStoreMarker = '<template data-marker="pp-no-store"></template>'

/** Picks the best encoding the client accepts among those we produce. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined = ''): TEncoding {
  // Encodings the client lists without refusing them (q=0 refuses).
  const accepted = new Set(
    String(acceptEncoding)
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return 'identity'
}

/**
 * Compresses on zlib's thread pool, at levels that cost a few milliseconds per page
 * (brotli 11 costs ~30x more for a few per cent), so a burst of misses cannot stall the
 * event loop that serves the hits.
 */
export function encode(body: Buffer, encoding: TEncoding): Promise<Buffer> {
  if (encoding === 'br') return brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  if (encoding === 'gzip') return gzip(body, { level: 6 })
  return Promise.resolve(body)
}
