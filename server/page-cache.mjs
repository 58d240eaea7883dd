import zlib from 'node:zlib'

/**
 * Anonymous GETs of public pages are answered from memory, before Next renders anything.
 * Entries belong to one content revision; when the revision changes (any instance saved
 * content), the whole cache is dropped. Bounded by entry count and bytes (LRU order).
 */
export class PageCache {
  constructor({ maxEntries = 2000, maxBytes = 128 * 1024 * 1024 } = {}) {
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
    this.entries = new Map()
    this.bytes = 0
    this.revision = undefined
    this.hits = 0
    this.misses = 0
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
    if (!entry) {
      this.misses++
      return undefined
    }
    // Refresh LRU position.
    this.entries.delete(key)
    this.entries.set(key, entry)
    this.hits++
    return entry
  }

  /** Stores a rendered page unless the content changed while it was rendered. */
  set(key, entry, renderedAtRevision) {
    if (renderedAtRevision !== this.revision) return false
    const size = entry.body.length
    if (size > this.maxBytes / 8) return false
    const old = this.entries.get(key)
    if (old) {
      this.bytes -= old.body.length
      this.entries.delete(key)
    }
    this.entries.set(key, entry)
    this.bytes += size
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value
      this.entries.delete(oldestKey)
      this.bytes -= oldest.body.length
    }
    return true
  }
}

const privateCookie = /(?:^|;\s*)payload-token=/

/** Next's RSC requests vary on these headers; they are part of the key. */
const varyHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']

export function cacheKey(req, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  if (req.headers.cookie && privateCookie.test(req.headers.cookie)) return undefined
  if (req.headers.authorization) return undefined
  const path = url.pathname
  const isPublicPage = /^\/(en|ru)(\/|$)/.test(path) && !/^\/(en|ru)\/account(\/|$)/.test(path)
  if (!isPublicPage && path !== '/sitemap.xml' && path !== '/robots.txt') return undefined
  if (url.search.length > 512) return undefined
  const vary = varyHeaders.map((h) => req.headers[h] ?? '').join('|')
  return `${path}${url.search}#${vary}`
}

/** Picks the best encoding the client accepts among those we produce. */
export function chooseEncoding(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br'
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip'
  return 'identity'
}

export function encode(body, encoding) {
  if (encoding === 'br') return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: 6 })
  return body
}
