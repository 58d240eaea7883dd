import { describe, expect, it } from 'vitest'
import zlib from 'node:zlib'
import { PageCache, cacheKey, chooseEncoding, stripClientScripts, type TCacheEntry } from './page-cache'
import { bodyLimitFor, clientAddress, refusal } from './request-guard'
import { contentSecurityPolicy, scormContentPolicy, scormPlayerPolicy, isCrossSiteWrite } from './security'

const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers })
const key = (r: ReturnType<typeof req>) => cacheKey(r, new URL(r.url, 'http://localhost'))

describe('page cache', () => {
  it('caches anonymous GETs of public pages only', () => {
    expect(key(req('GET', '/en/news?page=2'))).toBe('/en/news?page=2')
    expect(key(req('GET', '/sitemap.xml'))).toBeDefined()
    expect(key(req('POST', '/en/news'))).toBeUndefined()
    expect(key(req('GET', '/en/account/profile'))).toBeUndefined()
    expect(key(req('GET', '/admin'))).toBeUndefined()
    expect(key(req('GET', '/api/news'))).toBeUndefined()
    expect(key(req('GET', '/en', { cookie: 'a=b; payload-token=xyz' }))).toBeUndefined()
    expect(key(req('GET', '/en', { authorization: 'JWT x' }))).toBeUndefined()
    expect(key(req('GET', '/en', { cookie: 'theme=dark' }))).toBeDefined()
  })

  it('keys a page only on the query parameters it reads, in a fixed order', () => {
    expect(key(req('GET', '/en/news?utm_source=x&page=2&nocache=123'))).toBe('/en/news?page=2')
    expect(key(req('GET', '/en/about?bust=1'))).toBe('/en/about')
    expect(key(req('GET', '/en?x=1'))).toBe('/en')
    expect(key(req('GET', '/ru/repository?sort=newest&q=%D0%B1%D0%B5%D0%B6%D0%B5%D0%BD%D1%86%D1%8B&zzz=1'))).toBe('/ru/repository?q=%D0%B1%D0%B5%D0%B6%D0%B5%D0%BD%D1%86%D1%8B&sort=newest')
    // Pages read the first value of a parameter only.
    expect(key(req('GET', '/en/repository?type=a&type=b'))).toBe('/en/repository?type=a')
    expect(key(req('GET', '/en/news?page='))).toBe('/en/news')
  })

  it('never stores an empty body', () => {
    const cache = new PageCache()
    cache.setRevision('r')
    expect(cache.set('/en/news', { headers: {}, bodies: { identity: Buffer.alloc(0) } }, 'r')).toBe(false)
    expect(cache.get('/en/news')).toBeUndefined()
  })

  it('compresses an entry once per encoding, on first request, and counts the bytes', async () => {
    const cache = new PageCache()
    cache.setRevision('r')
    const html = Buffer.from('<p>Пражский процесс</p>'.repeat(200))
    const entry: TCacheEntry = { headers: {}, bodies: { identity: html } }
    cache.set('/ru', entry, 'r')
    const [a, b] = await Promise.all([cache.encoded(entry, 'br'), cache.encoded(entry, 'br')])
    expect(a).toBe(b)
    expect(zlib.brotliDecompressSync(a).equals(html)).toBe(true)
    expect(zlib.gunzipSync(await cache.encoded(entry, 'gzip')).equals(html)).toBe(true)
    expect(cache.bytes).toBe(html.length + a.length + (entry.bodies.gzip?.length ?? 0))
  })

  it('runs one render per key at a time; the others wait for it', async () => {
    const cache = new PageCache()
    let renders = 0
    let release = () => {}
    const gate = new Promise<void>((r) => (release = r))
    const render = async () => {
      renders++
      await gate
    }
    const calls = [cache.once('/en', render), cache.once('/en', render), cache.once('/en', render)]
    release()
    expect(await Promise.all(calls)).toEqual([true, false, false])
    expect(renders).toBe(1)
    expect(await cache.once('/en', render)).toBe(true)
  })

  it('sends public pages without client scripts, keeping the content', () => {
    const html = '<head><link rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/s.css"/><script src="/a.js" async=""></script></head><body><p>Text</p><script>self.__next_f.push([1,"<p>x</p>"])</script></body>'
    expect(stripClientScripts(html)).toBe('<head><link rel="stylesheet" href="/s.css"/></head><body><p>Text</p></body>')
    const ld = '<script type="application/ld+json">{"@type":"Report"}</script>'
    expect(stripClientScripts(`<body>${ld}<script>x()</script></body>`)).toBe(`<body>${ld}</body>`)
  })

  it('drops everything when the content revision changes and refuses stale renders', () => {
    const cache = new PageCache()
    cache.setRevision('a')
    expect(cache.set('k', { headers: {}, bodies: { identity: Buffer.from('x') } }, 'a')).toBe(true)
    expect(cache.get('k')).toBeDefined()
    expect(cache.setRevision('b')).toBe(true)
    expect(cache.get('k')).toBeUndefined()
    // Rendered while revision "a" was current: not stored under "b".
    expect(cache.set('k', { headers: {}, bodies: { identity: Buffer.from('x') } }, 'a')).toBe(false)
  })

  it('evicts the least recently used entries beyond its limits', () => {
    const cache = new PageCache({ maxEntries: 2 })
    cache.setRevision('r')
    cache.set('a', { headers: {}, bodies: { identity: Buffer.from('1') } }, 'r')
    cache.set('b', { headers: {}, bodies: { identity: Buffer.from('2') } }, 'r')
    cache.get('a')
    cache.set('c', { headers: {}, bodies: { identity: Buffer.from('3') } }, 'r')
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true])
  })

  it('prefers brotli, then gzip', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br')
    expect(chooseEncoding('gzip')).toBe('gzip')
    expect(chooseEncoding('')).toBe('identity')
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
    expect(chooseEncoding('gzip;q=0.5, br;q=1.0')).toBe('br')
    expect(chooseEncoding('br;q=0.0, gzip;q=0')).toBe('identity')
  })
})

describe('request guard', () => {
  const post = (url: string, headers: Record<string, string>) => ({ method: 'POST', url, headers, socket: { remoteAddress: '10.0.0.9' } })
  it('refuses bodies larger than their route needs, before reading them', () => {
    expect(refusal(post('/forms/sign-in', { 'content-length': String(60 * 1024 * 1024) }), '/forms/sign-in')?.status).toBe(413)
    expect(refusal(post('/forms/sign-in', { 'content-length': '300' }), '/forms/sign-in')).toBeUndefined()
    expect(refusal(post('/forms/sign-in', { 'transfer-encoding': 'chunked' }), '/forms/sign-in')?.status).toBe(411)
    expect(refusal(post('/forms/sign-in', { 'content-length': '1e9' }), '/forms/sign-in')?.status).toBe(400)
    expect(bodyLimitFor('/api/documents')).toBeGreaterThan(50 * 1024 * 1024)
    expect(bodyLimitFor('/api/users/login')).toBeLessThanOrEqual(2 * 1024 * 1024)
  })
  it('refuses anonymous uploads without reading them', () => {
    expect(refusal(post('/api/documents', { 'content-length': '5000000' }), '/api/documents')?.status).toBe(401)
    expect(refusal(post('/api/documents', { 'content-length': '5000000', cookie: 'payload-token=x' }), '/api/documents')).toBeUndefined()
  })
  it('refuses malformed and overlong addresses', () => {
    expect(refusal(req('GET', '/en/repository/%FF'), '/en/repository/%FF')?.status).toBe(400)
    expect(refusal(req('GET', `/en?q=${'a'.repeat(9000)}`), '/en')?.status).toBe(414)
    expect(refusal(req('GET', '/en/repository/%D0%B0'), '/en/repository/%D0%B0')).toBeUndefined()
  })
  it('believes X-Forwarded-For only from configured proxies', () => {
    const r = { headers: { 'x-forwarded-for': '1.2.3.4, 198.51.100.1' }, socket: { remoteAddress: '10.0.0.9' } }
    expect(clientAddress(r, 0)).toBe('10.0.0.9')
    expect(clientAddress(r, 1)).toBe('198.51.100.1')
    expect(clientAddress(r, 2)).toBe('1.2.3.4')
  })
})

describe('security', () => {
  const own = ['https://pp.example']
  it('refuses writes from other origins', () => {
    expect(isCrossSiteWrite(req('POST', '/forms/sign-in', { host: 'pp.example', origin: 'https://evil.example' }), own)).toBe(true)
    expect(isCrossSiteWrite(req('POST', '/forms/sign-in', { host: 'pp.example', origin: 'https://pp.example' }), own)).toBe(false)
    expect(isCrossSiteWrite(req('POST', '/api/x', { host: 'pp.example', referer: 'https://evil.example/a' }), own)).toBe(true)
    expect(isCrossSiteWrite(req('POST', '/api/x', { host: 'pp.example', cookie: 'payload-token=x' }), own)).toBe(true)
    expect(isCrossSiteWrite(req('POST', '/api/x', { host: 'pp.example', authorization: 'JWT x' }), own)).toBe(false)
    expect(isCrossSiteWrite(req('GET', '/en', { origin: 'https://evil.example' }), own)).toBe(false)
  })
  it('forbids scripts on pages sent without them', () => {
    expect(contentSecurityPolicy(undefined)).toContain("script-src 'none'")
  })
  it('builds a nonce CSP that forbids framing outside the admin', () => {
    expect(contentSecurityPolicy('abc')).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(contentSecurityPolicy('abc')).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('abc', { admin: true })).toContain("frame-ancestors 'self'")
    expect(contentSecurityPolicy('abc')).not.toContain('unsafe-eval')
  })
  it('lets pages frame the SCORM origin, and keeps SCORM content to its own origin', () => {
    expect(contentSecurityPolicy(undefined, { scormOrigin: 'https://scorm.example' })).toContain("frame-src 'self' https://scorm.example")
    expect(contentSecurityPolicy(undefined)).toMatch(/frame-src 'self'(;|$)/)
    const player = scormPlayerPolicy('n0nce', 'https://pp.example')
    expect(player).toContain("script-src 'nonce-n0nce'")
    expect(player).toContain("default-src 'none'")
    expect(player).toContain('frame-ancestors https://pp.example')
    const content = scormContentPolicy('https://pp.example')
    for (const directive of ["connect-src 'self'", "form-action 'self'", "object-src 'none'", "img-src 'self' data: blob:", "frame-ancestors 'self' https://pp.example"]) expect(content).toContain(directive)
    expect(content).not.toMatch(/\*|https?:\/\/(?!pp\.example)/)
  })
})
