import { describe, expect, it } from 'vitest'
import { PageCache, cacheKey, chooseEncoding, stripClientScripts } from './page-cache.mjs'
import { contentSecurityPolicy, isCrossSiteWrite } from './security.mjs'

const req = (method, url, headers = {}) => ({ method, url, headers })
const key = (r) => cacheKey(r, new URL(r.url, 'http://localhost'))

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

  it('sends public pages without client scripts, keeping the content', () => {
    const html = '<head><link rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/s.css"/><script src="/a.js" async=""></script></head><body><p>Text</p><script>self.__next_f.push([1,"<p>x</p>"])</script></body>'
    expect(stripClientScripts(html)).toBe('<head><link rel="stylesheet" href="/s.css"/></head><body><p>Text</p></body>')
    const ld = '<script type="application/ld+json">{"@type":"Report"}</script>'
    expect(stripClientScripts(`<body>${ld}<script>x()</script></body>`)).toBe(`<body>${ld}</body>`)
  })

  it('drops everything when the content revision changes and refuses stale renders', () => {
    const cache = new PageCache()
    cache.setRevision('a')
    expect(cache.set('k', { bodies: { identity: Buffer.from('x') } }, 'a')).toBe(true)
    expect(cache.get('k')).toBeDefined()
    expect(cache.setRevision('b')).toBe(true)
    expect(cache.get('k')).toBeUndefined()
    // Rendered while revision "a" was current: not stored under "b".
    expect(cache.set('k', { bodies: { identity: Buffer.from('x') } }, 'a')).toBe(false)
  })

  it('evicts the least recently used entries beyond its limits', () => {
    const cache = new PageCache({ maxEntries: 2 })
    cache.setRevision('r')
    cache.set('a', { bodies: { identity: Buffer.from('1') } }, 'r')
    cache.set('b', { bodies: { identity: Buffer.from('2') } }, 'r')
    cache.get('a')
    cache.set('c', { bodies: { identity: Buffer.from('3') } }, 'r')
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true])
  })

  it('prefers brotli, then gzip', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br')
    expect(chooseEncoding('gzip')).toBe('gzip')
    expect(chooseEncoding('')).toBe('identity')
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
})
