import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleOaiRequest } from '@/server/open-metadata/oai-pmh'
import { oaiRepository } from '@/server/publications/oai-repository'
import { databaseKind, testPayload, uploadFixturePdf } from './helpers'
import { validateOaiResponse, validateXml, schemas } from './xml-schema'

/**
 * Every kind of OAI-PMH response, built from real records on the database, validated with
 * xmllint against the official schemas (tests/fixtures/xsd): the whole response against
 * OAI-PMH.xsd, and each oai_dc payload and oai-identifier description on its own against
 * oai_dc.xsd and oai-identifier.xsd.
 */
describe(`OAI-PMH responses against the official XML schemas (${databaseKind})`, () => {
  // A domain name, so that Identify carries an oai-identifier description to validate.
  const repositoryId = 'pragueprocess.eu'
  const baseUrl = 'https://pragueprocess.eu/oai'
  const suffix = Date.now()
  let payload: Payload
  let from: string
  let typeSlug: string
  const live: string[] = []
  let withdrawn: string

  const oai = async (query: Record<string, string> | string, pageSize = 100, id = repositoryId) =>
    (await handleOaiRequest(new URLSearchParams(query), oaiRepository(payload, baseUrl, id), new Date(), pageSize)).xml

  /** Asserts that the response is valid and returns how many payloads it held. */
  function expectValid(xml: string) {
    const result = validateOaiResponse(xml)
    expect(result.response, xml.slice(0, 2000)).toBe('')
    expect(result.metadata).toEqual([])
    expect(result.descriptions).toEqual([])
    return result.counts
  }

  const errorCode = (xml: string) => xml.match(/<error code="([^"]+)"/)?.[1]
  const tokenOf = (xml: string) => xml.match(/<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/)?.[1]

  beforeAll(async () => {
    payload = await testPayload()
    const type = (await payload.find({ collection: 'publication-types', where: { slug: { equals: 'policy-brief' } }, overrideAccess: true })).docs[0]
    typeSlug = type.slug
    const areas = (await payload.find({ collection: 'thematic-areas', limit: 2, overrideAccess: true })).docs
    const countries = (await payload.find({ collection: 'participants', limit: 2, overrideAccess: true })).docs
    const author = await payload.create({ collection: 'authors', locale: 'en', data: { name: `Schema Author ${suffix}`, slug: `schema-author-${suffix}` }, overrideAccess: true })
    // Harvests from here on see this file's records only: wait for the next whole second.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 10))
    from = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const publish = async (n: number) => {
      const file = await uploadFixturePdf(payload, 'en-sample', `oai-schema-${suffix}-${n}.pdf`)
      const pub = await payload.create({
        collection: 'publications',
        locale: 'en',
        data: {
          title: `Schema item ${n} ${suffix} <&> "quoted"`,
          abstract: `An abstract with markup-like text <b>not bold</b> & an ampersand.\nA second line.`,
          slug: `oai-schema-${suffix}-${n}`,
          type: type.id,
          authors: [author.id],
          thematicAreas: areas.map((a) => a.id),
          countries: countries.map((c) => c.id),
          keywords: ['labour migration', 'return'],
          doi: `10.5555/schema-${suffix}-${n}`,
          publishedOn: '2024-05-01',
          editions: [{ language: 'en', file: file.id }],
          visibility: 'public',
          _status: 'published',
        },
        overrideAccess: true,
      })
      await payload.update({ collection: 'publications', id: pub.id, locale: 'ru', data: { title: `Пример ${n} ${suffix}`, abstract: 'Аннотация на русском.' }, overrideAccess: true })
      return pub
    }
    const pubs = [await publish(1), await publish(2), await publish(3), await publish(4)]
    const identifierOf = async (id: number) =>
      `oai:${repositoryId}:${(await payload.find({ collection: 'oai-records', where: { publication: { equals: id } }, sort: '-id', limit: 1, overrideAccess: true })).docs[0].identifier}`
    for (const pub of pubs.slice(0, 3)) live.push(await identifierOf(pub.id))
    // The fourth is withdrawn: its record stays as a deleted one (a tombstone).
    await payload.update({ collection: 'publications', id: pubs[3].id, data: { visibility: 'members' }, overrideAccess: true })
    withdrawn = await identifierOf(pubs[3].id)
  })

  // The saves here queue jobs; later files should not find them waiting.
  afterAll(async () => {
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  })

  it('checks for real: a response that breaks the schema is rejected', async () => {
    const xml = await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: live[0] })
    expectValid(xml)
    // A datestamp without its zone, a Dublin Core element that does not exist, a bad xml:lang.
    expect(validateOaiResponse(xml.replace(/(<datestamp>[^<]+)Z</, '$1<')).response).toMatch(/datestamp/)
    expect(validateOaiResponse(xml.replace(/<dc:title /g, '<dc:heading ').replace(/<\/dc:title>/g, '</dc:heading>')).response).toMatch(/heading/)
    expect(validateOaiResponse(xml.replace('xml:lang="en"', 'xml:lang="en gb"')).metadata).not.toEqual([])
    // OAI-PMH.xsd alone demands a declaration of oai_dc:dc (strict wildcard): the driver loads it.
    expect(validateXml(xml, schemas.oaiPmh).valid).toBe(false)
  })

  it('Identify, with the oai-identifier description', async () => {
    expect(expectValid(await oai({ verb: 'Identify' })).descriptions).toBe(1)
  })

  it('Identify leaves out the description when the repository id is not a domain name in the oai-identifier syntax', async () => {
    for (const id of ['localhost', '127.0.0.1', '4science.it']) {
      const xml = await oai({ verb: 'Identify' }, 100, id)
      expect(expectValid(xml).descriptions).toBe(0)
      expect(xml).toContain('<Identify>')
    }
  })

  it('ListMetadataFormats, for the repository and for one item', async () => {
    expectValid(await oai({ verb: 'ListMetadataFormats' }))
    expectValid(await oai({ verb: 'ListMetadataFormats', identifier: live[0] }))
  })

  it('ListSets', async () => {
    const xml = await oai({ verb: 'ListSets' })
    expectValid(xml)
    expect(xml).toContain(`<setSpec>type:${typeSlug}</setSpec>`)
  })

  it('ListIdentifiers and ListRecords in every metadata format, GetRecord of a live and of a deleted item', async () => {
    const prefixes = [...(await oai({ verb: 'ListMetadataFormats' })).matchAll(/<metadataPrefix>([^<]+)<\/metadataPrefix>/g)].map((m) => m[1])
    expect(prefixes).toContain('oai_dc')
    for (const metadataPrefix of prefixes) {
      const ids = await oai({ verb: 'ListIdentifiers', metadataPrefix, from })
      expectValid(ids)
      for (const identifier of [...live, withdrawn]) expect(ids).toContain(`<identifier>${identifier}</identifier>`)
      const records = await oai({ verb: 'ListRecords', metadataPrefix, from })
      expect(expectValid(records).metadata).toBe(live.length)
      expect(expectValid(await oai({ verb: 'ListRecords', metadataPrefix, from, set: `type:${typeSlug}` })).metadata).toBe(live.length)
      expect(expectValid(await oai({ verb: 'GetRecord', metadataPrefix, identifier: live[0] })).metadata).toBe(1)
      const tombstone = await oai({ verb: 'GetRecord', metadataPrefix, identifier: withdrawn })
      expect(tombstone).toContain('<header status="deleted">')
      expect(expectValid(tombstone).metadata).toBe(0)
    }
  })

  it('pages with resumption tokens, the last page with an empty token', async () => {
    for (const verb of ['ListIdentifiers', 'ListRecords']) {
      let xml = await oai({ verb, metadataPrefix: 'oai_dc', from }, 2)
      expectValid(xml)
      let token = tokenOf(xml)
      expect(token).toBeDefined()
      let pages = 1
      while (token) {
        xml = await oai({ verb, resumptionToken: token }, 2)
        expectValid(xml)
        pages++
        token = tokenOf(xml)
      }
      expect(pages).toBeGreaterThanOrEqual(2)
      // The last page of a list that had a token ends with an empty one.
      expect(xml).toMatch(/<resumptionToken completeListSize="\d+" cursor="\d+"\/>/)
    }
  })

  it.each([
    ['badVerb', {}],
    ['badVerb', { verb: 'Nonsense' }],
    ['badVerb', 'verb=Identify&verb=ListSets'],
    ['badArgument', { verb: 'Identify', metadataPrefix: 'oai_dc' }],
    ['badArgument', { verb: 'ListRecords' }],
    ['badArgument', { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: 'yesterday' }],
    ['badArgument', { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2024-01-01', until: '2024-01-02T00:00:00Z' }],
    ['badArgument', { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '0000-01-01' }],
    ['badArgument', { verb: 'ListRecords', metadataPrefix: 'oai_dc', set: 'no set!' }],
    ['badArgument', { verb: 'ListRecords', metadataPrefix: 'ma rc' }],
    ['badArgument', { verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: 'oai:pragueprocess.eu:%zz' }],
    ['badArgument', { verb: 'GetRecord', metadataPrefix: 'oai_dc' }],
    ['badArgument', { verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', resumptionToken: 'x' }],
    ['cannotDisseminateFormat', { verb: 'ListRecords', metadataPrefix: 'marcxml' }],
    ['cannotDisseminateFormat', { verb: 'GetRecord', metadataPrefix: 'marcxml', identifier: 'oai:pragueprocess.eu:publication/1' }],
    ['idDoesNotExist', { verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: 'oai:pragueprocess.eu:publication/999999999' }],
    ['idDoesNotExist', { verb: 'ListMetadataFormats', identifier: 'oai:elsewhere.example:publication/1' }],
    ['noRecordsMatch', { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2999-01-01' }],
    ['noRecordsMatch', { verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'area:no-such-area' }],
    ['badResumptionToken', { verb: 'ListRecords', resumptionToken: 'not-a-token' }],
    ['badResumptionToken', { verb: 'ListSets', resumptionToken: 'anything' }],
  ] as [string, Record<string, string> | string][])('the %s error (%j)', async (code, query) => {
    const xml = await oai(query)
    expectValid(xml)
    expect(errorCode(xml)).toBe(code)
  })

  it('the noMetadataFormats error, for a deleted item', async () => {
    const xml = await oai({ verb: 'ListMetadataFormats', identifier: withdrawn })
    expectValid(xml)
    expect(errorCode(xml)).toBe('noMetadataFormats')
  })
})
