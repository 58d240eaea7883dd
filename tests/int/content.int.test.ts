import fs from 'node:fs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '@/server/content/lexical'
import { pageCacheRevision, readContentRevision } from '@/server/content/content-revision'
import { findLocalized } from '@/server/content/find-localized'
import { databaseKind, makeUser, testPayload } from './helpers'

describe(`content (${databaseKind})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('writes a new content revision on every change, which page caches compare', async () => {
    const before = await readContentRevision(payload)
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Revision test', excerpt: 'x', body: paragraphsToLexical(['x']), publishedAt: new Date().toISOString(), slug: `revision-${Date.now()}`, _status: 'published' },
      overrideAccess: true,
    })
    const afterCreate = await readContentRevision(payload)
    expect(afterCreate).not.toBe(before)
    await payload.delete({ collection: 'news', id: doc.id, overrideAccess: true })
    expect(await readContentRevision(payload)).not.toBe(afterCreate)
  })

  it('gives the page cache a new revision every day (UTC), so no page outlives the date it shows', async () => {
    const late = await pageCacheRevision(payload, new Date('2026-12-01T23:59:59Z'))
    expect(late).toBe(`${await readContentRevision(payload)}@2026-12-01`)
    expect(await pageCacheRevision(payload, new Date('2026-12-02T00:00:00Z'))).not.toBe(late)
  })

  it('shows a document in the other language, marked, when it has no translation', async () => {
    const slug = `english-only-${Date.now()}`
    await payload.create({ collection: 'projects', locale: 'en', data: { title: 'English only', summary: 'Only in English', slug, _status: 'published' }, overrideAccess: true })
    const ru = await findLocalized<{ id: number; title: string }>('projects', 'ru', { where: { slug: { equals: slug } } })
    expect(ru.docs[0]).toMatchObject({ title: 'English only', shownIn: 'en', fallback: true })
    const en = await findLocalized<{ id: number; title: string }>('projects', 'en', { where: { slug: { equals: slug } } })
    expect(en.docs[0]).toMatchObject({ title: 'English only', shownIn: 'en', fallback: false })
  })

  it('gives anonymous readers published documents only', async () => {
    const slug = `draft-${Date.now()}`
    await payload.create({ collection: 'news', data: { title: 'Secret draft', excerpt: 'x', body: { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } }, slug, _status: 'draft' }, draft: true, overrideAccess: true })
    const found = await findLocalized('news', 'en', { where: { slug: { equals: slug } } })
    expect(found.docs).toHaveLength(0)
  })

  it('refuses an upload whose content is not what its name says, and saves nothing', async () => {
    const admin = await makeUser(payload, ['admin'])
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const fake = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(
      payload.create({ collection: 'media', data: { alt: 'fake' }, file: { data: fake, mimetype: 'application/pdf', name: 'report.pdf', size: fake.length }, user: admin, overrideAccess: false }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)

    const pdf = fs.readFileSync('tests/fixtures/sample.pdf')
    const ok = await payload.create({ collection: 'media', data: { alt: 'sample' }, file: { data: pdf, mimetype: 'application/pdf', name: 'sample.pdf', size: pdf.length }, user: admin, overrideAccess: false })
    expect(ok.mimeType).toBe('application/pdf')
  })

  it('validates chairmanship periods of the Strategic Group and derives the current chair', async () => {
    const { docs } = await payload.find({ collection: 'participants', where: { isoCode: { in: ['CZ', 'HU'] } }, sort: 'isoCode', overrideAccess: true })
    const [cz, hu] = docs
    await expect(
      payload.updateGlobal({ slug: 'strategic-group', data: { chairmanships: [{ chair: cz.id, from: '2020-01-01', to: '2021-06-30' }, { chair: hu.id, from: '2021-01-01' }] }, overrideAccess: true }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(/overlap/) })] } })
    await payload.updateGlobal({ slug: 'strategic-group', data: { chairmanships: [{ chair: cz.id, from: '2020-01-01', to: '2020-12-31' }, { chair: hu.id, from: '2021-01-01' }] }, overrideAccess: true })
    const { loadStrategicGroup } = await import('@/server/governance/load-strategic-group')
    const group = await loadStrategicGroup('en', new Date('2022-05-01'))
    expect(group.currentChair?.isoCode).toBe('HU')
    await payload.updateGlobal({ slug: 'strategic-group', data: { chairmanships: [] }, overrideAccess: true })
  })
})
