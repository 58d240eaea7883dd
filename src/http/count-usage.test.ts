import { describe, expect, it } from 'vitest'
import { UsageRecorder, isRobot, mayCount, usageTarget, type TUsageTarget } from './count-usage'

const browser = { address: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' }
const view: TUsageTarget = { kind: 'view', locale: 'ru', slug: 'labour-migration-brief' }
const t0 = Date.UTC(2026, 10, 27, 12, 0, 0)

describe('usageTarget', () => {
  it('counts item pages and document files that were delivered', () => {
    expect(usageTarget({ method: 'GET', path: '/ru/repository/labour-migration-brief', status: 200 })).toEqual(view)
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief%20ru.pdf', status: 200 })).toEqual({ kind: 'download', filename: 'brief ru.pdf' })
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief.pdf', status: 206, range: 'bytes=0-' })).toEqual({ kind: 'download', filename: 'brief.pdf' })
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief.pdf', status: 206, range: 'bytes=0-65535', contentRange: 'bytes 0-65535/65536' })).toEqual({ kind: 'download', filename: 'brief.pdf' })
  })

  it('does not count a partial first range (a one-byte probe, or a viewer’s first chunk)', () => {
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief.pdf', status: 206, range: 'bytes=0-0', contentRange: 'bytes 0-0/1048576' })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief.pdf', status: 206, range: 'bytes=0-65535', contentRange: 'bytes 0-65535/1048576' })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief.pdf', status: 206, range: 'bytes=0-65535' })).toBeUndefined()
  })

  it('ignores failures, later ranges, other methods, the feed and other pages', () => {
    expect(usageTarget({ method: 'GET', path: '/en/repository/hidden', status: 404 })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/members.pdf', status: 403 })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/api/documents/file/brief.pdf', status: 206, range: 'bytes=65536-131071' })).toBeUndefined()
    expect(usageTarget({ method: 'HEAD', path: '/en/repository/brief', status: 200 })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/en/repository/feed', status: 200 })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/en/repository', status: 200 })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/en/news/brief', status: 200 })).toBeUndefined()
    expect(usageTarget({ method: 'GET', path: '/en/repository/%E0%A4%A', status: 200 })).toBeUndefined()
  })
})

describe('mayCount', () => {
  it('watches only item pages and document files', () => {
    expect(['/en/repository/brief', '/ru/repository/feed', '/api/documents/file/a.pdf'].map(mayCount)).toEqual([true, true, true])
    expect(['/en', '/en/repository', '/en/news/brief', '/api/media/file/a.png', '/en/repository/a/b'].map(mayCount)).toEqual([false, false, false, false, false])
  })
})

describe('isRobot', () => {
  it('knows crawlers, scripts and clients without a user agent', () => {
    expect(isRobot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true)
    expect(isRobot('Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)')).toBe(true)
    expect(isRobot('curl/8.5.0')).toBe(true)
    expect(isRobot('python-requests/2.31.0')).toBe(true)
    expect(isRobot('')).toBe(true)
    expect(isRobot(undefined)).toBe(true)
    expect(isRobot(browser.userAgent)).toBe(false)
  })
})

describe('UsageRecorder', () => {
  it('counts a repeat within 30 seconds once, and again after 30 seconds', () => {
    const r = new UsageRecorder()
    expect(r.record(browser, view, t0)).toBe(true)
    expect(r.record(browser, view, t0 + 10_000)).toBe(false)
    // The window runs from the last click: a burst of clicks 20 s apart stays one.
    expect(r.record(browser, view, t0 + 30_000)).toBe(false)
    expect(r.record(browser, view, t0 + 61_000)).toBe(true)
    expect(r.drain()).toEqual([{ kind: 'view', locale: 'ru', slug: 'labour-migration-brief', month: '2026-11', count: 2 }])
    expect(r.drain()).toEqual([])
  })

  it('keeps visitors, targets and page languages apart, and never counts robots', () => {
    const r = new UsageRecorder()
    r.record(browser, view, t0)
    r.record({ ...browser, address: '198.51.100.1' }, view, t0 + 1)
    r.record(browser, { ...view, locale: 'en' }, t0 + 2)
    r.record(browser, { kind: 'download', filename: 'brief.pdf' }, t0 + 3)
    r.record({ address: browser.address, userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, view, t0 + 40_000)
    expect(r.drain()).toEqual([
      { kind: 'view', locale: 'ru', slug: 'labour-migration-brief', month: '2026-11', count: 2 },
      { kind: 'view', locale: 'en', slug: 'labour-migration-brief', month: '2026-11', count: 1 },
      { kind: 'download', filename: 'brief.pdf', month: '2026-11', count: 1 },
    ])
  })

  it('puts clicks in the month they happened (UTC) and keeps no address', () => {
    const r = new UsageRecorder()
    r.record(browser, view, Date.UTC(2026, 10, 30, 23, 59, 50))
    r.record(browser, view, Date.UTC(2026, 11, 1, 0, 0, 30))
    expect(r.drain().map((e) => [e.month, e.count])).toEqual([['2026-11', 1], ['2026-12', 1]])
    const memory = JSON.stringify([...r.lastClick.keys()])
    expect(memory).not.toContain(browser.address)
    expect(memory).not.toContain('Chrome')
  })

  it('forgets clicks older than the window and restores undelivered counts', () => {
    const r = new UsageRecorder()
    r.record(browser, view, t0)
    r.record({ ...browser, address: '198.51.100.1' }, view, t0 + 40_000)
    expect(r.lastClick.size).toBe(1)
    const events = r.drain()
    r.restore(events)
    r.restore(events)
    expect(r.drain()).toEqual([{ kind: 'view', locale: 'ru', slug: 'labour-migration-brief', month: '2026-11', count: 4 }])
  })
})
