import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleOaiRequest } from '@/server/open-metadata/oai-pmh'
import { oaiRepository } from '@/server/publications/oai-repository'
import { databaseKind, testPayload, uploadFixturePdf } from './helpers'

/**
 * OAI-PMH as harvesters rely on it (issue #8): a withdrawal is never lost, identifiers are
 * never given to another item, set harvests see deletions, a harvest in progress loses no
 * record when items are saved meanwhile, and a change to what a record shows changes its
 * datestamp.
 */
describe(`OAI-PMH records (${databaseKind})`, () => {
  let payload: Payload
  let typeId: number
  let typeSlug: string
  const suffix = Date.now()

  beforeAll(async () => {
    payload = await testPayload()
    const type = (await payload.find({ collection: 'publication-types', where: { slug: { equals: 'policy-brief' } }, overrideAccess: true })).docs[0]
    typeId = type.id
    typeSlug = type.slug
  })

  // The saves here queue jobs; later files should not find them waiting.
  afterAll(async () => {
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  })

  let made = 0
  async function publish(title: string, extra: Record<string, unknown> = {}) {
    made++
    const file = await uploadFixturePdf(payload, 'en-sample', `oai-${suffix}-${made}.pdf`)
    return payload.create({
      collection: 'publications',
      locale: 'en',
      data: { title, slug: `oai-${suffix}-${made}`, type: typeId, publishedOn: '2024-05-01', editions: [{ language: 'en', file: file.id }], visibility: 'public', _status: 'published', ...extra },
      overrideAccess: true,
    })
  }
  const recordsOf = async (publication: number) => (await payload.find({ collection: 'oai-records', where: { publication: { equals: publication } }, sort: 'id', overrideAccess: true })).docs
  /** The record of this very item (SQLite may have given its id to an earlier, deleted one). */
  const ownRecord = async (pub: { id: number; createdAt: string }) =>
    (await recordsOf(pub.id)).filter((r) => new Date(r.publicationCreatedAt).getTime() === new Date(pub.createdAt).getTime())
  const oai = async (query: Record<string, string>, pageSize = 100) => (await handleOaiRequest(new URLSearchParams(query), oaiRepository(payload, 'http://localhost/oai'), new Date(), pageSize)).xml

  it('records an exposure in the save itself, so a withdrawal before any job ran is still a deleted record', async () => {
    const pub = await publish(`Withdrawn at once ${suffix}`)
    // No job has run: the record exists all the same.
    expect((await ownRecord(pub)).map((r) => r.state)).toEqual(['live'])
    await payload.update({ collection: 'publications', id: pub.id, data: { visibility: 'members' }, overrideAccess: true })
    expect((await ownRecord(pub)).map((r) => r.state)).toEqual(['deleted'])
    const deleted = await publish(`Deleted at once ${suffix}`)
    await payload.delete({ collection: 'publications', id: deleted.id, overrideAccess: true })
    const [record] = await ownRecord(deleted)
    expect(record.state).toBe('deleted')
    const xml = await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: `oai:localhost:${record.identifier}` })
    expect(xml).toContain('status="deleted"')
  })

  it('never gives a deleted item’s identifier to another item, even when the database reuses its id', async () => {
    const first = await publish(`First holder ${suffix}`)
    const [firstRecord] = await ownRecord(first)
    await payload.delete({ collection: 'publications', id: first.id, overrideAccess: true })
    const second = await publish(`Second holder ${suffix}`)
    const [secondRecord] = await ownRecord(second)
    expect(secondRecord.identifier).not.toBe(firstRecord.identifier)
    const old = await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: `oai:localhost:${firstRecord.identifier}` })
    expect(old).toContain('status="deleted"')
    expect(old).not.toContain('Second holder')
    expect(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: `oai:localhost:${secondRecord.identifier}` })).toContain(`Second holder ${suffix}`)
  })

  it('keeps a deleted record in its sets', async () => {
    const pub = await publish(`In a set ${suffix}`)
    const [record] = await ownRecord(pub)
    await payload.update({ collection: 'publications', id: pub.id, data: { _status: 'draft' }, overrideAccess: true })
    const xml = await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: `type:${typeSlug}` })
    const header = xml.slice(xml.indexOf(`oai:localhost:${record.identifier}<`) - 200, xml.indexOf(`oai:localhost:${record.identifier}<`))
    expect(xml).toContain(`oai:localhost:${record.identifier}<`)
    expect(header).toContain('status="deleted"')
    // OpenAIRE harvests its own set: every record is in it, deleted ones too.
    expect(await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'openaire' })).toContain(`oai:localhost:${record.identifier}<`)
  })

  it('loses no record from a harvest in progress when items are saved meanwhile', async () => {
    const from = new Date(Date.now() - 1000).toISOString().replace(/\.\d+Z$/, 'Z')
    const pubs = [await publish(`Harvest A ${suffix}`), await publish(`Harvest B ${suffix}`), await publish(`Harvest C ${suffix}`), await publish(`Harvest D ${suffix}`)]
    const identifiers = async (xml: string) => [...xml.matchAll(/<identifier>(oai:localhost:[^<]+)<\/identifier>/g)].map((m) => m[1])
    const page1 = await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', from }, 2)
    const seen = await identifiers(page1)
    expect(seen).toHaveLength(2)
    // The first item harvested is saved again: with offsets the next page would skip one.
    await payload.update({ collection: 'publications', id: pubs[0].id, data: { title: `Harvest A again ${suffix}` }, locale: 'en', overrideAccess: true })
    let token = page1.match(/<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/)?.[1]
    while (token) {
      const page = await oai({ verb: 'ListIdentifiers', resumptionToken: token }, 2)
      seen.push(...(await identifiers(page)))
      token = page.match(/<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/)?.[1]
    }
    const all = await Promise.all(pubs.map(async (p) => `oai:localhost:${(await ownRecord(p))[0].identifier}`))
    for (const identifier of all) expect(seen).toContain(identifier)
    // A token without the position (from before cursors, or damaged) is refused, not restarted.
    const positionless = Buffer.from(JSON.stringify({ p: 'oai_dc', f: from, o: 2 })).toString('base64url')
    expect(await oai({ verb: 'ListIdentifiers', resumptionToken: positionless }, 2)).toContain('code="badResumptionToken"')
  })

  it('keeps the datestamp when a draft of a published item is saved, and moves it when the draft is published', async () => {
    const pub = await publish(`Drafted ${suffix}`)
    const [before] = await ownRecord(pub)
    const identifier = `oai:localhost:${before.identifier}`
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.update({ collection: 'publications', id: pub.id, locale: 'en', draft: true, data: { title: `Drafted and edited ${suffix}` }, overrideAccess: true })
    const [afterDraft] = await ownRecord(pub)
    expect(afterDraft.state).toBe('live')
    expect(afterDraft.datestamp).toBe(before.datestamp)
    // Harvesters still see the published item, unchanged.
    const seen = await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier })
    expect(seen).toContain(`Drafted ${suffix}`)
    expect(seen).not.toContain('Drafted and edited')
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.update({ collection: 'publications', id: pub.id, locale: 'en', data: { _status: 'published' }, overrideAccess: true })
    const [afterPublish] = await ownRecord(pub)
    expect(new Date(afterPublish.datestamp).getTime()).toBeGreaterThan(new Date(before.datestamp).getTime())
    expect(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier })).toContain(`Drafted and edited ${suffix}`)
  })

  it('matches a set spec exactly: case and LIKE wildcards count', async () => {
    const pub = await publish(`Exact set ${suffix}`)
    const [record] = await ownRecord(pub)
    const identifier = `<identifier>oai:localhost:${record.identifier}</identifier>`
    const from = record.datestamp.replace(/\.\d+Z$/, 'Z')
    const list = (set: string) => oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', from, set })
    expect(await list(`type:${typeSlug}`)).toContain(identifier)
    expect(await list('type')).toContain(identifier)
    const near = [`TYPE:${typeSlug.toUpperCase()}`, `Type:${typeSlug}`, 'TYPE', `type:${typeSlug.replaceAll('-', '_')}`, `type:${typeSlug.slice(0, -1)}`, `type:${typeSlug}:x`]
    for (const set of near) {
      const xml = await list(set)
      expect(xml, set).not.toContain(identifier)
      expect(xml, set).toContain('code="noRecordsMatch"')
    }
  })

  it('gives a record a new datestamp when an author it shows changes', async () => {
    const author = await payload.create({ collection: 'authors', locale: 'en', data: { name: `Author ${suffix}`, slug: `author-${suffix}` }, overrideAccess: true })
    const pub = await publish(`With an author ${suffix}`, { authors: [author.id] })
    const [before] = await ownRecord(pub)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.update({ collection: 'authors', id: author.id, locale: 'en', data: { name: `Author renamed ${suffix}` }, overrideAccess: true })
    const [after] = await ownRecord(pub)
    expect(new Date(after.datestamp).getTime()).toBeGreaterThan(new Date(before.datestamp).getTime())
  })
})
