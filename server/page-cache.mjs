import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

/**
 * Anonymous GETs of public pages are answered from memory, before Next renders anything.
 * Entries belong to one content revision; when the revision changes (any instance saved
 * content), the whole cache is dropped. Bounded by entry count and bytes (LRU order).
 * An entry is stored uncompressed; each encoding is made once, on its first request, off
 * the main thread (zlib's thread pool), and kept beside it.
 */
export class PageCache {
  constructor({ maxEntries = 2000, maxBytes = 128 * 1024 * 1024 } = {}) {
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
    this.entries = new Map()
    this.bytes = 0
    this.revision = undefined
    /** key → promise of a render in progress: one render per key at a time. */
    this.renders = new Map()
  }

  /** Returns true when the revision changed and the cache was dropped. */
  setRevision(revision) {
    if (revision === this.revision) return false
    const changed = this.revision !== undefined
    this.revision = revision
    this.clear()
    return changed
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
  }

  get(key) {
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
  set(key, entry, renderedAtRevision) {
    if (renderedAtRevision === undefined || renderedAtRevision !== this.revision) return false
    if (!entry.bodies?.identity?.length) return false
    const size = entrySize(entry)
    if (size > this.maxBytes / 8) return false
    this.remove(key)
    entry.key = key
    this.entries.set(key, entry)
    this.bytes += size
    this.evict()
    return true
  }

  remove(key) {
    const old = this.entries.get(key)
    if (!old) return
    this.bytes -= entrySize(old)
    this.entries.delete(key)
  }

  evict() {
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldestKey] = this.entries.keys()
      this.remove(oldestKey)
    }
  }

  /**
   * The body of an entry in an encoding; made once and kept (and counted) with the entry.
   * Concurrent first requests for one encoding share one compression.
   */
  async encoded(entry, encoding) {
    if (entry.bodies[encoding]) return entry.bodies[encoding]
    entry.pending ??= {}
    entry.pending[encoding] ??= encode(entry.bodies.identity, encoding).then((body) => {
      entry.bodies[encoding] = body
      delete entry.pending[encoding]
      // Count the new bytes only while the entry is still the stored one.
      if (this.entries.get(entry.key) === entry) {
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
  async once(key, render) {
    const running = this.renders.get(key)
    if (running) {
      await running
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

function entrySize(entry) {
  return Object.values(entry.bodies).reduce((n, b) => n + (b?.length ?? 0), 0)
}

/** Public pages: both languages, outside the member area. */
export function isPublicPage(path) {
  return /^\/(en|ru)(\/|$)/.test(path)
}

/** The query parameters each kind of public page reads; every other parameter is ignored. */
const searchPageParams = ['q', 'type', 'area', 'country', 'language', 'from', 'to', 'sort', 'page']
const pageParams = [
  { path: /^\/(en|ru)\/(repository|search)$/, params: searchPageParams },
  { path: /^\/(en|ru)\/news$/, params: ['page'] },
]

/**
 * The canonical form of a public page's address: only the parameters the page reads, the
 * first value of each (pages read no more), in a fixed order. Other parameters (tracking
 * tags, cache-busting noise) change nothing on the page, so they share its cache entry.
 */
export function canonicalPageUrl(url) {
  const names = pageParams.find((p) => p.path.test(url.pathname))?.params ?? []
  const kept = new URLSearchParams()
  for (const name of names) {
    const value = url.searchParams.get(name)
    if (value !== null && value !== '') kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}

const privateCookie = /(?:^|;\s*)payload-token=/

/** True when the request carries a session or credentials: such requests are never cached. */
export function isSignedIn(req) {
  return Boolean(req.headers.authorization) || Boolean(req.headers.cookie && privateCookie.test(req.headers.cookie))
}

export function isCacheablePath(path) {
  return (isPublicPage(path) && !/^\/(en|ru)\/account(\/|$)/.test(path)) || path === '/sitemap.xml' || path === '/robots.txt'
}

/** The cache key of an anonymous read of a public page, or undefined when it is not cacheable. */
export function cacheKey(req, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  if (isSignedIn(req) || !isCacheablePath(url.pathname)) return undefined
  const canonical = canonicalPageUrl(url)
  return canonical.length > 1024 ? undefined : canonical
}

/**
 * Public pages are read without JavaScript, so they are sent without Next's client
 * runtime: no scripts, no inline RSC payload (which repeats the whole page), no script
 * preloads. That keeps them small and lets their CSP forbid scripts outright.
 */
export function stripClientScripts(html) {
  return html
    // Structured data (JSON-LD) stays: it is data, never executed.
    .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, '')
}

/** Rendered by src/components/NotFoundView.tsx (a unit test keeps the two in step). */
export const notFoundMarker = '<template data-marker="pp-status-404"></template>'

/** Picks the best encoding the client accepts among those we produce. */
export function chooseEncoding(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br'
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip'
  return 'identity'
}

/**
 * Compresses on zlib's thread pool, at levels that cost a few milliseconds per page
 * (brotli 11 costs ~30x more for a few per cent), so a burst of misses cannot stall the
 * event loop that serves the hits.
 */
export function encode(body, encoding) {
  if (encoding === 'br') return brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  if (encoding === 'gzip') return gzip(body, { level: 6 })
  return Promise.resolve(body)
}
