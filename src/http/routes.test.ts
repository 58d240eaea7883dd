import { describe, expect, it } from 'vitest'
import { isAppPath, isCacheablePath } from './routes'

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
})
