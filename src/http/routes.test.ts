import { describe, expect, it } from 'vitest'
import { cacheKey, canonicalPageUrl } from './page-cache'
import { personAudience } from '@/server/account/viewer'
import { isAppPath, isCacheablePath, isOwnCachedPage, isPersonalPage, paramsReadBy } from './routes'

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
    // An event's registration page is about the reader: never cached, never shared by roles.
    expect(isCacheablePath('/en/events/senior-officials-meeting-prague')).toBe(true)
    expect(isCacheablePath('/en/events/senior-officials-meeting-prague/register')).toBe(false)
    expect(isCacheablePath('/ru/letters/verify')).toBe(false)
    expect(isCacheablePath('/en/account/calendar/12-abc.ics')).toBe(false)
    expect(isPersonalPage('/ru/events/senior-officials-meeting-prague/register')).toBe(false)
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
    for (const page of ['/en', '/en/news', '/en/projects/x', '/en/a/b/c/d/e']) expect(paramsReadBy(page), page).toEqual(page === '/en/news' ? ['page'] : [])
    expect(canonicalPageUrl(new URL('http://localhost/en/news?contact=sent'))).toBe('/en/news')
  })

  it('shares the profile among signed-in people with the same roles, keyed on how its form went, and never with visitors', () => {
    const get = (url: string, cookie?: string) => ({ method: 'GET', headers: (cookie ? { cookie } : {}) as Record<string, string>, url })
    const key = (r: ReturnType<typeof get>, audience?: string) => cacheKey(r, new URL(r.url, 'http://localhost'), audience)
    expect(isPersonalPage('/ru/account/profile')).toBe(true)
    expect(isPersonalPage('/ru/account/sign-in')).toBe(false)
    expect(isPersonalPage('/en/account/contact-points')).toBe(true)
    expect(key(get('/en/account/contact-points?notice=saved', 'payload-token=t'), 'roles:ncp')).toBe('roles:ncp /en/account/contact-points')
    expect(key(get('/en/account/profile?notice=saved&x=1', 'payload-token=t'), 'roles:ncp')).toBe('roles:ncp /en/account/profile?notice=saved')
    expect(key(get('/en/account/profile?notice=nonsense', 'payload-token=t'), 'roles:ncp')).toBe('roles:ncp /en/account/profile')
    // A visitor (or a session that is no longer valid) is not shared a profile, nor is a request whose session was not looked at.
    expect(key(get('/en/account/profile', 'payload-token=t'), 'anonymous')).toBeUndefined()
    expect(key(get('/en/account/profile'))).toBeUndefined()
    expect(key(get('/en/account/profile', 'payload-token=t'))).toBeUndefined()
    // Other account pages are never shared; public pages are, per audience.
    expect(key(get('/en/account/sign-in', 'payload-token=t'), 'roles:ncp')).toBeUndefined()
    expect(key(get('/en/news', 'payload-token=t'), 'roles:learner')).toBe('roles:learner /en/news')
    // An editor's draft preview and credentials in a header are the request's own.
    expect(key(get('/en/news', 'payload-token=t; __prerender_bypass=1'), 'roles:admin')).toBeUndefined()
    expect(key({ method: 'GET', headers: { authorization: 'JWT x' }, url: '/en/news' }, 'roles:admin')).toBeUndefined()
  })

  it('keeps one person\'s dashboard and monitoring for that person alone, and nothing else under a person', () => {
    const get = (url: string) => ({ method: 'GET', headers: { cookie: 'payload-token=t' } as Record<string, string>, url })
    const key = (url: string, audience?: string) => cacheKey(get(url), new URL(url, 'http://localhost'), audience)
    const ana = personAudience({ email: 'Ana@example.test', roles: ['ncp'], participant: 7, name: 'Ana', preferredLanguage: 'en' })
    expect(isOwnCachedPage('/en/account')).toBe(true)
    expect(isOwnCachedPage('/ru/account/action-plan')).toBe(true)
    expect(isOwnCachedPage('/en/account/action-plan/reports/3')).toBe(true)
    expect(key('/en/account/action-plan/reports/3?state=9&values=x', ana)).toBe(`${ana} /en/account/action-plan/reports/3?state=9`)
    // The form of one report (what was typed comes back in its address) is rendered for each request.
    expect(isOwnCachedPage('/en/account/action-plan/reports/3/12')).toBe(false)
    expect(key('/en/account', ana)).toBe(`${ana} /en/account`)
    expect(key('/en/account/action-plan?period=3&notice=report-saved&x=1', ana)).toBe(`${ana} /en/account/action-plan?period=3&notice=report-saved`)
    // Never under a set of roles (which many people share), never for a visitor.
    expect(key('/en/account', 'roles:ncp')).toBeUndefined()
    expect(key('/en/account', 'anonymous')).toBeUndefined()
    expect(key('/en/account')).toBeUndefined()
    // A person's partition holds only their own pages.
    expect(key('/en/news', ana)).toBeUndefined()
    expect(key('/en/account/profile', ana)).toBeUndefined()
    // Another person, or the same one with another state, role or name, is another partition.
    expect(personAudience({ email: 'ana@example.test', roles: ['ncp'], participant: 7, name: 'Ana', preferredLanguage: 'en' })).toBe(ana)
    for (const other of [
      { email: 'bo@example.test', roles: ['ncp'], participant: 7, name: 'Ana', preferredLanguage: 'en' },
      { email: 'ana@example.test', roles: ['ncp'], participant: 8, name: 'Ana', preferredLanguage: 'en' },
      { email: 'ana@example.test', roles: ['ncp', 'strategic-group'], participant: 7, name: 'Ana', preferredLanguage: 'en' },
      { email: 'ana@example.test', roles: ['ncp'], participant: 7, name: 'Ana Petrosyan', preferredLanguage: 'en' },
    ] as const) expect(personAudience({ ...other, roles: [...other.roles] })).not.toBe(ana)
  })

  it('never keeps a signed-in learner\'s learning pages: dashboard, course and lesson are rendered for each request', () => {
    const get = (url: string) => ({ method: 'GET', headers: { cookie: 'payload-token=t' } as Record<string, string>, url })
    const key = (url: string, audience?: string) => cacheKey(get(url), new URL(url, 'http://localhost'), audience)
    for (const path of ['/ru/account/learning', '/en/account/learning/prague-process-introduction', '/ru/account/learning/prague-process-introduction/who-takes-part']) {
      expect(isOwnCachedPage(path)).toBe(false)
      expect(isPersonalPage(path)).toBe(false)
      expect(isCacheablePath(path)).toBe(false)
    }
    // One's member dashboard still is kept for its person.
    expect(isOwnCachedPage('/en/account')).toBe(true)
    const ana = personAudience({ email: 'ana@example.test', roles: ['learner'], participant: null, name: 'Ana', preferredLanguage: 'ru' })
    expect(key('/en/news', ana)).toBeUndefined()
  })
})
