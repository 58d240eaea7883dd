import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { citationMetaTags, formatCitation, toBibTeX, toCslJson, toRIS } from '@/server/open-metadata/citation'
import type { TPublicationRecord } from '@/server/open-metadata/types'
import { findPublicationsAllLocales, toPublicationRecord } from '@/server/publications/publication-record'
import { databaseKind, testPayload } from './helpers'

/** Authors' kind and Russian names, from the database (migrated `kind` column) to every citation export. */
describe(`Citations of a stored publication (${databaseKind})`, () => {
  let payload: Payload
  let record: TPublicationRecord
  const suffix = Date.now()

  async function author(en: string, ru: string, kind?: 'person' | 'organisation') {
    const created = await payload.create({ collection: 'authors', locale: 'en', data: { name: en, slug: `author-${suffix}-${en.length}-${kind ?? 'default'}`, ...(kind ? { kind } : {}) }, overrideAccess: true })
    await payload.update({ collection: 'authors', id: created.id, locale: 'ru', data: { name: ru }, overrideAccess: true })
    return created
  }

  beforeAll(async () => {
    payload = await testPayload()
    const person = await author('Ivan Petrov', 'Иван Петров')
    const organisation = await author('Prague Process Secretariat', 'Секретариат Пражского процесса', 'organisation')
    const type = (await payload.find({ collection: 'publication-types', where: { slug: { equals: 'handbook' } }, overrideAccess: true })).docs[0]
    const pub = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Return counselling handbook ${suffix}`, slug: `cite-${suffix}`, type: type.id, authors: [person.id, organisation.id], publishedOn: '2025-02-03', doi: '10.5555/pp%2F2025', visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'publications', id: pub.id, locale: 'ru', data: { title: `Руководство по консультированию ${suffix}` }, overrideAccess: true })
    const [found] = await findPublicationsAllLocales(payload, { id: { equals: pub.id } }, { limit: 1 })
    record = toPublicationRecord(found)
  }, 120_000)

  it('stores the kind, person by default', () => {
    expect(record.authors.map((a) => [a.kind, a.localizedName?.en, a.localizedName?.ru])).toEqual([
      ['person', 'Ivan Petrov', 'Иван Петров'],
      ['organisation', 'Prague Process Secretariat', 'Секретариат Пражского процесса'],
    ])
  })

  it('exports persons split and the organisation whole, in the reader language', () => {
    expect(toBibTeX(record)).toContain('  author = {Petrov, Ivan and {Prague Process Secretariat}},')
    expect(toBibTeX(record, 'ru')).toContain('  author = {Петров, Иван and {Секретариат Пражского процесса}},')
    expect(toBibTeX(record).split('{')[0]).toBe('@book')
    expect(toRIS(record, 'ru')).toContain('\r\nAU  - Петров, Иван\r\nAU  - Секретариат Пражского процесса\r\n')
    expect(toCslJson(record, 'ru')[0]).toMatchObject({ type: 'book', author: [{ family: 'Петров', given: 'Иван' }, { literal: 'Секретариат Пражского процесса' }], DOI: '10.5555/pp%2F2025' })
    expect(citationMetaTags(record, 'ru').filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual(['Петров, Иван', 'Секретариат Пражского процесса'])
  })

  it('cites in APA and GOST with the names of each language', () => {
    // citeproc-js leaves out APA's comma before '&' when the last of two authors is an organisation.
    expect(formatCitation(record, 'en')).toMatch(new RegExp(`^Petrov, I\\. & Prague Process Secretariat\\. \\(2025\\)\\. Return counselling handbook ${suffix} `))
    expect(formatCitation(record, 'en')).toContain('https://doi.org/10.5555/pp%252F2025')
    expect(formatCitation(record, 'ru')).toMatch(new RegExp(`^Петров,\u00a0И\\. Руководство по консультированию ${suffix} / И\\.\u00a0Петров, Секретариат Пражского процесса\\. – `))
  })
})
