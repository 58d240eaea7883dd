/**
 * The platform's HTTP front: one Node server in front of Next (admin, API and site). It
 * refuses malformed, oversized and cross-site requests before anything reads them, adds
 * security headers to every response (with a CSP nonce where scripts run), sends `/` to the
 * reader's language, serves public pages without client scripts, answers anonymous public
 * GETs from an in-memory page cache that is dropped whenever content changes on any
 * instance, counts item views and file downloads, and drains on shutdown.
 *
 * Configuration comes from src/env.ts; routes from ./routes; languages from src/i18n.
 * Bundled into .next/http-front.mjs by `npm run build` (scripts/build.mjs).
 */
import { createHash, randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http'
import next from 'next'
import { env } from '@/env'
import { backgroundWorkSettled } from '@/server/background-work'
import { defaultLocale, isLocale, negotiateLocale, type Locale } from '@/i18n/locales'
import { captureResponse, headersArgument } from './capture-response'
import { UsageRecorder, mayCount, usageTarget } from './count-usage'
import { guardFileResponse } from './file-response'
import { internalHeaders } from '@/server/internal-headers'
import { coalesced } from './coalesced'
import { audienceOf, personAudience, fillViewerSlots, hasViewerSlots, needsParticipantName, sessionBridge, viewerHeader, viewerHeaderValue, type TSessionViewer } from '@/server/account/viewer'
import { PageCache, cacheKey, canonicalPageUrl, chooseEncoding, encode, isSignedIn, mayShareRender, noStoreMarker, notFoundMarker, stripClientScripts, type TCacheEntry, type TEncoding } from './page-cache'
import { clientAddress, hopelessBodyBytes, refusal } from './request-guard'
import { isAppPath, isCacheablePath, isOwnCachedPage, isPersonalPage, isPublicPage, scormPath, uploadFilePattern } from './routes'
import { contentSecurityPolicy, isCrossSiteWrite, newNonce, securityHeaders } from './security'

/**
 * Headers of Next's response that the front sets itself (or must not pass on). Among them the
 * client hints withPayload asks for on every route: `Critical-CH` makes a browser new to the
 * site fetch the page twice, and the second fetch of a one-time link (confirming an address)
 * found it used and said it was invalid. Public pages read no client hints.
 */
const replacedHeaders = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'vary', 'cache-control', 'x-powered-by', 'link', 'accept-ch', 'critical-ch'])

/**
 * What the request said before it was adapted for Next, and who sent it: `viewer` is the
 * signed-in person a shared page is sent to (their own parts are filled in on the way out).
 */
type TRequestFacts = {
  method: string
  acceptEncoding: string | undefined
  client: string
  signedIn: boolean
  locale: Locale
  viewer?: TSessionViewer
}

export type TFront = { server: http.Server; cache: PageCache; url: string; flushUsage: () => Promise<void>; shutdown: (graceMs?: number) => Promise<void> }

/** What a filled copy depends on besides its render: everything fillViewerSlots puts in. */
function viewerFillKey(viewer: TSessionViewer | undefined, locale: Locale): string {
  const details = viewer ? [viewer.name, viewer.email, viewer.preferredLanguage, viewer.participant, locale] : [locale]
  return createHash('sha256').update(JSON.stringify(details)).digest('base64url')
}

export async function createServer({ dev = env.nodeEnv !== 'production', port = env.port, hostname = env.host } = {}): Promise<TFront> {
  const publicUrl = env.publicUrl
  const allowedOrigins = [new URL(publicUrl).origin]
  const https = publicUrl.startsWith('https:')
  // Only this process knows the token: the ingest route accepts counts from nobody else.
  // Set before Next loads the app, whose own copy of src/env.ts reads it.
  process.env.USAGE_INGEST_TOKEN ||= randomBytes(24).toString('hex')
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port })
  const handle = app.getRequestHandler()
  await app.prepare()

  // The front's own calls to the app go to the address it listens on (loopback when it listens on all).
  const selfHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname
  const selfUrl = `http://${selfHost}:${port}`
  const cache = new PageCache()
  /** Marks the slots of shared renders (see viewerText): random, so that no content can contain one. */
  const slotKey = randomBytes(12).toString('hex')
  /** Participants' names, which change only with the content: per revision, like the pages. */
  const participantNames = cache.memo<string>()
  const scormOrigin = env.scormOrigin
  const headersFor = (nonce: string, path: string) => securityHeaders(contentSecurityPolicy(nonce, { admin: path.startsWith('/admin'), dev, scormOrigin }), { https })
  // Public pages carry no scripts (see stripClientScripts), so their headers never change.
  const publicPageHeaders = securityHeaders(contentSecurityPolicy(undefined, { scormOrigin }), { https })
  const scormHost = scormOrigin ? new URL(scormOrigin).host.toLowerCase() : undefined
  const facts = new WeakMap<ServerResponse, TRequestFacts>()
  const factsOf = (res: ServerResponse) => facts.get(res)!

  const pollRevision = coalesced(async () => {
    try {
      // Once the app has started, asked in-process (a write's poll is on the path of the next read); before, over HTTP, which starts it.
      const bridge = sessionBridge()
      if (bridge) {
        cache.setRevision(await bridge.revision())
        return
      }
      const res = await fetch(`${selfUrl}/api/content-revision`)
      if (res.ok) cache.setRevision(((await res.json()) as { revision: string }).revision)
    } catch {
      // The next poll tries again; meanwhile the cache keeps the last known revision.
    }
  })
  /** Set while a poll runs that a successful write asked for: reads wait for it. */
  let revisionCheck: Promise<void> | undefined

  /**
   * Sends an entry in the client's encoding: at once when that encoding is made (every hit but
   * the first). A page with the viewer's own parts is filled in and encoded for this response.
   */
  function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, entry: TCacheEntry, state: string): Promise<void> | void {
    if (entry.personal) return sendFilled(res, status, headers, entry, state)
    const identity = entry.bodies.identity
    const encoding = identity.length > 512 ? chooseEncoding(factsOf(res).acceptEncoding) : 'identity'
    const ready = entry.bodies[encoding]
    if (ready) return write(res, status, headers, ready, encoding, state)
    const making = entry.key ? cache.encoded(entry, encoding) : encode(identity, encoding)
    return making.then((body) => write(res, status, headers, body, encoding, state))
  }

  /**
   * A shared render with the person's details put in. The filled copy is kept in the cache
   * under the render's key and what was filled in (in practice, one person), like one's own
   * pages: that person's next visit is served, and encoded, from memory. It is kept only while
   * the render is the stored one (so of the current revision), and goes with the cache.
   */
  async function sendFilled(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, entry: TCacheEntry, state: string): Promise<void> {
    const { acceptEncoding, viewer, locale } = factsOf(res)
    const filledKey = entry.key === undefined ? undefined : `${entry.key}\u0000filled:${viewerFillKey(viewer, locale)}`
    const kept = filledKey ? cache.get(filledKey) : undefined
    if (kept) return send(res, status, headers, kept, state)
    const html = entry.bodies.identity.toString('utf8')
    const bridge = sessionBridge()
    const participant = viewer?.participant && bridge && needsParticipantName(html, slotKey) ? await participantNames.get(`${viewer.participant} ${locale}`, () => bridge.participantName(viewer.participant!, locale)) : ''
    const body = Buffer.from(fillViewerSlots(html, slotKey, viewer, participant))
    if (filledKey && cache.get(entry.key!) === entry) {
      const copy: TCacheEntry = { headers: entry.headers, bodies: { identity: body } }
      if (cache.set(filledKey, copy, cache.revision)) return send(res, status, headers, copy, state)
    }
    const encoding = chooseEncoding(acceptEncoding)
    write(res, status, headers, await encode(body, encoding), encoding, state)
  }

  function write(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer, encoding: TEncoding, state: string): void {
    const out: OutgoingHttpHeaders = { ...headers, 'content-length': body.length, 'x-page-cache': state }
    // A signed-in person's copy is theirs alone, whoever else the render is shared with.
    if (factsOf(res).signedIn) out['cache-control'] = 'private, no-store'
    if (encoding !== 'identity') out['content-encoding'] = encoding
    res.writeHead(status, out)
    res.end(factsOf(res).method === 'HEAD' ? undefined : body)
  }

  /**
   * Lets Next render a public page into memory, removes the client scripts, stores the
   * result when it is cacheable, and sends it. Nothing of Next's response goes out as is.
   * Resolves once the response is sent.
   */
  function renderPublic(req: IncomingMessage, res: ServerResponse, url: URL, key: string | undefined): Promise<void> {
    const revisionAtStart = cache.revision
    // The page sees only its canonical address (what the cache key says it reads).
    req.headers[internalHeaders.path] = isCacheablePath(url.pathname) || isPersonalPage(url.pathname) || isOwnCachedPage(url.pathname) ? canonicalPageUrl(url) : `${url.pathname}${url.search}`
    return new Promise((resolve, reject) => {
      const restore = captureResponse(res, ({ status, headers: nextHeaders, body }) => {
        const headers: OutgoingHttpHeaders = {}
        for (const [name, value] of Object.entries(nextHeaders)) if (!replacedHeaders.has(name)) headers[name] = value
        let keep = key !== undefined
        if (String(headers['content-type'] ?? '').startsWith('text/html')) {
          let html = stripClientScripts(body.toString('utf8'))
          if (html.includes(noStoreMarker)) {
            keep = false
            html = html.replace(noStoreMarker, '')
          }
          // Pages say "not found" with a marker (see NotFoundView); it becomes the status code.
          if (html.includes(notFoundMarker)) {
            status = 404
            html = html.replace(notFoundMarker, '')
          }
          body = Buffer.from(html)
        }
        Object.assign(headers, publicPageHeaders, { vary: 'Accept-Encoding', 'cache-control': keep ? 'public, max-age=0, must-revalidate' : 'private, no-store' })
        const entry: TCacheEntry = { headers, bodies: { identity: body }, personal: hasViewerSlots(body.toString('utf8'), slotKey) }
        // Only a complete, successful, non-empty GET render without cookies is kept.
        if (keep && status === 200 && !headers['set-cookie']) cache.set(key!, entry, revisionAtStart)
        Promise.resolve(send(res, status, headers, entry, keep ? 'miss' : 'private')).then(resolve, reject)
      })
      // A client that leaves mid-render may never see Next end the response: the render is
      // over for us then (nothing stored), so requests waiting for this key go on.
      res.once('close', () => {
        restore()
        resolve()
      })
      // The body must reach us uncompressed; we encode per client on the way out.
      delete req.headers['accept-encoding']
      // A HEAD is rendered as the GET it describes, so its headers are the GET's.
      req.method = 'GET'
      Promise.resolve(handle(req, res)).catch((error: unknown) => {
        restore()
        reject(error)
      })
    })
  }

  /**
   * Who a public page is for, when it may be shared: `anonymous` or a set of roles; for one's
   * own pages (the dashboard), the person, or undefined when signed out. A session
   * is checked on every request (the app's own check, through the session bridge), never
   * remembered, so a sign-out or a role change counts on the next request on every instance.
   * Undefined: rendered for this request alone (credentials in a header, a draft preview, or
   * the app not started yet).
   */
  async function audienceFor(req: IncomingMessage, res: ServerResponse, own: boolean): Promise<string | undefined> {
    if (!isSignedIn(req)) return 'anonymous'
    const bridge = sessionBridge()
    if (!bridge || !mayShareRender(req)) return undefined
    // What Payload's session check reads: the cookie, and Origin / Sec-Fetch-Site for its CSRF rule.
    const headers = new Headers()
    for (const name of ['cookie', 'origin', 'sec-fetch-site']) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    const viewer = await bridge.resolve(headers, own)
    if (viewer) factsOf(res).viewer = viewer
    // One's own pages are kept for that person alone, or not at all; their render reads the account the check just read.
    if (viewer?.handoff) {
      const token = viewer.handoff
      req.headers[internalHeaders.session] = token
      res.once('close', () => bridge.release(token))
    }
    if (own) return viewer ? personAudience(viewer) : undefined
    return audienceOf(viewer)
  }

  async function servePublic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // After this instance's own write, the page reflects it (see revisionCheck).
    if (revisionCheck) await revisionCheck
    if (cache.revision !== undefined) req.headers[internalHeaders.revision] = cache.revision
    const own = isOwnCachedPage(url.pathname)
    const shareable = cache.revision !== undefined && (isCacheablePath(url.pathname) || isPersonalPage(url.pathname) || own)
    const audience = shareable ? await audienceFor(req, res, own) : undefined
    const key = audience ? cacheKey(req, url, audience) : undefined
    // A shared render may know the roles it is for and nothing personal (see currentViewer);
    // one's own page is rendered for the person, from their session.
    if (key && !own) req.headers[viewerHeader] = viewerHeaderValue(factsOf(res).viewer ?? null, slotKey)
    if (!key) return renderPublic(req, res, url, undefined)
    const entry = cache.get(key)
    if (entry) return send(res, 200, entry.headers, entry, 'hit')
    const rendered = await cache.once(key, () => renderPublic(req, res, url, key))
    if (rendered) return
    // Another request rendered this page meanwhile: serve its result if it was stored.
    const stored = cache.get(key)
    return stored ? send(res, 200, stored.headers, stored, 'hit') : renderPublic(req, res, url, key)
  }

  const usage = new UsageRecorder()
  async function flushUsage(): Promise<void> {
    const events = usage.drain()
    if (events.length === 0) return
    try {
      const res = await fetch(`${selfUrl}/api/usage/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-usage-token': process.env.USAGE_INGEST_TOKEN ?? '' },
        body: JSON.stringify({ events }),
      })
      if (!res.ok) throw new Error(`ingest answered ${res.status}`)
    } catch (error) {
      usage.restore(events)
      console.error('Usage counts not written yet (next flush retries):', error instanceof Error ? error.message : error)
    }
  }
  function countUsage(req: IncomingMessage, res: ServerResponse, path: string) {
    if (!mayCount(path)) return
    res.once('finish', () => {
      const { method, client } = factsOf(res)
      const target = usageTarget({ method, path, status: res.statusCode, range: req.headers.range, contentRange: res.getHeader('content-range') })
      if (target) usage.record({ address: client, userAgent: req.headers['user-agent'] }, target)
    })
  }

  function refuse(req: IncomingMessage, res: ServerResponse, path: string, status: number, message: string) {
    // Beyond any route's limit, the connection is not worth keeping: close it after the answer.
    const hopeless = Number(req.headers['content-length']) > hopelessBodyBytes
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...(hopeless ? { connection: 'close' } : {}), ...headersFor(newNonce(), path) })
    res.end(message)
    // A body that is sent anyway is discarded as it arrives (never kept), so the client
    // reads the answer instead of a broken connection.
    req.resume()
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname
    // x-pp-* headers are the front's word to the app: never taken from outside.
    for (const name of Object.keys(req.headers)) if (name.startsWith('x-pp-')) delete req.headers[name]
    facts.set(res, { method: req.method ?? 'GET', acceptEncoding: req.headers['accept-encoding'], client: clientAddress(req, env.trustProxy), signedIn: isSignedIn(req), locale: localeOfPath(path) })
    const refused = refusal(req, path)
    if (refused) return refuse(req, res, path, refused.status, refused.message)
    if (isCrossSiteWrite(req, allowedOrigins)) return refuse(req, res, path, 403, 'Cross-site request refused / Межсайтовый запрос отклонён')
    // The SCORM origin answers its own addresses and nothing else; the platform never answers those.
    const onScormHost = scormHost !== undefined && req.headers.host?.toLowerCase() === scormHost
    if (onScormHost || scormPath.test(path)) return onScormHost && scormPath.test(path) ? serveScorm(req, res) : refuse(req, res, path, 404, 'Not found / Не найдено')
    countUsage(req, res, path)

    if (!isAppPath(path)) {
      // `/` and unknown top-level paths go to the reader's language (404s are then localized).
      const locale = negotiateLocale(req.headers['accept-language'])
      const target = path === '/' ? `/${locale}${url.search}` : `/${locale}${path}${url.search}`
      res.writeHead(302, { location: target, vary: 'Accept-Language', 'cache-control': 'no-store', ...publicPageHeaders })
      return res.end()
    }
    // The app sees the client's address only from us (sign-in back-off), never from outside.
    req.headers[internalHeaders.client] = factsOf(res).client

    const isRead = req.method === 'GET' || req.method === 'HEAD'
    if (!isRead) {
      // Content written through this instance shows on its next read: a successful write
      // makes it look at the revision at once (it changes only when content was saved,
      // so anonymous posts cannot empty the cache). Other instances follow on their poll.
      res.once('finish', () => {
        if (res.statusCode < 400) revisionCheck = pollRevision().finally(() => (revisionCheck = undefined))
      })
    }
    if (!dev && isRead && isPublicPage(path)) {
      delete req.headers['content-security-policy']
      return servePublic(req, res, url)
    }

    // The site's forms read content memoized per revision (course-content.ts), as fresh as the pages.
    if (path.startsWith('/forms/')) {
      if (revisionCheck) await revisionCheck
      if (cache.revision !== undefined) req.headers[internalHeaders.revision] = cache.revision
    }
    // Admin, API and development: Next's scripts run, each response with its own nonce,
    // which Next reads from the request's CSP header and puts on its scripts.
    // Pages need their own path for the language switch and hreflang (never trusted from outside).
    req.headers[internalHeaders.path] = `${path}${url.search}`
    const headers = headersFor(newNonce(), path)
    req.headers['content-security-policy'] = headers['content-security-policy']
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
    // Files: public only when anyone may read them and no session asked (see file-response.ts).
    if (uploadFilePattern.test(path)) guardFileResponse(res, isSignedIn(req))
    else if (isSignedIn(req)) keepPrivate(res)
    await handle(req, res)
  }

  /**
   * Untrusted package content, on its own origin (no cookie of the platform reaches it): the
   * app sets each response's CSP (src/server/learning/scorm-serve.ts); the front adds the rest
   * and never sends the launch address on as a referrer.
   */
  async function serveScorm(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET'
    if (!['GET', 'HEAD', 'POST'].includes(method)) {
      res.writeHead(405, { allow: 'GET, HEAD, POST', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      return res.end('Method not allowed')
    }
    const { 'content-security-policy': _platformPolicy, 'x-frame-options': _frames, ...rest } = securityHeaders('', { https: scormOrigin!.startsWith('https:') })
    for (const [k, v] of Object.entries(rest)) res.setHeader(k, v)
    res.setHeader('referrer-policy', 'no-referrer')
    guardFileResponse(res, true)
    await handle(req, res)
  }

  let draining = false
  let inFlight = 0
  const server = http.createServer((req, res) => {
    const isOwnIngest = req.headers['x-usage-token'] === process.env.USAGE_INGEST_TOKEN
    if (draining && !isOwnIngest) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', 'retry-after': '1' })
      return res.end('Restarting / Перезапуск')
    }
    if (!isOwnIngest) {
      inFlight++
      res.once('close', () => inFlight--)
    }
    handleRequest(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Internal error / Внутренняя ошибка')
    })
  })

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  await pollRevision()
  const timer = setInterval(() => void pollRevision(), env.cachePollMs)
  timer.unref()
  const usageTimer = setInterval(() => void flushUsage(), env.usageFlushMs)
  usageTimer.unref()
  server.on('close', () => {
    clearInterval(timer)
    clearInterval(usageTimer)
  })

  /**
   * Drains the instance: new requests are answered 503 (a load balancer sends them to another
   * instance), requests in flight (uploads too) may finish within `graceMs`, the usage counts
   * are written (through this same listener, which is why it closes last), and so is the work
   * requests left running (e-mails on their way to the outbox), then it closes.
   */
  async function shutdown(graceMs = 15_000): Promise<void> {
    draining = true
    server.closeIdleConnections()
    const deadline = Date.now() + graceMs
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    await backgroundWorkSettled(Math.max(1000, deadline - Date.now()))
    await flushUsage()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return { server, cache, url: publicUrl, flushUsage, shutdown }
}

/**
 * Responses for a signed-in person must not be kept by browsers' or proxies' shared caches:
 * whatever the app said, they leave as private. (Files: guardFileResponse.)
 */
function keepPrivate(res: ServerResponse) {
  const writeHead = res.writeHead
  const privateWriteHead = (status: number, ...rest: unknown[]) => {
    res.setHeader('cache-control', 'private, no-store')
    const headerArg = headersArgument(rest)
    if (headerArg) for (const name of Object.keys(headerArg)) if (name.toLowerCase() === 'cache-control') headerArg[name] = 'private, no-store'
    return (writeHead as (...args: unknown[]) => ServerResponse).call(res, status, ...rest)
  }
  res.writeHead = privateWriteHead as typeof res.writeHead
}

/** The language of a page address (`/ru/...`), else the default. */
function localeOfPath(path: string): Locale {
  const segment = path.split('/')[1]
  return isLocale(segment) ? segment : defaultLocale
}
