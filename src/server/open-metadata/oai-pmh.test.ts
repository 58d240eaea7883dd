import { describe, expect, it } from 'vitest'

import { decodeResumptionToken, encodeResumptionToken, handleOaiRequest, openAireType, parseOaiDatestamp, type TOaiRepository } from './oai-pmh'
import { fakeRepository, makeRecord } from './test-support/fixtures'
import { child, children, descendants, parseXml, textOf, type TXmlElement } from './test-support/parse-xml'

const NOW = new Date('2024-06-01T12:34:56.789Z')

const records = [
  makeRecord(1),
  makeRecord(2, { setSpecs: ['type:report'], type: { slug: 'report', name: { en: 'Report', ru: 'Доклад' } } }),
  makeRecord(3, { deleted: true }),
  makeRecord(4),
  makeRecord(5, { setSpecs: ['type:report'] }),
]

async function oai(query: string | URLSearchParams, repo: TOaiRepository = fakeRepository(records), pageSize = 100) {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const response = await handleOaiRequest(params, repo, NOW, pageSize)
  expect(response.status).toBe(200)
  const root = parseXml(response.xml)
  expect(root.name).toBe('OAI-PMH')
  return { root, xml: response.xml }
}

const errorCodes = (root: TXmlElement) => children(root, 'error').map((e) => e.attributes.code)

describe('OAI-PMH envelope', () => {
  it('has the namespaces, schema location, responseDate and request element required by the spec', async () => {
    const { root, xml } = await oai('verb=Identify')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH ')).toBe(true)
    expect(root.attributes).toEqual({
      xmlns: 'http://www.openarchives.org/OAI/2.0/',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd',
    })
    expect(children(root).map((c) => c.name)).toEqual(['responseDate', 'request', 'Identify'])
    expect(textOf(child(root, 'responseDate'))).toBe('2024-06-01T12:34:56Z')
    const request = child(root, 'request')
    expect(request.attributes).toEqual({ verb: 'Identify' })
    expect(textOf(request)).toBe('https://pragueprocess.eu/oai')
  })
})

describe('Identify', () => {
  it('describes the repository', async () => {
    const { root } = await oai('verb=Identify')
    const identify = child(root, 'Identify')
    const values = Object.fromEntries(children(identify).filter((c) => c.name !== 'description').map((c) => [c.name, textOf(c)]))
    expect(values).toEqual({
      repositoryName: 'Prague Process Publications',
      baseURL: 'https://pragueprocess.eu/oai',
      protocolVersion: '2.0',
      adminEmail: 'secretariat@pragueprocess.eu',
      earliestDatestamp: '2024-01-01T10:00:00Z',
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    })
    expect(children(identify).map((c) => c.name).slice(0, 7)).toEqual([
      'repositoryName',
      'baseURL',
      'protocolVersion',
      'adminEmail',
      'earliestDatestamp',
      'deletedRecord',
      'granularity',
    ])
    const description = child(child(identify, 'description'), 'oai-identifier')
    expect(description.attributes.xmlns).toBe('http://www.openarchives.org/OAI/2.0/oai-identifier')
    expect(textOf(child(description, 'repositoryIdentifier'))).toBe('pragueprocess.eu')
  })

  it('declares an oai-identifier only for a repository identifier in its syntax (a domain name)', async () => {
    for (const repositoryIdentifier of ['localhost', '127.0.0.1', '4science.it', 'pragueprocess.eu.']) {
      const { root } = await oai('verb=Identify', { ...fakeRepository(records), repositoryIdentifier })
      expect(children(child(root, 'Identify'), 'description'), repositoryIdentifier).toEqual([])
    }
  })

  it('rejects arguments', async () => {
    const { root } = await oai('verb=Identify&metadataPrefix=oai_dc')
    expect(errorCodes(root)).toEqual(['badArgument'])
  })
})

describe('ListMetadataFormats', () => {
  it('lists oai_dc', async () => {
    const { root } = await oai('verb=ListMetadataFormats')
    const format = child(child(root, 'ListMetadataFormats'), 'metadataFormat')
    expect(textOf(child(format, 'metadataPrefix'))).toBe('oai_dc')
    expect(textOf(child(format, 'schema'))).toBe('http://www.openarchives.org/OAI/2.0/oai_dc.xsd')
    expect(textOf(child(format, 'metadataNamespace'))).toBe('http://www.openarchives.org/OAI/2.0/oai_dc/')
  })

  it('lists the formats of an item, and errs for unknown or deleted items', async () => {
    const ok = await oai('verb=ListMetadataFormats&identifier=oai:pragueprocess.eu:publication/1')
    expect(children(ok.root, 'ListMetadataFormats')).toHaveLength(1)
    expect(child(ok.root, 'request').attributes).toEqual({ verb: 'ListMetadataFormats', identifier: 'oai:pragueprocess.eu:publication/1' })

    const unknown = await oai('verb=ListMetadataFormats&identifier=oai:pragueprocess.eu:publication/99')
    expect(errorCodes(unknown.root)).toEqual(['idDoesNotExist'])
    expect(child(unknown.root, 'request').attributes.identifier).toBe('oai:pragueprocess.eu:publication/99')

    const deleted = await oai('verb=ListMetadataFormats&identifier=oai:pragueprocess.eu:publication/3')
    expect(errorCodes(deleted.root)).toEqual(['noMetadataFormats'])
  })
})

describe('ListSets', () => {
  it('lists every set', async () => {
    const { root } = await oai('verb=ListSets')
    const sets = children(child(root, 'ListSets'), 'set')
    expect(sets.map((s) => textOf(child(s, 'setSpec')))).toEqual(['type', 'type:policy-brief', 'type:report', 'area', 'area:asylum-international-protection'])
    expect(textOf(child(sets[4], 'setName'))).toBe('Asylum & international protection')
  })

  it('rejects resumption tokens (it never issues one)', async () => {
    const { root } = await oai('verb=ListSets&resumptionToken=abc')
    expect(errorCodes(root)).toEqual(['badResumptionToken'])
  })

  it('reports noSetHierarchy when there are no sets', async () => {
    const repo = { ...fakeRepository(records), sets: async () => [] }
    const { root } = await oai('verb=ListSets', repo)
    expect(errorCodes(root)).toEqual(['noSetHierarchy'])
  })
})

describe('GetRecord', () => {
  it('returns oai_dc metadata', async () => {
    const repo = fakeRepository([
      makeRecord(7, {
        title: { en: 'Borders & <Mobility> "2024"', ru: 'Границы и мобильность' },
        authors: [{ name: 'Jane Smith' }, { name: 'Иван Петров' }],
        keywords: ['labour migration', 'Labour Migration', 'return'],
        doi: '10.5555/pp.2024.7',
        series: 'Policy Brief Series',
        countries: [{ isoCode: 'UA', name: { en: 'Ukraine', ru: 'Украина' } }],
        editions: [{ language: 'ru', url: 'https://pragueprocess.eu/files/p7-ru.pdf', mimeType: 'application/pdf' }],
      }),
    ])
    const { root } = await oai('verb=GetRecord&identifier=oai:pragueprocess.eu:publication/7&metadataPrefix=oai_dc', repo)
    expect(child(root, 'request').attributes).toEqual({ verb: 'GetRecord', identifier: 'oai:pragueprocess.eu:publication/7', metadataPrefix: 'oai_dc' })
    const record = child(child(root, 'GetRecord'), 'record')
    const header = child(record, 'header')
    expect(header.attributes.status).toBeUndefined()
    expect(textOf(child(header, 'identifier'))).toBe('oai:pragueprocess.eu:publication/7')
    expect(textOf(child(header, 'datestamp'))).toBe('2024-01-07T10:00:00Z')
    expect(children(header, 'setSpec').map(textOf)).toEqual(['type:policy-brief', 'area:asylum-international-protection'])

    const dc = child(child(record, 'metadata'), 'oai_dc:dc')
    expect(dc.attributes).toEqual({
      'xmlns:oai_dc': 'http://www.openarchives.org/OAI/2.0/oai_dc/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
    })
    const values = (name: string) => children(dc, `dc:${name}`).map((e) => (e.attributes['xml:lang'] ? `${e.attributes['xml:lang']}:${textOf(e)}` : textOf(e)))
    expect(values('title')).toEqual(['en:Borders & <Mobility> "2024"', 'ru:Границы и мобильность'])
    expect(values('creator')).toEqual(['Jane Smith', 'Иван Петров'])
    expect(values('subject')).toEqual(['en:Asylum and international protection', 'ru:Убежище и международная защита', 'labour migration', 'return'])
    expect(values('description')).toEqual(['en:Abstract 7', 'ru:Аннотация 7'])
    expect(values('publisher')).toEqual(['en:Prague Process Secretariat (ICMPD)', 'ru:Секретариат Пражского процесса (МЦРМП)'])
    expect(values('date')).toEqual(['2024-03-05'])
    expect(values('type')).toEqual(['en:Policy brief', 'Text', 'info:eu-repo/semantics/report'])
    expect(values('format')).toEqual(['application/pdf'])
    expect(values('identifier')).toEqual([
      'https://pragueprocess.eu/en/publications/publication-7',
      'https://pragueprocess.eu/ru/publications/publication-7',
      'https://doi.org/10.5555/pp.2024.7',
      'https://pragueprocess.eu/files/p7-ru.pdf',
    ])
    // ISO 639-3 and open access, as OpenAIRE asks.
    expect(values('language')).toEqual(['rus'])
    expect(values('coverage')).toEqual(['en:Ukraine', 'ru:Украина'])
    expect(values('rights')).toEqual(['info:eu-repo/semantics/openAccess', 'https://creativecommons.org/licenses/by/4.0/', 'CC-BY-4.0'])
  })

  it('maps publication types to the OpenAIRE publication-type vocabulary', () => {
    expect(['policy-brief', 'handbook', 'selected-publications', 'webinar-recording', 'commentary', 'infographic', 'journal-article', 'anything-new'].map(openAireType)).toEqual([
      'report',
      'book',
      'book',
      'lecture',
      'contributionToPeriodical',
      'other',
      'article',
      'other',
    ])
  })

  it('returns only a deleted header for a deleted record', async () => {
    const { root } = await oai('verb=GetRecord&identifier=oai:pragueprocess.eu:publication/3&metadataPrefix=oai_dc')
    const record = child(child(root, 'GetRecord'), 'record')
    expect(child(record, 'header').attributes.status).toBe('deleted')
    expect(children(record, 'metadata')).toHaveLength(0)
  })

  it('errs on unknown identifiers, unknown formats and missing arguments', async () => {
    const unknown = await oai('verb=GetRecord&identifier=oai:pragueprocess.eu:publication/42&metadataPrefix=oai_dc')
    expect(errorCodes(unknown.root)).toEqual(['idDoesNotExist'])

    const format = await oai('verb=GetRecord&identifier=oai:pragueprocess.eu:publication/1&metadataPrefix=marcxml')
    expect(errorCodes(format.root)).toEqual(['cannotDisseminateFormat'])
    expect(child(format.root, 'request').attributes.metadataPrefix).toBe('marcxml')

    const missing = await oai('verb=GetRecord&identifier=oai:pragueprocess.eu:publication/1')
    expect(errorCodes(missing.root)).toEqual(['badArgument'])
    expect(child(missing.root, 'request').attributes).toEqual({})
  })

  it('stays well-formed whatever the data contains', async () => {
    const repo = fakeRepository([
      makeRecord(8, {
        title: { en: 'Control\u0001chars\u0008 & lone \uD800 surrogate \uFFFF', ru: null },
        abstract: { en: "it's <b>bold</b> ]]> & done", ru: '' },
        keywords: ['a&b', '<script>'],
      }),
    ])
    const { root } = await oai('verb=GetRecord&identifier=oai:pragueprocess.eu:publication/8&metadataPrefix=oai_dc', repo)
    const dc = descendants(root, 'oai_dc:dc')[0]
    expect(children(dc, 'dc:title').map(textOf)).toEqual(['Controlchars & lone  surrogate '])
    expect(textOf(child(dc, 'dc:description'))).toBe("it's <b>bold</b> ]]> & done")
    expect(children(dc, 'dc:subject').map(textOf)).toContain('<script>')
  })
})

describe('ListIdentifiers and ListRecords', () => {
  it('lists headers, deleted ones included', async () => {
    const { root } = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc')
    const list = child(root, 'ListIdentifiers')
    const headers = children(list, 'header')
    expect(headers.map((h) => textOf(child(h, 'identifier')))).toEqual([1, 2, 3, 4, 5].map((id) => `oai:pragueprocess.eu:publication/${id}`))
    expect(headers.map((h) => h.attributes.status ?? '')).toEqual(['', '', 'deleted', '', ''])
    expect(children(list, 'resumptionToken')).toHaveLength(0)
    expect(descendants(root, 'metadata')).toHaveLength(0)
  })

  it('lists records; a deleted record has a header only', async () => {
    const { root } = await oai('verb=ListRecords&metadataPrefix=oai_dc')
    const list = children(child(root, 'ListRecords'), 'record')
    expect(list).toHaveLength(5)
    expect(list.map((r) => children(r, 'metadata').length)).toEqual([1, 1, 0, 1, 1])
    expect(child(list[2], 'header').attributes.status).toBe('deleted')
  })

  it('pages with stateless resumption tokens across three pages', async () => {
    const repo = fakeRepository(records)
    const first = await oai('verb=ListRecords&metadataPrefix=oai_dc&set=type&from=2024-01-01', repo, 2)
    const seen: string[] = []
    const collect = (root: TXmlElement) =>
      seen.push(...descendants(child(root, 'ListRecords'), 'header').map((h) => textOf(child(h, 'identifier'))))
    collect(first.root)
    let token = child(child(first.root, 'ListRecords'), 'resumptionToken')
    expect(token.attributes).toEqual({ completeListSize: '5', cursor: '0' })
    expect(decodeResumptionToken(textOf(token))).toEqual({ p: 'oai_dc', f: '2024-01-01', s: 'type', o: 2 })
    expect(JSON.parse(Buffer.from(textOf(token), 'base64url').toString('utf8'))).toEqual({ p: 'oai_dc', f: '2024-01-01', s: 'type', o: 2 })

    const second = await oai(new URLSearchParams({ verb: 'ListRecords', resumptionToken: textOf(token) }), repo, 2)
    expect(child(second.root, 'request').attributes).toEqual({ verb: 'ListRecords', resumptionToken: textOf(token) })
    collect(second.root)
    token = child(child(second.root, 'ListRecords'), 'resumptionToken')
    expect(token.attributes).toEqual({ completeListSize: '5', cursor: '2' })
    expect(textOf(token)).not.toBe('')

    const third = await oai(new URLSearchParams({ verb: 'ListRecords', resumptionToken: textOf(token) }), repo, 2)
    collect(third.root)
    token = child(child(third.root, 'ListRecords'), 'resumptionToken')
    expect(token.attributes).toEqual({ completeListSize: '5', cursor: '4' })
    expect(token.children).toEqual([])
    expect(third.xml).toContain('<resumptionToken completeListSize="5" cursor="4"/>')

    expect(seen).toEqual([1, 2, 3, 4, 5].map((id) => `oai:pragueprocess.eu:publication/${id}`))
    // The arguments of the first request travel in the token.
    expect(repo.calls.map((c) => [c.offset, c.limit, c.set, c.from?.toISOString()])).toEqual([
      [0, 2, 'type', '2024-01-01T00:00:00.000Z'],
      [2, 2, 'type', '2024-01-01T00:00:00.000Z'],
      [4, 2, 'type', '2024-01-01T00:00:00.000Z'],
    ])
  })

  it('pages ListIdentifiers too', async () => {
    const first = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc', fakeRepository(records), 3)
    const list = child(first.root, 'ListIdentifiers')
    expect(children(list, 'header')).toHaveLength(3)
    const token = child(list, 'resumptionToken')
    const second = await oai(`verb=ListIdentifiers&resumptionToken=${textOf(token)}`, fakeRepository(records), 3)
    const last = child(second.root, 'ListIdentifiers')
    expect(children(last, 'header')).toHaveLength(2)
    expect(child(last, 'resumptionToken').attributes).toEqual({ completeListSize: '5', cursor: '3' })
  })

  it('passes from/until to the repository as inclusive bounds', async () => {
    const repo = fakeRepository(records)
    const seconds = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-01-02T10:00:00Z&until=2024-01-04T10:00:00Z', repo)
    expect(repo.calls[0]).toEqual({ offset: 0, limit: 100, from: new Date('2024-01-02T10:00:00.000Z'), until: new Date('2024-01-04T10:00:00.999Z') })
    expect(descendants(seconds.root, 'identifier').map(textOf)).toEqual([2, 3, 4].map((id) => `oai:pragueprocess.eu:publication/${id}`))
    expect(child(seconds.root, 'request').attributes).toEqual({
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      from: '2024-01-02T10:00:00Z',
      until: '2024-01-04T10:00:00Z',
    })

    const days = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-01-02&until=2024-01-03', repo)
    // A day-granularity until covers the whole day.
    expect(repo.calls[1]).toEqual({ offset: 0, limit: 100, from: new Date('2024-01-02T00:00:00.000Z'), until: new Date('2024-01-03T23:59:59.999Z') })
    expect(descendants(days.root, 'identifier').map(textOf)).toEqual([2, 3].map((id) => `oai:pragueprocess.eu:publication/${id}`))

    await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&until=2024-01-03', repo)
    expect(repo.calls[2]).toEqual({ offset: 0, limit: 100, until: new Date('2024-01-03T23:59:59.999Z') })
  })

  it('rejects illegal dates, mixed granularities and from after until', async () => {
    for (const query of [
      'from=2024-13-01',
      'from=2024-02-30',
      'until=2024-01-01T25:00:00Z',
      'from=2024-01-01T10:00:00',
      'from=2024-01-01T10:00:00.000Z',
      'from=yesterday',
      'from=2024-01-01&until=2024-01-02T00:00:00Z',
      'from=2024-01-03&until=2024-01-02',
      'from=2024-01-02T10:00:01Z&until=2024-01-02T10:00:00Z',
    ]) {
      const { root } = await oai(`verb=ListRecords&metadataPrefix=oai_dc&${query}`)
      expect(errorCodes(root), query).toEqual(['badArgument'])
      expect(child(root, 'request').attributes, query).toEqual({})
    }
    // Same day, same granularity is fine.
    const { root } = await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-02&until=2024-01-02')
    expect(children(root, 'ListRecords')).toHaveLength(1)
  })

  it('filters by set', async () => {
    const repo = fakeRepository(records)
    const { root } = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:report', repo)
    expect(repo.calls[0].set).toBe('type:report')
    expect(descendants(root, 'identifier').map(textOf)).toEqual([2, 5].map((id) => `oai:pragueprocess.eu:publication/${id}`))
    expect(child(root, 'request').attributes.set).toBe('type:report')

    const none = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:no-such-set', repo)
    expect(errorCodes(none.root)).toEqual(['noRecordsMatch'])

    const illegal = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=type::x', repo)
    expect(errorCodes(illegal.root)).toEqual(['badArgument'])
  })

  it('reports noRecordsMatch, cannotDisseminateFormat and a missing metadataPrefix', async () => {
    const empty = await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01')
    expect(errorCodes(empty.root)).toEqual(['noRecordsMatch'])
    expect(child(empty.root, 'request').attributes).toEqual({ verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2030-01-01' })

    const format = await oai('verb=ListIdentifiers&metadataPrefix=mods')
    expect(errorCodes(format.root)).toEqual(['cannotDisseminateFormat'])

    const missing = await oai('verb=ListRecords&set=type')
    expect(errorCodes(missing.root)).toEqual(['badArgument'])
  })

  it('rejects bad resumption tokens', async () => {
    const offsetTooFar = encodeResumptionToken({ p: 'oai_dc', o: 50 })
    const wrongPrefix = Buffer.from(JSON.stringify({ p: 'mods', o: 2 })).toString('base64url')
    const extraKey = Buffer.from(JSON.stringify({ p: 'oai_dc', o: 2, x: 1 })).toString('base64url')
    const badDate = Buffer.from(JSON.stringify({ p: 'oai_dc', f: '2024-99-01', o: 2 })).toString('base64url')
    const negative = Buffer.from(JSON.stringify({ p: 'oai_dc', o: -1 })).toString('base64url')
    const notJson = Buffer.from('not json').toString('base64url')
    for (const token of ['garbage!', 'abc', notJson, offsetTooFar, wrongPrefix, extraKey, badDate, negative]) {
      const { root } = await oai(new URLSearchParams({ verb: 'ListRecords', resumptionToken: token }))
      expect(errorCodes(root), token).toEqual(['badResumptionToken'])
      expect(child(root, 'request').attributes, token).toEqual({ verb: 'ListRecords', resumptionToken: token })
    }
  })

  it('treats resumptionToken as exclusive', async () => {
    const token = encodeResumptionToken({ p: 'oai_dc', o: 2 })
    const { root } = await oai(`verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=${token}`)
    expect(errorCodes(root)).toEqual(['badArgument'])
  })
})

describe('argument errors', () => {
  it('reports badVerb for a missing, unknown or repeated verb without echoing arguments', async () => {
    for (const query of ['', 'metadataPrefix=oai_dc', 'verb=ListThings', 'verb=identify', 'verb=Identify&verb=Identify', 'verb=Identify&verb=ListSets']) {
      const { root } = await oai(query)
      expect(errorCodes(root), query).toEqual(['badVerb'])
      const request = child(root, 'request')
      expect(request.attributes, query).toEqual({})
      expect(textOf(request)).toBe('https://pragueprocess.eu/oai')
    }
  })

  it('reports badArgument for repeated, illegal or empty arguments', async () => {
    for (const query of [
      'verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc',
      'verb=GetRecord&identifier=a&identifier=b&metadataPrefix=oai_dc',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&from=2024-01-02',
      'verb=ListSets&set=type',
      'verb=ListRecords&metadataPrefix=oai_dc&foo=bar',
      'verb=GetRecord&identifier=&metadataPrefix=oai_dc',
      'verb=ListMetadataFormats&metadataPrefix=oai_dc',
      // Values the schema's request element would reject are not echoed as another error.
      'verb=ListRecords&metadataPrefix=ma%20rc',
      'verb=GetRecord&identifier=oai:pragueprocess.eu:publication/1&metadataPrefix=x/y',
      'verb=GetRecord&identifier=oai:pragueprocess.eu:%25zz&metadataPrefix=oai_dc',
      'verb=GetRecord&identifier=no%20such%20thing&metadataPrefix=oai_dc',
      'verb=ListMetadataFormats&identifier=publication/1',
      'verb=ListIdentifiers&metadataPrefix=oai_dc&from=0000-01-01',
    ]) {
      const { root } = await oai(query)
      expect(errorCodes(root), query).toEqual(['badArgument'])
      expect(child(root, 'request').attributes, query).toEqual({})
    }
  })
})

describe('parseOaiDatestamp', () => {
  it('accepts the two granularities and real dates only', () => {
    expect(parseOaiDatestamp('2024-02-29')).toEqual({ date: new Date('2024-02-29T00:00:00Z'), granularity: 'day' })
    expect(parseOaiDatestamp('2024-02-29T23:59:59Z')).toEqual({ date: new Date('2024-02-29T23:59:59Z'), granularity: 'seconds' })
    expect(parseOaiDatestamp('2023-02-29')).toBeUndefined()
    expect(parseOaiDatestamp('2024-1-1')).toBeUndefined()
    expect(parseOaiDatestamp('2024-01-01T00:00Z')).toBeUndefined()
    // XML Schema 1.0 has no year 0000.
    expect(parseOaiDatestamp('0000-01-01')).toBeUndefined()
    expect(parseOaiDatestamp('0001-01-01')).toEqual({ date: new Date('0001-01-01T00:00:00Z'), granularity: 'day' })
  })
})
