import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, freePort, ownPlatformEnv, startPlatform } from './global-setup'

/**
 * A real OAI-PMH harvester, the `oai-pmh` package from npm (it parses responses with xml2js
 * and follows resumption tokens itself), harvests the production build's /oai: Identify,
 * ListSets, ListRecords through every page, GetRecord. What it parses must be the
 * publications the platform holds.
 *
 * The platform is one of this test's own, with small list pages (OAI_PAGE_SIZE), so that the
 * items it publishes (several pages' worth) change nothing the other browser tests see.
 */

// The package has no types; these are the parts used here, as its source (src/oai-pmh.js) has them.
type TXmlText = string | { _?: string; $?: Record<string, string> }
type THeader = { $?: { status?: string }; identifier: string; datestamp: string; setSpec?: string | string[] }
type TRecord = { header: THeader; metadata?: { 'oai_dc:dc': Record<string, TXmlText | TXmlText[]> } }
type TRequestOptions = { url: string; qs: Record<string, string | undefined> }
type TOaiPmhClient = {
  request(options: TRequestOptions): Promise<{ statusCode: number; body: string }>
  identify(): Promise<Record<string, unknown>>
  listSets(): AsyncIterable<{ setSpec: string; setName: string }>
  listRecords(options: { metadataPrefix: string; from?: string; until?: string; set?: string }): AsyncIterable<TRecord>
  getRecord(identifier: string, metadataPrefix: string): Promise<TRecord>
}
type TOaiPmhModule = {
  OaiPmh: new (baseUrl: string, options?: { retry?: boolean; userAgent?: string }) => TOaiPmhClient
  OaiPmhError: new (message: string, code?: string) => Error & { code?: string }
}
// A CommonJS module (it loads its ES sources through the `esm` package): required, not imported.
const { OaiPmh, OaiPmhError } = createRequire(import.meta.url)('oai-pmh') as TOaiPmhModule

const many = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const texts = (value: TXmlText | TXmlText[] | undefined) => many(value).map((v) => (typeof v === 'string' ? v : (v._ ?? '')))

describe('harvesting /oai with an OAI-PMH client (SQLite)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-oai-client-'))
  const repositoryId = 'repository.example.org'
  // Small pages (OAI_PAGE_SIZE) so that a few items make several pages.
  const pageSize = 8
  const suffix = Date.now().toString(36)
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined
  let url: string
  let auth: string
  const created: { id: number; slug: string; title: string; publishedOn: string; type: string }[] = []
  let withdrawn: number

  const api = async <T,>(pathAndQuery: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${url}${pathAndQuery}`, { ...init, headers: { authorization: auth, ...(init.body && !(init.body instanceof FormData) ? { 'content-type': 'application/json' } : {}), ...init.headers } })
    const body = await res.json()
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${pathAndQuery}: ${res.status} ${JSON.stringify(body)}`)
    return body as T
  }
  const exposed = 'where[_status][equals]=published&where[visibility][equals]=public'
  const identifierOf = (id: number) => `oai:${repositoryId}:publication/${id}`
  const client = () => new OaiPmh(`${url}/oai`, { retry: false })

  beforeAll(async () => {
    const port = await freePort()
    const { env, admin } = ownPlatformEnv('oai-client', dataDir, port)
    platform = await startPlatform({ ...env, OAI_REPOSITORY_ID: repositoryId, OAI_PAGE_SIZE: String(pageSize) })
    url = platform.url
    auth = `JWT ${await adminToken(url, admin)}`

    const types = (await api<{ docs: { id: number; slug: string }[] }>('/api/publication-types?limit=100&depth=0')).docs
    const form = new FormData()
    form.append('file', new Blob([fs.readFileSync('tests/fixtures/en-sample.pdf')], { type: 'application/pdf' }), `oai-client-${suffix}.pdf`)
    form.append('_payload', JSON.stringify({ audience: 'staff' }))
    const file = (await api<{ doc: { id: number } }>('/api/documents', { method: 'POST', body: form })).doc

    // Enough records for three pages, the last with several records: the client reads a page
    // of one record as an object, not a list, and stops there (xml2js, explicitArray: false).
    // On a new platform the records are those of its public, published (demo) items.
    const { totalDocs: existing } = await api<{ totalDocs: number }>(`/api/publications?limit=1&depth=0&${exposed}`)
    let toCreate = Math.max(3, 2 * pageSize + 5 - existing)
    if ((existing + toCreate) % pageSize < 2) toCreate += 2
    const queue = Array.from({ length: toCreate }, (_, i) => i)
    const worker = async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const type = types[i % types.length]
        const item = { slug: `harvest-${suffix}-${i}`, title: `Harvested item ${i} ${suffix}`, publishedOn: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`, type: type.slug }
        const { doc } = await api<{ doc: { id: number } }>('/api/publications?locale=en', {
          method: 'POST',
          body: JSON.stringify({ title: item.title, abstract: `Abstract of item ${i}.`, slug: item.slug, type: type.id, publishedOn: item.publishedOn, editions: [{ language: 'en', file: file.id }], visibility: 'public', _status: 'published' }),
        })
        created.push({ id: doc.id, ...item })
      }
    }
    await Promise.all([worker(), worker(), worker(), worker()])
    created.sort((a, b) => a.id - b.id)
    // One item withdrawn to members: harvesters get its record as deleted.
    withdrawn = created[0].id
    await api(`/api/publications/${withdrawn}`, { method: 'PATCH', body: JSON.stringify({ visibility: 'members' }) })
  }, 420_000)

  afterAll(async () => {
    await platform?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('identifies the repository', async () => {
    const identify = await client().identify()
    expect(identify).toMatchObject({
      repositoryName: 'Prague Process Online Repository',
      baseURL: `${url}/oai`,
      protocolVersion: '2.0',
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    })
    const description = identify.description as { 'oai-identifier': { repositoryIdentifier: string; sampleIdentifier: string } }
    expect(description['oai-identifier'].repositoryIdentifier).toBe(repositoryId)
    expect(description['oai-identifier'].sampleIdentifier).toBe(`oai:${repositoryId}:publication/1`)
  })

  it('lists a set for every publication type and thematic area', async () => {
    const sets: string[] = []
    for await (const set of client().listSets()) sets.push(set.setSpec)
    // As the public sees them (the sets of unpublished areas are not listed).
    const anonymous = async (collection: string) => ((await (await fetch(`${url}/api/${collection}?limit=100&depth=0`)).json()) as { docs: { slug: string }[] }).docs
    const [types, areas] = [await anonymous('publication-types'), await anonymous('thematic-areas')]
    expect(sets.sort()).toEqual(['openaire', 'type', 'area', ...types.map((t) => `type:${t.slug}`), ...areas.map((a) => `area:${a.slug}`)].sort())
  })

  it('harvests every record through the resumption tokens, and they are the platform’s publications', async () => {
    const harvester = client()
    const requests: TRequestOptions['qs'][] = []
    const send = harvester.request.bind(harvester)
    harvester.request = async (options) => {
      requests.push(options.qs)
      return send(options)
    }
    const records: TRecord[] = []
    for await (const record of harvester.listRecords({ metadataPrefix: 'oai_dc' })) records.push(record)

    // More than one page, each after the first asked for with the token of the one before.
    expect(requests.length).toBeGreaterThanOrEqual(2)
    expect(requests.slice(1).every((qs) => qs.verb === 'ListRecords' && typeof qs.resumptionToken === 'string' && qs.metadataPrefix === undefined)).toBe(true)

    const byIdentifier = new Map(records.map((r) => [r.header.identifier, r]))
    expect(byIdentifier.size).toBe(records.length)
    // Every public, published item is there with its metadata; the withdrawn one as deleted.
    const published = (await api<{ docs: { id: number }[] }>(`/api/publications?limit=1000&depth=0&${exposed}`)).docs
    const live = records.filter((r) => r.header.$?.status !== 'deleted')
    expect(live.map((r) => r.header.identifier).sort()).toEqual(published.map((p) => identifierOf(p.id)).sort())
    expect(records.filter((r) => r.header.$?.status === 'deleted').map((r) => r.header.identifier)).toEqual([identifierOf(withdrawn)])
    expect(byIdentifier.get(identifierOf(withdrawn))?.metadata).toBeUndefined()

    for (const item of created.filter((c) => c.id !== withdrawn)) {
      const record = byIdentifier.get(identifierOf(item.id))
      const dc = record?.metadata?.['oai_dc:dc']
      expect(dc, item.slug).toBeDefined()
      expect(texts(dc?.['dc:title'])).toContain(item.title)
      expect(texts(dc?.['dc:date'])).toEqual([item.publishedOn])
      expect(texts(dc?.['dc:identifier'])).toContain(`${url}/en/repository/${item.slug}`)
      expect(many(record?.header.setSpec)).toEqual(expect.arrayContaining(['openaire', `type:${item.type}`]))
    }
  })

  it('gets one record, and reports an unknown identifier as the OAI-PMH error', async () => {
    const item = created[created.length - 1]
    const record = await client().getRecord(identifierOf(item.id), 'oai_dc')
    expect(record.header.identifier).toBe(identifierOf(item.id))
    expect(texts(record.metadata?.['oai_dc:dc']['dc:title'])).toContain(item.title)

    const error = await client().getRecord(`oai:${repositoryId}:publication/999999`, 'oai_dc').then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(OaiPmhError)
    expect((error as InstanceType<typeof OaiPmhError>).code).toBe('idDoesNotExist')
  })
})
