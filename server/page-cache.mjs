import zlib from 'node:zlib'

/**
 * Anonymous GETs of public pages are answered from memory, before Next renders anything.
 * Entries belong to one content revision; when the revision changes (any instance saved
 * content), the whole cache is dropped. Bounded by entry count and bytes (LRU order).
 * Each entry keeps its body identity-, gzip- and brotli-encoded, made once when stored.
 */
export class PageCache {
  constructor({ maxEntries = 2000, maxBytes = 128 * 1024 * 1024 } = {}) {
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
    this.entries = new Map()
    this.bytes = 0
    this.revision = undefined
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

  /** Stores a rendered page unless the content changed while it was rendered. */
  set(key, entry, renderedAtRevision) {
    if (renderedAtRevision === undefined || renderedAtRevision !== this.revision) return false
    const size = entrySize(entry)
    if (size > this.maxBytes / 8) return false
    const old = this.entries.get(key)
    if (old) {
      this.bytes -= entrySize(old)
      this.entries.delete(key)
    }
    this.entries.set(key, entry)
    this.bytes += size
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value
      this.entries.delete(oldestKey)
      this.bytes -= entrySize(oldest)
    }
    return true
  }
}

function entrySize(entry) {
  return Object.values(entry.bodies ?? { identity: entry.body }).reduce((n, b) => n + (b?.length ?? 0), 0)
}

/** Public pages: both languages, outside the member area. */
export function isPublicPage(path) {
  return /^\/(en|ru)(\/|$)/.test(path)
}

const privateCookie = /(?:^|;\s*)payload-token=/

export function cacheKey(req, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  if (req.headers.cookie && privateCookie.test(req.headers.cookie)) return undefined
  if (req.headers.authorization) return undefined
  const path = url.pathname
  const cacheable = (isPublicPage(path) && !/^\/(en|ru)\/account(\/|$)/.test(path)) || path === '/sitemap.xml' || path === '/robots.txt'
  if (!cacheable) return undefined
  if (url.search.length > 512) return undefined
  return `${path}${url.search}`
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

export function encodeAll(body) {
  return {
    identity: body,
    gzip: zlib.gzipSync(body, { level: 9 }),
    br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
  }
}

export function encode(body, encoding) {
  if (encoding === 'br') return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: 6 })
  return body
}
