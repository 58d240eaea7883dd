import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseRepositoryQuery, toSearchArgs } from '@/server/search-index/search-params'
import { searchSite, type TFacetCount, type TSearchFilters } from '@/server/search-index/search-site'
import { databaseKind, testPayload, uploadFixturePdf } from './helpers'

/** A made-up word (letters only) that only this file's items have in their titles. */
const word = `zq${Date.now().toString(36).replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)])}`
/** Countries no other item of the test data concerns. */
const [NR, TV, PW] = ['NR', 'TV', 'PW'] as const

const asObject = (counts: TFacetCount[], only?: string[]) => Object.fromEntries(counts.filter((c) => !only || only.includes(c.value)).map((c) => [c.value, c.count]))

describe(`Online Repository: several values per facet (${databaseKind})`, () => {
  let payload: Payload
  const ids: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    const types = await payload.find({ collection: 'publication-types', where: { slug: { in: ['policy-brief', 'analytical-report', 'national-factsheet'] } }, overrideAccess: true })
    const type = (slug: string) => types.docs.find((t) => t.slug === slug)!.id
    const en = await uploadFixturePdf(payload, 'en-sample', `facets-en-${word}.pdf`)
    const ru = await uploadFixturePdf(payload, 'ru-sample', `facets-ru-${word}.pdf`)
    const items: [string, (typeof NR | typeof TV | typeof PW)[], 'en' | 'ru', number][] = [
      ['policy-brief', [NR], 'en', 2021],
      ['policy-brief', [TV], 'ru', 2022],
      ['analytical-report', [NR, TV], 'en', 2023],
      ['analytical-report', [PW], 'ru', 2023],
      ['national-factsheet', [PW], 'en', 2024],
    ]
    for (const [i, [slug, countries, language, year]] of items.entries()) {
      const pub = await payload.create({
        collection: 'publications',
        locale: language,
        data: { title: `Facet probe ${word} ${i + 1}`, slug: `facet-probe-${word}-${i + 1}`, type: type(slug), publishedOn: `${year}-05-01`, otherCountries: countries, editions: [{ language, file: (language === 'en' ? en : ru).id }], visibility: 'public', _status: 'published' },
        overrideAccess: true,
      })
      ids.push(pub.id)
    }
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  }, 180_000)

  /** This file's items found by the made-up word (numbered 1–5 as above), and the facet counts. */
  const search = async (filters: Omit<TSearchFilters, 'kinds'>, q: string | undefined = word) => {
    const result = await searchSite(payload, { q, locale: 'en', audience: 'public', filters: { ...filters, kinds: ['publication'] }, pageSize: 100 })
    const items = result.hits.map((h) => ids.indexOf(Number(h.refId)) + 1).filter((n) => n > 0).sort()
    return { result, items, type: asObject(result.facets.type), country: asObject(result.facets.country), language: asObject(result.facets.language) }
  }

  it('finds items with any of a facet\'s values (OR) and all of the facets (AND)', async () => {
    expect((await search({})).items).toEqual([1, 2, 3, 4, 5])
    expect((await search({ type: ['policy-brief', 'analytical-report'] })).items).toEqual([1, 2, 3, 4])
    expect((await search({ country: [NR, PW] })).items).toEqual([1, 3, 4, 5])
    expect((await search({ type: ['policy-brief', 'analytical-report'], country: [NR, PW] })).items).toEqual([1, 3, 4])
    expect((await search({ type: ['policy-brief', 'analytical-report'], country: [NR, PW], language: ['ru'] })).items).toEqual([4])
    expect((await search({ language: ['en', 'ru'] })).items).toEqual([1, 2, 3, 4, 5])
    // A value no item has adds nothing to the others; alone, it finds nothing.
    expect((await search({ type: ['policy-brief', 'no-such-type'] })).items).toEqual([1, 2])
    expect((await search({ type: ['no-such-type'] })).result.total).toBe(0)
    // One value as a plain string (older callers) is the same as a list of one.
    expect((await search({ country: TV })).items).toEqual((await search({ country: [TV] })).items)
  })

  it('counts each facet as if its own values were not chosen (disjunctive counts)', async () => {
    const all = await search({})
    expect([all.type, all.country, all.language]).toEqual([
      { 'policy-brief': 2, 'analytical-report': 2, 'national-factsheet': 1 },
      { [NR]: 2, [TV]: 2, [PW]: 2 },
      { en: 3, ru: 2 },
    ])
    // The chosen facet keeps the counts of every value, so a second one can be added; the others count the results.
    const types = await search({ type: ['policy-brief', 'analytical-report'] })
    expect(types.result.total).toBe(4)
    expect([types.type, types.country, types.language]).toEqual([all.type, { [NR]: 2, [TV]: 2, [PW]: 1 }, { en: 2, ru: 2 }])
    // Two facets chosen: each is counted over the items that pass the other one.
    const both = await search({ type: ['policy-brief', 'analytical-report'], country: [NR] })
    expect(both.items).toEqual([1, 3])
    expect([both.type, both.country, both.language]).toEqual([{ 'policy-brief': 1, 'analytical-report': 1 }, { [NR]: 2, [TV]: 2, [PW]: 1 }, { en: 2 }])
    // Nothing passes all three, yet each facet shows what choosing differently would find.
    const none = await search({ type: ['policy-brief', 'analytical-report'], country: [NR], language: ['ru'] })
    expect(none.result.total).toBe(0)
    expect([none.type, none.country, none.language]).toEqual([{}, { [TV]: 1, [PW]: 1 }, { en: 2 }])
    expect(none.result.facets.year).toEqual([])
  })

  it('counts the same way when browsing without words, from a URL with repeated parameters', async () => {
    const query = parseRepositoryQuery({ country: [NR, TV, PW], type: 'national-factsheet', language: ['en', 'xx'] })
    const { filters } = toSearchArgs(query)
    expect(filters).toMatchObject({ country: [NR, TV, PW], type: ['national-factsheet'], language: ['en'] })
    const browse = await search(filters, undefined)
    expect(browse.items).toEqual([5])
    expect(browse.result.total).toBe(1)
    // Only this file's items concern these countries: the counts of types and languages are theirs alone.
    expect(browse.type).toEqual({ 'policy-brief': 1, 'analytical-report': 1, 'national-factsheet': 1 })
    expect(browse.language).toEqual({ en: 1 })
    // Other factsheets (of the demo content) concern other countries; of these three only PW has one.
    expect(asObject(browse.result.facets.country, [NR, TV, PW])).toEqual({ [PW]: 1 })
    // With the words, the same filters give the same counts of this file's items.
    const found = await search(filters)
    expect([found.items, found.type, found.language, asObject(found.result.facets.country, [NR, TV, PW])]).toEqual([[5], browse.type, browse.language, { [PW]: 1 }])
  })
})
