import { describe, expect, it } from 'vitest'

import { sitemapEntries } from './sitemap'

const base = 'https://pragueprocess.example'

describe('sitemapEntries', () => {
  const entries = sitemapEntries(base, [
    { path: '' },
    { path: '/news/labour-migration', lastModified: '2024-05-02T08:15:30.000Z' },
  ])

  it('lists every language version of every page, in the given order', () => {
    expect(entries.map((e) => e.url)).toEqual([
      `${base}/en`,
      `${base}/ru`,
      `${base}/en/news/labour-migration`,
      `${base}/ru/news/labour-migration`,
    ])
    expect(entries.map((e) => e.lastModified)).toEqual([undefined, undefined, '2024-05-02T08:15:30.000Z', '2024-05-02T08:15:30.000Z'])
  })

  it('gives each version the alternates in both languages and x-default (English)', () => {
    const article = { en: `${base}/en/news/labour-migration`, ru: `${base}/ru/news/labour-migration`, 'x-default': `${base}/en/news/labour-migration` }
    expect(entries[2].alternates?.languages).toEqual(article)
    expect(entries[3].alternates?.languages).toEqual(article)
    expect(entries[1].alternates?.languages).toEqual({ en: `${base}/en`, ru: `${base}/ru`, 'x-default': `${base}/en` })
  })

  it('lists a URL only once, and as an alternate of itself', () => {
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length)
    for (const entry of entries) expect(Object.values(entry.alternates?.languages ?? {})).toContain(entry.url)
  })

  it('is empty for no pages', () => {
    expect(sitemapEntries(base, [])).toEqual([])
  })
})
