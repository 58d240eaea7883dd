import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeNewRevision } from '@/server/content/write-new-revision'
import { removeSearchDoc, upsertSearchDoc } from '@/server/search-index/index-store'
import { searchSite } from '@/server/search-index/search-site'
import { databaseKind, testPayload } from './helpers'

/**
 * Search as readers type (issue #8), on real titles of migration publications (English-only
 * unless said): places in any case form or as demonyms, forms of one word, queries with
 * words an item lacks, and typos.
 */
type TItem = { key: string; title: string; body: string; countries: string[]; language?: 'en' | 'ru' }
const items: TItem[] = [
  { key: 'kg-climate', title: 'Environment, Climate Change and Migration in the Kyrgyz Republic', body: 'IOM research on how environmental change affects mobility in rural areas.', countries: ['KG'] },
  { key: 'ua-protection', title: 'Providing Temporary Protection to Displaced Persons from Ukraine: A Year in Review', body: 'The first year of temporary protection for people displaced from Ukraine in EU+ countries.', countries: ['UA'] },
  { key: 'ca-remittances', title: 'Labour Migration, Remittances, and Human Development in Central Asia', body: 'How labour migration and remittances relate to human development.', countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] },
  { key: 'ru-refuge', title: 'Russian nationals looking for refuge in the European Union', body: 'Asylum applications by Russian citizens after 2022.', countries: ['RU'] },
  { key: 'wb-skills', title: "'Use It or Lose It!' How Do Migration, Human Capital and the Labour Market Interact in the Western Balkans?", body: 'Emigration, brain drain and the skills of the tertiary-educated in the six Western Balkan economies.', countries: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] },
  // Only the head word of "displaced persons" / «перемещённые лица».
  { key: 'displaced-only', title: 'Life after the shelling in eastern regions', body: 'Families displaced by the fighting and the towns that took them in.', countries: [] },
  // The same words, together in one title and scattered in the other (which has them more often).
  { key: 'readmission-close', title: 'The Readmission Agreement: Implementation in the Region and with Its Neighbours', body: 'Annual review of cooperation, discussed first and later.', countries: [] },
  { key: 'readmission-apart', title: 'Readmission: the Region, Its Neighbours, Visas and the Agreement', body: 'Readmission is discussed first, the agreement later.', countries: [] },
  // Russian only: word forms Snowball leaves apart.
  { key: 'uz-citizens', title: 'Права граждан Узбекистана на рынках труда России', body: 'Перепись трудящихся-мигрантов и их детей.', countries: ['UZ'], language: 'ru' },
]

describe(`search relevance (${databaseKind})`, () => {
  let payload: Payload
  const keyOf = (key: string) => `publication:relevance-${key}`
  beforeAll(async () => {
    payload = await testPayload()
    for (const [i, item] of items.entries()) {
      await upsertSearchDoc(payload, {
        docKey: keyOf(item.key),
        kind: 'publication',
        refId: `relevance-${item.key}`,
        audience: 'public',
        languages: [item.language ?? 'en'],
        publishedAt: `20${10 + i}-06-01`,
        titles: item.language === 'ru' ? { en: null, ru: item.title } : { en: item.title, ru: null },
        bodies: item.language === 'ru' ? { en: null, ru: item.body } : { en: item.body, ru: null },
        urlPath: `/repository/relevance-${item.key}`,
        facets: { countries: item.countries, year: 2010 + i },
      })
    }
    // As the index job does after writing: a search reads the index again on a new revision.
    await writeNewRevision(payload)
  })
  afterAll(async () => {
    for (const item of items) await removeSearchDoc(payload, keyOf(item.key))
    await writeNewRevision(payload)
  })

  it('keeps each document\'s length for BM25, the same on both databases', async () => {
    const { loadSearchMeta } = await import('@/server/search-index/index-store')
    const { buildPostings } = await import('@/server/search/postings')
    const meta = (await loadSearchMeta(payload)).find((m) => m.docKey === keyOf('wb-skills'))
    const item = items.find((it) => it.key === 'wb-skills')!
    // (libsql's rows are array-like: reading row.length gave the column count, 8, for every document.)
    expect(meta?.length).toBe(buildPostings(0, { title: item.title, body: item.body }).length)
    expect(meta?.length).not.toBe(8)
  })

  const found = async (q: string, locale: 'en' | 'ru') => {
    const result = await searchSite(payload, { q, locale, audience: 'public', filters: { kinds: ['publication'] }, pageSize: 10 })
    return { refs: result.hits.map((h) => h.refId.replace('relevance-', '')), suggestion: result.suggestion }
  }

  it('finds a place named in any case form, as a demonym or as a region, by its tags and names', async () => {
    expect((await found('изменение климата и миграция в Киргизии', 'ru')).refs[0]).toBe('kg-climate')
    expect((await found('временная защита украинцев', 'ru')).refs[0]).toBe('ua-protection')
    expect((await found('денежные переводы из Узбекистана', 'ru')).refs[0]).toBe('ca-remittances')
    expect((await found('утечка мозгов с Западных Балкан', 'ru')).refs[0]).toBe('wb-skills')
    expect((await found('Central Asian remittances', 'en')).refs[0]).toBe('ca-remittances')
  })

  it('lets forms of one word meet (refugee / refuge) and does not drop an item for one word it lacks', async () => {
    expect((await found('refugees from Russia', 'en')).refs).toContain('ru-refuge')
    // "strategies" is in no item: the item with the other words is still found, first.
    expect((await found('exit strategies from temporary protection for Ukrainians', 'en')).refs[0]).toBe('ua-protection')
  })

  it('finds a document with only the head word of a thesaurus term, after the whole term', async () => {
    for (const [q, locale] of [['displaced persons', 'en'], ['перемещённые лица', 'ru']] as const) {
      const { refs } = await found(q, locale)
      expect(refs).toContain('displaced-only')
      expect(refs.indexOf('ua-protection')).toBeGreaterThanOrEqual(0)
      expect(refs.indexOf('ua-protection')).toBeLessThan(refs.indexOf('displaced-only'))
    }
    // A quoted term wants the whole term.
    expect((await found('"displaced persons"', 'en')).refs).not.toContain('displaced-only')
  })

  it('ranks the query words standing together in a title above the same words apart', async () => {
    for (const [q, locale] of [['readmission agreement', 'en'], ['соглашение о реадмиссии', 'ru']] as const) {
      const { refs } = await found(q, locale)
      expect(refs.indexOf('readmission-close')).toBeGreaterThanOrEqual(0)
      expect(refs.indexOf('readmission-close')).toBeLessThan(refs.indexOf('readmission-apart'))
    }
  })

  it('brings together Russian word forms Snowball splits', async () => {
    expect((await found('гражданин Узбекистана', 'ru')).refs[0]).toBe('uz-citizens')
    expect((await found('ребёнок трудящегося мигранта', 'ru')).refs[0]).toBe('uz-citizens')
    expect((await found('рынок труда и переписи', 'ru')).refs[0]).toBe('uz-citizens')
  })

  it('forgives a typo and suggests the corrected query', async () => {
    const typo = await found('Kyrgystan climate', 'en')
    expect(typo.refs[0]).toBe('kg-climate')
    const misspelt = await found('remitances in Central Asia', 'en')
    expect(misspelt.refs[0]).toBe('ca-remittances')
    expect(misspelt.suggestion).toBe('remittances in Central Asia')
  })
})
