import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows, sql } from '@/server/search-index/raw-sql'
import { searchSite } from '@/server/search-index/search-site'
import { databaseKind, makeUser, testPayload, uploadFixturePdf } from './helpers'

const upload = (payload: Payload, fixture: string) => uploadFixturePdf(payload, fixture, `${fixture}-${Date.now()}.pdf`)

describe(`Online Repository: publications, files and search (${databaseKind})`, () => {
  let payload: Payload
  const ids: Record<string, number> = {}
  const suffix = Date.now()

  beforeAll(async () => {
    payload = await testPayload()
    const types = await payload.find({ collection: 'publication-types', where: { slug: { in: ['policy-brief', 'analytical-report'] } }, sort: 'slug', overrideAccess: true })
    const [report, brief] = types.docs
    const area = (await payload.find({ collection: 'thematic-areas', where: { slug: { equals: 'readmission-return-reintegration' } }, overrideAccess: true })).docs[0]
    const enFile = await upload(payload, 'en-sample')
    const ruFile = await upload(payload, 'ru-sample')
    const membersFile = await upload(payload, 'sample')

    const english = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Labour mobility corridors ${suffix}`, abstract: 'Seasonal work and circular schemes.', slug: `labour-${suffix}`, type: brief.id, publishedOn: '2024-03-01', editions: [{ language: 'en', file: enFile.id }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    const russian = await payload.create({
      collection: 'publications',
      locale: 'ru',
      data: { title: `Реинтеграция возвращающихся мигрантов ${suffix}`, abstract: 'Обзор программ добровольного возвращения.', slug: `reintegration-${suffix}`, type: report.id, publishedOn: '2025-06-01', thematicAreas: [area.id], editions: [{ language: 'ru', file: ruFile.id }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    const members = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Restricted reintegration assessment ${suffix}`, abstract: 'For members only.', slug: `restricted-${suffix}`, type: report.id, publishedOn: '2025-01-01', editions: [{ language: 'en', file: membersFile.id }], visibility: 'members', _status: 'published' },
      overrideAccess: true,
    })
    Object.assign(ids, { type: brief.id, english: english.id, russian: russian.id, members: members.id, enFile: enFile.id, ruFile: ruFile.id, membersFile: membersFile.id })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  }, 120_000)

  // Only this file's items count: other test files add publications of their own.
  const titles = async (q: string, locale: 'en' | 'ru', audience: 'public' | 'members' = 'public') =>
    (await searchSite(payload, { q, locale, audience, filters: { kinds: ['publication'] }, pageSize: 100 })).hits
      .filter((h) => h.title.endsWith(` ${suffix}`))
      .map((h) => h.title.replace(` ${suffix}`, ''))

  it('extracts PDF text in both scripts in the background and indexes it', async () => {
    const ru = await payload.findByID({ collection: 'documents', id: ids.ruFile, overrideAccess: true, showHiddenFields: true })
    expect(ru.textStatus).toBe('extracted')
    expect(ru.text).toContain('Добровольное возвращение')
    // A word that appears only inside the PDF finds the item.
    expect(await titles('происхождения', 'ru')).toContain('Реинтеграция возвращающихся мигрантов')
    expect(await titles('qualifications', 'en')).toContain('Labour mobility corridors')
  })

  it('finds Russian inflected forms and English plurals', async () => {
    expect(await titles('мигранты', 'ru')).toContain('Реинтеграция возвращающихся мигрантов')
    expect(await titles('мигрантам', 'ru')).toContain('Реинтеграция возвращающихся мигрантов')
    expect(await titles('corridor', 'en')).toContain('Labour mobility corridors')
  })

  it('crosses languages through the thesaurus, own-language matches first', async () => {
    expect(await titles('reintegration', 'en')).toEqual(['Реинтеграция возвращающихся мигрантов'])
    expect(await titles('reintegration', 'en', 'members')).toEqual(['Restricted reintegration assessment', 'Реинтеграция возвращающихся мигрантов'])
    expect(await titles('трудовая миграция', 'ru')).toContain('Labour mobility corridors')
  })

  it('honours quoted phrases and exclusions', async () => {
    expect(await titles('"seasonal workers"', 'en')).toEqual(['Labour mobility corridors'])
    expect(await titles('"workers seasonal"', 'en')).toEqual([])
    expect(await titles('seasonal -corridors', 'en')).toEqual([])
  })

  it('answers absurd queries calmly, finding nothing and changing nothing', async () => {
    const countDocs = async () => Number((await queryRows<{ n: number }>(payload, sql`SELECT COUNT(*) AS n FROM search_docs`))[0].n)
    const before = await countDocs()
    expect(before).toBeGreaterThan(0)
    const search = (q: unknown) => searchSite(payload, { q, locale: 'en', audience: 'public', filters: { kinds: ['publication'] } })
    for (const q of ['"; DROP TABLE search_docs; --', 'title:foo AND NOT (bar*)']) {
      expect((await search(q)).hits.filter((h) => h.title.endsWith(` ${suffix}`)), q.slice(0, 40)).toEqual([])
    }
    // Input without a single usable word (a 5,000-letter "word" included) is no query at all: the same as browsing.
    const browsing = (await search(undefined)).total
    expect(browsing).toBeGreaterThan(0)
    for (const q of ['x'.repeat(5000), '*** ??? !!!', '"""', '-', null, { $gt: '' }]) expect((await search(q)).total, JSON.stringify(q)).toBe(browsing)
    expect(await countDocs()).toBe(before)
  })

  it('withdraws a file from readers when it is replaced, restricted or its publication deleted', async () => {
    const audience = async (id: number) => (await payload.findByID({ collection: 'documents', id, overrideAccess: true })).audience
    const anonymousSees = async (id: number) => (await payload.find({ collection: 'documents', where: { id: { equals: id } }, overrideAccess: false })).docs.length === 1
    const first = await upload(payload, 'en-sample')
    const second = await upload(payload, 'en-sample')
    const pub = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Withdrawal check ${suffix}`, slug: `withdrawal-${suffix}`, type: ids.type, publishedOn: '2024-01-01', editions: [{ language: 'en', file: first.id }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect([await audience(first.id), await anonymousSees(first.id)]).toEqual(['public', true])

    // Replaced: the old file is for staff only; the new one is public.
    await payload.update({ collection: 'publications', id: pub.id, data: { editions: [{ language: 'en', file: second.id }] }, overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect([await audience(first.id), await anonymousSees(first.id), await audience(second.id)]).toEqual(['staff', false, 'public'])

    // A file that another public publication still uses stays public when this one is restricted.
    const other = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Sharing check ${suffix}`, slug: `sharing-${suffix}`, type: ids.type, publishedOn: '2024-01-01', editions: [{ language: 'en', file: second.id }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'publications', id: pub.id, data: { visibility: 'members' }, overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await audience(second.id)).toBe('public')
    await payload.delete({ collection: 'publications', id: other.id, overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect([await audience(second.id), await anonymousSees(second.id)]).toEqual(['members', false])

    // Deleted: nothing references the file any more.
    await payload.delete({ collection: 'publications', id: pub.id, overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await audience(second.id)).toBe('staff')
  }, 60_000)

  it('keeps members-only items, their files and snippets from everyone else', async () => {
    expect(await titles('restricted', 'en')).toEqual([])
    expect(await titles('restricted', 'en', 'members')).toEqual(['Restricted reintegration assessment'])
    const file = await payload.findByID({ collection: 'documents', id: ids.membersFile, overrideAccess: true })
    expect(file.audience).toBe('members')
    const anonymousFiles = await payload.find({ collection: 'documents', where: { id: { equals: ids.membersFile } }, overrideAccess: false })
    expect(anonymousFiles.docs).toEqual([])
    const learner = await makeUser(payload, ['learner'])
    const ncp = await makeUser(payload, ['ncp'])
    expect((await payload.find({ collection: 'publications', where: { id: { equals: ids.members } }, user: learner, overrideAccess: false })).docs).toEqual([])
    expect((await payload.find({ collection: 'publications', where: { id: { equals: ids.members } }, user: ncp, overrideAccess: false })).docs).toHaveLength(1)
  })

  it('counts facets exactly and filters by them', async () => {
    const all = await searchSite(payload, { locale: 'en', audience: 'public', filters: { kinds: ['publication'] } })
    const mine = all.hits.filter((h) => h.title.endsWith(String(suffix)))
    expect(mine).toHaveLength(2)
    const filtered = await searchSite(payload, { locale: 'en', audience: 'public', filters: { kinds: ['publication'], area: 'readmission-return-reintegration' } })
    expect(filtered.total).toBe(filtered.facets.area.find((f) => f.value === 'readmission-return-reintegration')?.count)
    const ru = await searchSite(payload, { locale: 'en', audience: 'public', filters: { kinds: ['publication'], language: 'ru', yearFrom: 2025, yearTo: 2025 } })
    expect(ru.hits.map((h) => h.refId)).toContain(String(ids.russian))
    expect(ru.hits.map((h) => h.refId)).not.toContain(String(ids.english))
  })

  it('rejects a file that is not really a PDF and saves nothing', async () => {
    const before = (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)])
    await expect(
      payload.create({ collection: 'documents', data: { audience: 'staff' }, file: { data: broken, mimetype: 'application/pdf', name: 'broken.pdf', size: broken.length }, overrideAccess: true }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('never gives a deleted item\'s id to a new item', async () => {
    // SQLite without AUTOINCREMENT hands the last row's id to the next row; PostgreSQL's
    // sequences never do. Both must behave like the latter.
    const make = (n: number) =>
      payload.create({
        collection: 'publications',
        locale: 'en',
        data: { title: `Id probe ${n} ${suffix}`, slug: `id-probe-${n}-${suffix}`, type: ids.type, publishedOn: '2024-01-01', editions: [{ language: 'en', file: ids.enFile }], visibility: 'public', _status: 'draft' },
        overrideAccess: true,
        draft: true,
      })
    const first = await make(1)
    await payload.delete({ collection: 'publications', id: first.id, overrideAccess: true })
    const second = await make(2)
    expect(second.id).toBeGreaterThan(first.id)
    await payload.delete({ collection: 'publications', id: second.id, overrideAccess: true })
    const user = await makeUser(payload, ['learner'])
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    expect((await makeUser(payload, ['learner'])).id).toBeGreaterThan(user.id)
  })

  it('tags countries that are not participants, names them in both languages and finds them by place', async () => {
    const item = await payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title: `Displacement from the region ${suffix}`, slug: `afghan-${suffix}`, type: ids.type, publishedOn: '2023-02-01', otherCountries: ['AF', 'SY'], editions: [{ language: 'en', file: ids.enFile }], visibility: 'public', _status: 'published' },
      overrideAccess: true,
    })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await titles('Афганистан', 'ru')).toContain('Displacement from the region')
    expect(await titles('Syrian refugees', 'en')).toContain('Displacement from the region')
    const facets = await searchSite(payload, { locale: 'en', audience: 'public', filters: { kinds: ['publication'], country: 'AF' } })
    expect(facets.hits.map((h) => h.refId)).toContain(String(item.id))
    const { toPublicationRecord } = await import('@/server/publications/publication-record')
    const full = await payload.findByID({ collection: 'publications', id: item.id, locale: 'all', depth: 1, overrideAccess: true })
    const record = toPublicationRecord(full as never)
    expect(record.countries.map((c) => [c.isoCode, c.name.en, c.name.ru])).toEqual([
      ['AF', 'Afghanistan', 'Афганистан'],
      ['SY', 'Syria', 'Сирия'],
    ])
  })

  it('turns a public item that is withdrawn into a deleted OAI record', async () => {
    await payload.update({ collection: 'publications', id: ids.english, data: { visibility: 'members' }, overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    const [record] = await queryRows<{ state: string }>(payload, sql`SELECT state FROM oai_records WHERE publication = ${ids.english}`)
    expect(record.state).toBe('deleted')
    const [never] = await queryRows(payload, sql`SELECT state FROM oai_records WHERE publication = ${ids.members}`)
    expect(never).toBeUndefined()
  })
})
