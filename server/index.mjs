/**
 * The platform's HTTP entry: one Node server in front of Next (admin, API and site).
 * It adds security headers to every response (with a CSP nonce where scripts run), refuses
 * cross-site writes, sends `/` to the reader's language, serves public pages without client
 * scripts, and answers anonymous public GETs from an in-memory page cache that is dropped
 * whenever content changes on any instance.
 *
 * It also counts item views and file downloads (server/usage.mjs) and hands the counts to
 * the app every USAGE_FLUSH_MS through /api/usage/ingest, with a per-process token.
 *
 * It reads only PORT, HOST, PUBLIC_URL, CACHE_POLL_MS, USAGE_FLUSH_MS and NODE_ENV (and
 * sets USAGE_INGEST_TOKEN for the app); the app's full configuration is validated in
 * src/env.ts.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import next from 'next'
import { PageCache, cacheKey, chooseEncoding, encode, encodeAll, isPublicPage, notFoundMarker, stripClientScripts } from './page-cache.mjs'
import { contentSecurityPolicy, isCrossSiteWrite, newNonce, securityHeaders } from './security.mjs'
import { UsageRecorder, mayCount, usageTarget } from './usage.mjs'

const locales = ['en', 'ru']
const passThroughPrefixes = /^\/(en|ru|admin|api|_next|forms|cite|oai)(\/|$)|^\/(favicon\.svg|favicon\.ico|sitemap\.xml|robots\.txt)$/

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

export async function createServer({ dev = process.env.NODE_ENV !== 'production', port = Number(process.env.PORT ?? 3000), hostname = process.env.HOST ?? '0.0.0.0' } = {}) {
  const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '')
  const allowedOrigins = [new URL(publicUrl).origin]
  const https = publicUrl.startsWith('https:')
  const pollMs = Math.max(100, Number(process.env.CACHE_POLL_MS ?? 1000))
  const usageFlushMs = Math.max(100, Number(process.env.USAGE_FLUSH_MS ?? 5000))
  // Only this process knows the token: the ingest route accepts counts from nobody else.
  process.env.USAGE_INGEST_TOKEN ||= randomBytes(24).toString('hex')
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const cache = new PageCache()
  const headersFor = (nonce, path) => securityHeaders(contentSecurityPolicy(nonce, { admin: path.startsWith('/admin'), dev }), { https })
  // Public pages carry no scripts (see stripClientScripts), so their headers never change.
  const publicPageHeaders = securityHeaders(contentSecurityPolicy(undefined), { https })

  async function pollRevision() {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/content-revision`)
      if (res.ok) cache.setRevision((await res.json()).revision)
    } catch {
      // The next poll tries again; meanwhile the cache keeps the last known revision.
    }
  }

  function send(req, res, status, headers, bodies, state) {
    const encoding = bodies.identity.length > 512 ? chooseEncoding(req.headers['accept-encoding']) : 'identity'
    const body = bodies[encoding] ?? encode(bodies.identity, encoding)
    const out = { ...headers, 'content-length': body.length, 'x-page-cache': state }
    if (encoding !== 'identity') out['content-encoding'] = encoding
    res.writeHead(status, out)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /**
   * Lets Next render a public page, takes the bytes, removes the client scripts, stores the
   * result when it is cacheable, and sends it. Nothing of Next's response goes out as is.
   */
  function renderPublic(req, res, key) {
    const revisionAtStart = cache.revision
    const chunks = []
    const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    const originalEnd = res.end.bind(res)
    const originalWriteHead = res.writeHead.bind(res)
    res.writeHead = (code, ...rest) => {
      res.statusCode = code
      const headerArg = rest.find((r) => r && typeof r === 'object')
      if (headerArg) for (const [k, v] of Object.entries(headerArg)) res.setHeader(k, v)
      return res
    }
    res.write = (chunk, encoding) => {
      if (chunk) chunks.push(toBuffer(chunk, encoding))
      return true
    }
    res.end = (chunk, encoding) => {
      if (chunk && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding))
      res.writeHead = originalWriteHead
      res.end = originalEnd
      const headers = {}
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'vary', 'cache-control', 'x-powered-by', 'link'].includes(name)) headers[name] = value
        res.removeHeader(name)
      }
      let body = Buffer.concat(chunks)
      let status = res.statusCode
      if (String(headers['content-type'] ?? '').startsWith('text/html')) {
        let html = stripClientScripts(body.toString('utf8'))
        // Pages say "not found" with a marker (see NotFoundView); it becomes the status code.
        if (html.includes(notFoundMarker)) {
          status = 404
          html = html.replace(notFoundMarker, '')
        }
        body = Buffer.from(html)
      }
      const storable = key && status === 200 && !headers['set-cookie']
      Object.assign(headers, publicPageHeaders, {
        vary: 'Accept-Encoding',
        'cache-control': key ? 'public, max-age=0, must-revalidate' : 'private, no-store',
      })
      if (storable) {
        const entry = { headers, bodies: encodeAll(body) }
        cache.set(key, entry, revisionAtStart)
        return send(req, res, status, headers, entry.bodies, 'miss')
      }
      return send(req, res, status, headers, { identity: body }, key ? 'miss' : 'private')
    }
    // The body must reach us uncompressed; we encode per client on the way out.
    delete req.headers['accept-encoding']
    return handle(req, res)
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
      const target = usageTarget({ method: req.method, path, status: res.statusCode, range: req.headers.range })
      if (!target) return
      const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim()
      usage.record({ address: forwarded || req.socket.remoteAddress, userAgent: req.headers['user-agent'] }, target)
    })
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const path = url.pathname
      countUsage(req, res, path)

      if (isCrossSiteWrite(req, allowedOrigins)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', ...headersFor(newNonce(), path) })
        return res.end('Cross-site request refused / Межсайтовый запрос отклонён')
      }
      if (path === '/' || !passThroughPrefixes.test(path)) {
        // `/` and unknown top-level paths go to the reader's language (404s are then localized).
        const locale = negotiate(req.headers['accept-language'])
        const target = path === '/' ? `/${locale}${url.search}` : `/${locale}${path}${url.search}`
        res.writeHead(302, { location: target, vary: 'Accept-Language', 'cache-control': 'no-store', ...publicPageHeaders })
        return res.end()
      }
      // Pages need their own path for the language switch and hreflang (never trusted from outside).
      req.headers['x-pp-path'] = `${path}${url.search}`
      // Any write through this instance drops its cache at once; other instances follow on their next poll.
      if (req.method !== 'GET' && req.method !== 'HEAD') cache.clear()

      const isRead = req.method === 'GET' || req.method === 'HEAD'
      if (!dev && isRead && (isPublicPage(path) || path === '/sitemap.xml' || path === '/robots.txt')) {
        delete req.headers['content-security-policy']
        const key = cache.revision !== undefined ? cacheKey(req, url) : undefined
        const entry = key && cache.get(key)
        if (entry) return send(req, res, 200, entry.headers, entry.bodies, 'hit')
        return renderPublic(req, res, key)
      }

      // Admin, API and development: Next's scripts run, each response with its own nonce,
      // which Next reads from the request's CSP header and puts on its scripts.
      const nonce = newNonce()
      const headers = headersFor(nonce, path)
      req.headers['content-security-policy'] = headers['content-security-policy']
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
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
  return { server, cache, url: publicUrl, flushUsage }
}
