import { describe, expect, it } from 'vitest'
import { PageCache, cacheKey, chooseEncoding } from './page-cache.mjs'
import { contentSecurityPolicy, isCrossSiteWrite } from './security.mjs'

const req = (method, url, headers = {}) => ({ method, url, headers })
const key = (r) => cacheKey(r, new URL(r.url, 'http://localhost'))

describe('page cache', () => {
  it('caches anonymous GETs of public pages only', () => {
    expect(key(req('GET', '/en/news?page=2'))).toMatch(/^\/en\/news\?page=2#/)
    expect(key(req('GET', '/sitemap.xml'))).toBeDefined()
    expect(key(req('POST', '/en/news'))).toBeUndefined()
    expect(key(req('GET', '/en/account/profile'))).toBeUndefined()
    expect(key(req('GET', '/admin'))).toBeUndefined()
    expect(key(req('GET', '/api/news'))).toBeUndefined()
    expect(key(req('GET', '/en', { cookie: 'a=b; payload-token=xyz' }))).toBeUndefined()
    expect(key(req('GET', '/en', { authorization: 'JWT x' }))).toBeUndefined()
    expect(key(req('GET', '/en', { cookie: 'theme=dark' }))).toBeDefined()
  })

  it('keys RSC requests apart from HTML', () => {
    expect(key(req('GET', '/en', { rsc: '1' }))).not.toBe(key(req('GET', '/en')))
  })

  it('drops everything when the content revision changes and refuses stale renders', () => {
    const cache = new PageCache()
    cache.setRevision('a')
    expect(cache.set('k', { body: Buffer.from('x') }, 'a')).toBe(true)
    expect(cache.get('k')).toBeDefined()
    expect(cache.setRevision('b')).toBe(true)
    expect(cache.get('k')).toBeUndefined()
    // Rendered while revision "a" was current: not stored under "b".
    expect(cache.set('k', { body: Buffer.from('x') }, 'a')).toBe(false)
  })

  it('evicts the least recently used entries beyond its limits', () => {
    const cache = new PageCache({ maxEntries: 2 })
    cache.setRevision('r')
    cache.set('a', { body: Buffer.from('1') }, 'r')
    cache.set('b', { body: Buffer.from('2') }, 'r')
    cache.get('a')
    cache.set('c', { body: Buffer.from('3') }, 'r')
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
  it('builds a nonce CSP that forbids framing outside the admin', () => {
    expect(contentSecurityPolicy('abc')).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(contentSecurityPolicy('abc')).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('abc', { admin: true })).toContain("frame-ancestors 'self'")
    expect(contentSecurityPolicy('abc')).not.toContain('unsafe-eval')
  })
})
