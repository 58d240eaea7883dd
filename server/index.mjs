/**
 * The platform's HTTP entry: one Node server in front of Next (admin, API and site).
 * It adds security headers and the CSP nonce to every response, refuses cross-site
 * writes, sends `/` to the reader's language, and answers anonymous public GETs from
 * an in-memory page cache that is dropped whenever content changes on any instance.
 *
 * It reads only PORT, HOST, PUBLIC_URL, CACHE_POLL_MS and NODE_ENV; the app's full
 * configuration is validated in src/env.ts.
 */
import http from 'node:http'
import next from 'next'
import { PageCache, cacheKey, chooseEncoding, encode } from './page-cache.mjs'
import { contentSecurityPolicy, isCrossSiteWrite, newNonce, securityHeaders } from './security.mjs'

const locales = ['en', 'ru']
const passThroughPrefixes = /^\/(en|ru|admin|api|_next|forms)(\/|$)|^\/(favicon\.svg|favicon\.ico|sitemap\.xml|robots\.txt)$/

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
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const cache = new PageCache()
  const headersFor = (nonce, path) => securityHeaders(contentSecurityPolicy(nonce, { admin: path.startsWith('/admin'), dev }), { https })

  async function pollRevision() {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/content-revision`, { headers: { 'x-pp-internal': '1' } })
      if (res.ok) cache.setRevision((await res.json()).revision)
    } catch {
      // The next poll tries again; meanwhile the cache keeps the last known revision.
    }
  }

  function sendCached(req, res, entry, nonce) {
    const body = Buffer.from(entry.body.toString('utf8').split(entry.nonce).join(nonce))
    const encoding = chooseEncoding(req.headers['accept-encoding'])
    const payload = encode(body, encoding)
    const headers = { ...entry.headers, ...headersFor(nonce, req.url ?? '/'), 'x-page-cache': entry.hit ? 'hit' : 'miss', 'content-length': payload.length }
    if (encoding !== 'identity') headers['content-encoding'] = encoding
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : payload)
  }

  /** Lets Next render, keeps the bytes, then answers from the new cache entry. */
  function renderAndStore(req, res, url, key, nonce) {
    const revisionAtStart = cache.revision
    const chunks = []
    let status = 200
    const originalWrite = res.write.bind(res)
    const originalEnd = res.end.bind(res)
    const originalWriteHead = res.writeHead.bind(res)
    let passthrough = false
    const restore = () => {
      res.write = originalWrite
      res.end = originalEnd
      res.writeHead = originalWriteHead
    }
    res.writeHead = (code, ...rest) => {
      status = code
      const headerArg = rest.find((r) => r && typeof r === 'object')
      if (headerArg) for (const [k, v] of Object.entries(headerArg)) res.setHeader(k, v)
      return res
    }
    res.write = (chunk, encodingOrCb) => {
      if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encodingOrCb === 'string' ? encodingOrCb : 'utf8'))
      return true
    }
    res.end = (chunk, encodingOrCb) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encodingOrCb === 'string' ? encodingOrCb : 'utf8'))
      restore()
      const body = Buffer.concat(chunks)
      status = res.statusCode !== 200 ? res.statusCode : status
      const contentType = String(res.getHeader('content-type') ?? '')
      const storable = status === 200 && !res.getHeader('set-cookie') && /^(text\/html|text\/x-component|application\/xml|text\/plain)/.test(contentType)
      if (!storable || passthrough) {
        res.statusCode = status
        return originalEnd(body)
      }
      const headers = {}
      for (const name of ['content-type', 'vary', 'content-language', 'link', 'x-nextjs-stale-time', 'x-nextjs-prerender']) {
        const value = res.getHeader(name)
        if (value !== undefined) headers[name] = value
      }
      headers['cache-control'] = 'public, max-age=0, must-revalidate'
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      const entry = { body, headers, nonce, hit: false }
      cache.set(key, { ...entry, hit: true }, revisionAtStart)
      sendCached(req, res, entry, nonce)
      return res
    }
    // The stored body must be identity-encoded; we compress per client on the way out.
    delete req.headers['accept-encoding']
    return handle(req, res)
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const path = url.pathname

      if (isCrossSiteWrite(req, allowedOrigins)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', ...headersFor(newNonce(), path) })
        return res.end('Cross-site request refused / Межсайтовый запрос отклонён')
      }
      if (path === '/' || !passThroughPrefixes.test(path)) {
        // `/` and unknown top-level paths go to the reader's language (404s are then localized).
        const locale = negotiate(req.headers['accept-language'])
        const target = path === '/' ? `/${locale}${url.search}` : `/${locale}${path}${url.search}`
        res.writeHead(302, { location: target, vary: 'Accept-Language', 'cache-control': 'no-store', ...headersFor(newNonce(), path) })
        return res.end()
      }

      const nonce = newNonce()
      const csp = contentSecurityPolicy(nonce, { admin: path.startsWith('/admin'), dev })
      // Next reads the nonce from the request's CSP header and puts it on its scripts.
      req.headers['content-security-policy'] = csp
      // Pages need their own path for the language switch and hreflang (never trusted from outside).
      req.headers['x-pp-path'] = `${path}${url.search}`

      // Any write through this instance drops its cache at once; other instances follow on their next poll.
      if (req.method !== 'GET' && req.method !== 'HEAD') cache.clear()

      const key = dev ? undefined : cacheKey(req, url)
      if (key && cache.revision !== undefined) {
        const entry = cache.get(key)
        if (entry) return sendCached(req, res, entry, nonce)
        for (const [k, v] of Object.entries(headersFor(nonce, path))) res.setHeader(k, v)
        return renderAndStore(req, res, url, key, nonce)
      }
      for (const [k, v] of Object.entries(headersFor(nonce, path))) res.setHeader(k, v)
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
  server.on('close', () => clearInterval(timer))
  return { server, cache, url: publicUrl }
}
