import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { searchSite } from '@/server/search-index/search-site'
import { recordUsage, ZUsageEvents } from '@/server/usage/record-usage'
import { monthlyUsage, usageByPublication, usageCsv } from '@/server/usage/usage-statistics'
import { databaseKind, testPayload, uploadFixturePdf } from './helpers'

describe(`Usage statistics (${databaseKind})`, () => {
  let payload: Payload
  const suffix = Date.now()
  const ids: Record<string, number> = {}
  const files: Record<string, string> = {}
  const period = { from: '2026-09', to: '2026-10' }

  beforeAll(async () => {
    payload = await testPayload()
    const type = (await payload.find({ collection: 'publication-types', where: { slug: { equals: 'policy-brief' } }, overrideAccess: true })).docs[0]
    const upload = (fixture: string) => uploadFixturePdf(payload, fixture, `usage-${fixture}-${suffix}.pdf`)
    const [en, ru, other] = [await upload('en-sample'), await upload('ru-sample'), await upload('sample')]
    Object.assign(files, { en: en.filename, ru: ru.filename, other: other.filename })
    const bilingual = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Counted bilingual brief ${suffix}`, slug: `counted-bilingual-${suffix}`, type: type.id, publishedOn: '2020-01-01', editions: [{ language: 'en', file: en.id }, { language: 'ru', file: ru.id }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'publications', id: bilingual.id, locale: 'ru', data: { title: `Двуязычная записка ${suffix}` }, overrideAccess: true })
    const newer = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Counted newer brief ${suffix}`, slug: `counted-newer-${suffix}`, type: type.id, publishedOn: '2025-01-01', editions: [{ language: 'en', file: other.id }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    Object.assign(ids, { bilingual: bilingual.id, newer: newer.id })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  }, 120_000)

  it('validates the events the HTTP front sends', () => {
    expect(ZUsageEvents.safeParse([{ kind: 'view', locale: 'en', slug: 'x', month: '2026-11', count: 1 }]).success).toBe(true)
    expect(ZUsageEvents.safeParse([{ kind: 'view', locale: 'de', slug: 'x', month: '2026-11', count: 1 }]).success).toBe(false)
    expect(ZUsageEvents.safeParse([{ kind: 'download', filename: 'a.pdf', month: '2026-13', count: 1 }]).success).toBe(false)
    expect(ZUsageEvents.safeParse([{ kind: 'download', filename: 'a.pdf', month: '2026-11', count: 0 }]).success).toBe(false)
    expect(ZUsageEvents.safeParse([{ kind: 'view', locale: 'en', slug: "x'; DROP TABLE usage_counts; --", month: '2026-11', count: 1 }]).success).toBe(true)
  })

  it('adds views by page language and downloads by edition language, per month', async () => {
    const written = await recordUsage(payload, [
      { kind: 'view', locale: 'en', slug: `counted-bilingual-${suffix}`, month: '2026-09', count: 3 },
      { kind: 'view', locale: 'ru', slug: `counted-bilingual-${suffix}`, month: '2026-10', count: 2 },
      { kind: 'download', filename: files.ru, month: '2026-10', count: 4 },
      { kind: 'download', filename: files.en, month: '2026-10', count: 1 },
      { kind: 'download', filename: files.other, month: '2026-10', count: 2 },
      // Unknown items and files (or hostile strings) are dropped, not stored.
      { kind: 'view', locale: 'en', slug: "x'; DROP TABLE usage_counts; --", month: '2026-10', count: 9 },
      { kind: 'download', filename: 'no-such-file.pdf', month: '2026-10', count: 9 },
    ])
    expect(written).toBe(5)
    // A second batch adds to the same rows.
    await recordUsage(payload, [{ kind: 'download', filename: files.ru, month: '2026-10', count: 1 }])

    const months = await monthlyUsage(payload, period, ids.bilingual)
    expect(months).toEqual([
      { month: '2026-09', views: { en: 3, ru: 0 }, downloads: { en: 0, ru: 0 } },
      { month: '2026-10', views: { en: 0, ru: 2 }, downloads: { en: 1, ru: 5 } },
    ])
    const mine = (await usageByPublication(payload, period)).filter((p) => p.slug.endsWith(`-${suffix}`))
    expect(mine.map((p) => [p.slug, p.views, p.downloads])).toEqual([
      [`counted-bilingual-${suffix}`, { en: 3, ru: 2 }, { en: 1, ru: 5 }],
      [`counted-newer-${suffix}`, { en: 0, ru: 0 }, { en: 2, ru: 0 }],
    ])
    expect(mine[0].title).toMatchObject({ en: `Counted bilingual brief ${suffix}`, ru: `Двуязычная записка ${suffix}` })
  })

  it('exports the counts as CSV with both titles', async () => {
    const csv = await usageCsv(payload, period, ids.bilingual)
    expect(csv.startsWith('\uFEFFmonth,publication_id,slug,title_en,title_ru,language,views,downloads\r\n')).toBe(true)
    const lines = csv.trim().split('\r\n').slice(1)
    expect(lines).toEqual([
      `2026-09,${ids.bilingual},counted-bilingual-${suffix},Counted bilingual brief ${suffix},Двуязычная записка ${suffix},en,3,0`,
      `2026-10,${ids.bilingual},counted-bilingual-${suffix},Counted bilingual brief ${suffix},Двуязычная записка ${suffix},en,0,1`,
      `2026-10,${ids.bilingual},counted-bilingual-${suffix},Counted bilingual brief ${suffix},Двуязычная записка ${suffix},ru,2,5`,
    ])
  })

  it('sorts the repository by downloads', async () => {
    const order = async (sort: 'downloads' | 'newest') =>
      // The query keeps the page to this file's items (other files add publications of their own).
      (await searchSite(payload, { q: `counted ${suffix}`, locale: 'en', audience: 'public', sort, filters: { kinds: ['publication'] }, pageSize: 100 })).hits
        .map((h) => h.refId)
        .filter((refId) => refId === String(ids.bilingual) || refId === String(ids.newer))
    expect(await order('newest')).toEqual([String(ids.newer), String(ids.bilingual)])
    expect(await order('downloads')).toEqual([String(ids.bilingual), String(ids.newer)])
  })
})
