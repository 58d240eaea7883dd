/**
 * The platform's HTTP entry: one Node server in front of Next (admin, API and site).
 * It refuses malformed, oversized and cross-site requests before anything reads them, adds
 * security headers to every response (with a CSP nonce where scripts run), sends `/` to the
 * reader's language, serves public pages without client scripts, and answers anonymous
 * public GETs from an in-memory page cache that is dropped whenever content changes on any
 * instance.
 *
 * It also counts item views and file downloads (server/usage.mjs) and hands the counts to
 * the app every USAGE_FLUSH_MS through /api/usage/ingest, with a per-process token.
 *
 * It reads only PORT, HOST, PUBLIC_URL, CACHE_POLL_MS, USAGE_FLUSH_MS, TRUST_PROXY and
 * NODE_ENV (and sets USAGE_INGEST_TOKEN for the app); the app's full configuration is
 * validated in src/env.ts.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import next from 'next'
import { PageCache, cacheKey, canonicalPageUrl, chooseEncoding, encode, isCacheablePath, isSignedIn, notFoundMarker, stripClientScripts } from './page-cache.mjs'
import { clientAddress, refusal } from './request-guard.mjs'
import { contentSecurityPolicy, isCrossSiteWrite, newNonce, securityHeaders } from './security.mjs'
import { UsageRecorder, mayCount, usageTarget } from './usage.mjs'

const locales = ['en', 'ru']
const passThroughPrefixes = /^\/(en|ru|admin|api|_next|forms|cite|oai)(\/|$)|^\/(favicon\.svg|favicon\.ico|sitemap\.xml|robots\.txt)$/
/** Headers of Next's response that the front sets itself (or must not pass on). */
const replacedHeaders = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'vary', 'cache-control', 'x-powered-by', 'link'])

function negotiate(acceptLanguage = '') {
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index }
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked.map((r) => r.lang).find((l) => locales.includes(l)) ?? 'en'
}

/** A poll that never runs twice at once; a call during a poll asks for one more after it. */
function coalesced(poll) {
  let running
  let again = false
  return function run() {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await poll()
      } while (again)
    })().finally(() => {
      running = undefined
    })
    return running
  }
}

export async function createServer({ dev = process.env.NODE_ENV !== 'production', port = Number(process.env.PORT ?? 3000), hostname = process.env.HOST ?? '0.0.0.0' } = {}) {
  const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '')
  const allowedOrigins = [new URL(publicUrl).origin]
  const https = publicUrl.startsWith('https:')
  const pollMs = Math.max(100, Number(process.env.CACHE_POLL_MS ?? 1000))
  const usageFlushMs = Math.max(100, Number(process.env.USAGE_FLUSH_MS ?? 5000))
  const trustedProxies = Math.max(0, Number(process.env.TRUST_PROXY ?? 0) || 0)
  // Only this process knows the token: the ingest route accepts counts from nobody else.
  process.env.USAGE_INGEST_TOKEN ||= randomBytes(24).toString('hex')
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const cache = new PageCache()
  const headersFor = (nonce, path) => securityHeaders(contentSecurityPolicy(nonce, { admin: path.startsWith('/admin'), dev }), { https })
  // Public pages carry no scripts (see stripClientScripts), so their headers never change.
  const publicPageHeaders = securityHeaders(contentSecurityPolicy(undefined), { https })

  const pollRevision = coalesced(async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/content-revision`)
      if (res.ok) cache.setRevision((await res.json()).revision)
    } catch {
      // The next poll tries again; meanwhile the cache keeps the last known revision.
    }
  })
  /** Set while a poll runs that a successful write asked for: reads wait for it. */
  let revisionCheck

  async function send(req, res, status, headers, entry, state) {
    const identity = entry.bodies.identity
    const encoding = identity.length > 512 ? chooseEncoding(res.pp.acceptEncoding) : 'identity'
    const body = entry.key ? await cache.encoded(entry, encoding) : await encode(identity, encoding)
    const out = { ...headers, 'content-length': body.length, 'x-page-cache': state }
    if (encoding !== 'identity') out['content-encoding'] = encoding
    res.writeHead(status, out)
    res.end(res.pp.method === 'HEAD' ? undefined : body)
  }

  /**
   * Lets Next render a public page into a buffer, removes the client scripts, stores the
   * result when it is cacheable, and sends it. Nothing of Next's response goes out as is.
   * Resolves once the response is sent.
   */
  function renderPublic(req, res, key) {
    const revisionAtStart = cache.revision
    return new Promise((resolve, reject) => {
      const restore = captureResponse(res, ({ status, headers: nextHeaders, body }) => {
        const headers = {}
        for (const [name, value] of Object.entries(nextHeaders)) if (!replacedHeaders.has(name)) headers[name] = value
        if (String(headers['content-type'] ?? '').startsWith('text/html')) {
          let html = stripClientScripts(body.toString('utf8'))
          // Pages say "not found" with a marker (see NotFoundView); it becomes the status code.
          if (html.includes(notFoundMarker)) {
            status = 404
            html = html.replace(notFoundMarker, '')
          }
          body = Buffer.from(html)
        }
        Object.assign(headers, publicPageHeaders, {
          vary: 'Accept-Encoding',
          'cache-control': key ? 'public, max-age=0, must-revalidate' : 'private, no-store',
        })
        const entry = { headers, bodies: { identity: body } }
        // Only a complete, successful, non-empty GET render without cookies is kept.
        if (key && status === 200 && !headers['set-cookie']) cache.set(key, entry, revisionAtStart)
        send(req, res, status, headers, entry, key ? 'miss' : 'private').then(resolve, reject)
      })
      // The body must reach us uncompressed; we encode per client on the way out.
      delete req.headers['accept-encoding']
      // A HEAD is rendered as the GET it describes, so its headers are the GET's.
      req.method = 'GET'
      Promise.resolve(handle(req, res)).catch((error) => {
        restore()
        reject(error)
      })
    })
  }

  async function servePublic(req, res, url) {
    const key = cache.revision !== undefined ? cacheKey(req, url) : undefined
    // The page sees only its canonical address (what the cache key says it reads).
    req.headers['x-pp-path'] = isCacheablePath(url.pathname) ? canonicalPageUrl(url) : `${url.pathname}${url.search}`
    if (!key) return renderPublic(req, res, undefined)
    if (revisionCheck) await revisionCheck
    const entry = cache.get(key)
    if (entry) return send(req, res, 200, entry.headers, entry, 'hit')
    const rendered = await cache.once(key, () => renderPublic(req, res, key))
    if (rendered) return
    // Another request rendered this page meanwhile: serve its result if it was stored.
    const stored = cache.get(key)
    return stored ? send(req, res, 200, stored.headers, stored, 'hit') : renderPublic(req, res, key)
  }

  const usage = new UsageRecorder()
  async function flushUsage() {
    const events = usage.drain()
    if (events.length === 0) return
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/usage/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-usage-token': process.env.USAGE_INGEST_TOKEN },
        body: JSON.stringify({ events }),
      })
      if (!res.ok) throw new Error(`ingest answered ${res.status}`)
    } catch (error) {
      usage.restore(events)
      console.error('Usage counts not written yet (next flush retries):', error instanceof Error ? error.message : error)
    }
  }
  function countUsage(req, res, path) {
    if (!mayCount(path)) return
    res.once('finish', () => {
      const target = usageTarget({ method: res.pp.method, path, status: res.statusCode, range: req.headers.range, contentRange: res.getHeader('content-range') })
      if (target) usage.record({ address: res.pp.client, userAgent: req.headers['user-agent'] }, target)
    })
  }

  function refuse(req, res, path, status, message) {
    // Beyond any route's limit, the connection is not worth keeping: close it after the answer.
    const hopeless = Number(req.headers['content-length']) > 64 * 1024 * 1024
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...(hopeless ? { connection: 'close' } : {}), ...headersFor(newNonce(), path) })
    res.end(message)
    // A body that is sent anyway is discarded as it arrives (never kept), so the client
    // reads the answer instead of a broken connection.
    req.resume()
  }

  let draining = false
  let inFlight = 0
  const server = http.createServer(async (req, res) => {
    const isOwnIngest = req.headers['x-usage-token'] === process.env.USAGE_INGEST_TOKEN
    if (draining && !isOwnIngest) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', 'retry-after': '1' })
      return res.end('Restarting / Перезапуск')
    }
    if (!isOwnIngest) {
      inFlight++
      res.once('close', () => inFlight--)
    }
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const path = url.pathname
      // What the request said before it is adapted for Next (method, encodings) and who sent it.
      res.pp = { method: req.method, acceptEncoding: req.headers['accept-encoding'], client: clientAddress(req, trustedProxies) }
      const refused = refusal(req, path)
      if (refused) return refuse(req, res, path, ...refused)
      if (isCrossSiteWrite(req, allowedOrigins)) return refuse(req, res, path, 403, 'Cross-site request refused / Межсайтовый запрос отклонён')
      countUsage(req, res, path)

      if (path === '/' || !passThroughPrefixes.test(path)) {
        // `/` and unknown top-level paths go to the reader's language (404s are then localized).
        const locale = negotiate(req.headers['accept-language'])
        const target = path === '/' ? `/${locale}${url.search}` : `/${locale}${path}${url.search}`
        res.writeHead(302, { location: target, vary: 'Accept-Language', 'cache-control': 'no-store', ...publicPageHeaders })
        return res.end()
      }
      // The app sees the client's address only from us (sign-in back-off), never from outside.
      req.headers['x-pp-client'] = res.pp.client
      // Pages need their own path for the language switch and hreflang (never trusted from outside).
      req.headers['x-pp-path'] = `${path}${url.search}`

      const isRead = req.method === 'GET' || req.method === 'HEAD'
      if (!isRead) {
        // Content written through this instance shows on its next read: a successful write
        // makes it look at the revision at once (it changes only when content was saved,
        // so anonymous posts cannot empty the cache). Other instances follow on their poll.
        res.once('finish', () => {
          if (res.statusCode < 400) revisionCheck = pollRevision().finally(() => (revisionCheck = undefined))
        })
      }
      if (!dev && isRead && (path.startsWith('/en') || path.startsWith('/ru') || path === '/sitemap.xml' || path === '/robots.txt')) {
        delete req.headers['content-security-policy']
        return await servePublic(req, res, url)
      }

      // Admin, API and development: Next's scripts run, each response with its own nonce,
      // which Next reads from the request's CSP header and puts on its scripts.
      const nonce = newNonce()
      const headers = headersFor(nonce, path)
      req.headers['content-security-policy'] = headers['content-security-policy']
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
      if (isSignedIn(req) || path.startsWith('/api/documents/file/')) keepPrivate(res)
      await handle(req, res)
    } catch (error) {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Internal error / Внутренняя ошибка')
    }
  })

  await new Promise((resolve) => server.listen(port, hostname, resolve))
  await pollRevision()
  const timer = setInterval(pollRevision, pollMs)
  timer.unref()
  const usageTimer = setInterval(flushUsage, usageFlushMs)
  usageTimer.unref()
  server.on('close', () => {
    clearInterval(timer)
    clearInterval(usageTimer)
  })
  /**
   * Drains the instance: new requests are answered 503 (a load balancer sends them to another
   * instance), requests in flight (uploads too) may finish within `graceMs`, the usage counts
   * are written (through this same listener, which is why it closes last), then it closes.
   */
  async function shutdown(graceMs = 15_000) {
    draining = true
    server.closeIdleConnections()
    const deadline = Date.now() + graceMs
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    await flushUsage()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return { server, cache, url: publicUrl, flushUsage, shutdown }
}

/**
 * Responses for a signed-in person, and files (whose audience can change), must not be kept
 * by browsers' or proxies' shared caches: whatever the app said, they leave as private.
 */
function keepPrivate(res) {
  const writeHead = res.writeHead
  res.writeHead = function privateWriteHead(status, ...rest) {
    res.setHeader('cache-control', 'private, no-store')
    const headerArg = rest.find((r) => r && typeof r === 'object' && !Array.isArray(r))
    if (headerArg) for (const name of Object.keys(headerArg)) if (name.toLowerCase() === 'cache-control') headerArg[name] = 'private, no-store'
    return writeHead.call(this, status, ...rest)
  }
}

/**
 * Lets Next write a response into memory instead of the socket: status and headers are set
 * on the real response (and taken back when Next ends), the body is kept, and `onEnd`
 * receives all three. The real methods are back in place before `onEnd` runs.
 */
function captureResponse(res, onEnd) {
  let restored = false
  const chunks = []
  const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
  const { writeHead, write, end } = res
  res.writeHead = (code, ...rest) => {
    res.statusCode = code
    const headerArg = rest.find((r) => r && typeof r === 'object' && !Array.isArray(r))
    if (headerArg) for (const [k, v] of Object.entries(headerArg)) res.setHeader(k, v)
    return res
  }
  res.write = (chunk, encoding, callback) => {
    if (chunk) chunks.push(toBuffer(chunk, encoding))
    const done = [encoding, callback].find((f) => typeof f === 'function')
    if (done) process.nextTick(done)
    return true
  }
  res.end = (chunk, encoding, callback) => {
    if (chunk && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding))
    restore()
    const headers = {}
    for (const [name, value] of Object.entries(res.getHeaders())) {
      headers[name] = value
      res.removeHeader(name)
    }
    onEnd({ status: res.statusCode, headers, body: Buffer.concat(chunks) })
    const done = [chunk, encoding, callback].find((f) => typeof f === 'function')
    if (done) process.nextTick(done)
    return res
  }
  function restore() {
    if (restored) return
    restored = true
    Object.assign(res, { writeHead, write, end })
  }
  return restore
}
