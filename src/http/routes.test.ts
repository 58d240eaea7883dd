import { describe, expect, it } from 'vitest'
import { cacheKey, canonicalPageUrl } from './page-cache'
import { isAppPath, isCacheablePath, paramsReadBy } from './routes'

describe('the route table', () => {
  it('answers the site’s own files where they are, and sends every other path to a language', () => {
    for (const path of ['/favicon.svg', '/favicon.ico', '/brand/og-en.png', '/brand/apple-touch-icon.png', '/robots.txt', '/en/about/contact', '/api/documents/file/a.pdf'])
      expect(isAppPath(path)).toBe(true)
    for (const path of ['/', '/about', '/branding', '/wp-login.php']) expect(isAppPath(path)).toBe(false)
  })

  it('caches public pages for anonymous readers, never the account area', () => {
    expect(isCacheablePath('/ru/about/contact')).toBe(true)
    expect(isCacheablePath('/en/account/profile')).toBe(false)
    expect(isCacheablePath('/brand/og-en.png')).toBe(false)
  })

  it('keys a free page on its contact form’s confirmation, and on no other value', () => {
    const key = (url: string) => cacheKey({ method: 'GET', headers: {} }, new URL(url, 'http://localhost'))
    for (const page of ['/ru/about/contact', '/en/about', '/en/privacy', '/en/a/b/c/d']) {
      expect(paramsReadBy(page), page).toEqual(['contact'])
      expect(key(`${page}?contact=sent&utm=x`)).toBe(`${page}?contact=sent`)
      // Made-up values are the plain page: nobody can fill the cache with addresses of their own.
      for (const value of ['', 'SENT', 'sent2', 'x'.repeat(500), 'sent#x']) expect(key(`${page}?contact=${encodeURIComponent(value)}`), value).toBe(page)
    }
    expect(key('/ru/about/contact?contact=x&contact=sent')).toBe('/ru/about/contact')
    // The site's own sections and the home page read no such parameter.
    for (const page of ['/en', '/en/news', '/en/projects/x', '/en/account/profile', '/en/a/b/c/d/e']) expect(paramsReadBy(page), page).toEqual(page === '/en/news' ? ['page'] : [])
    expect(canonicalPageUrl(new URL('http://localhost/en/news?contact=sent'))).toBe('/en/news')
  })
})
