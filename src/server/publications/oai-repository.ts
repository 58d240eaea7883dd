import type { Payload, Where } from 'payload'
import type { TOaiRepository } from '@/server/open-metadata/oai-pmh'
import type { TPublicationRecord } from '@/server/open-metadata/types'
import { queryRows, sql } from '@/server/search-index/raw-sql'
import { findPublicationsAllLocales, oaiRepositoryHost, toPublicationRecord } from './publication-record'

/**
 * The OAI-PMH view of the repository: published public items, plus deleted records for
 * items once public (oai_records). Members-only items never appear. Read anonymously.
 */
export function oaiRepository(payload: Payload, baseUrl: string): TOaiRepository {
  const publicWhere: Where = { and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }] }
  const deletedRecord = (id: number, datestamp: string): TPublicationRecord => ({
    id,
    slug: String(id),
    oaiIdentifier: `oai:${oaiRepositoryHost()}:publication/${id}`,
    title: {},
    abstract: {},
    authors: [],
    publishedOn: datestamp,
    type: { slug: 'publication', name: {} },
    thematicAreas: [],
    countries: [],
    keywords: [],
    publisher: {},
    editions: [],
    pageUrl: {},
    updatedAt: datestamp,
    deleted: true,
    setSpecs: [],
  })

  async function allRecords(): Promise<TPublicationRecord[]> {
    const live = (await findPublicationsAllLocales(payload, publicWhere, { limit: 100_000 })).map((p) => toPublicationRecord(p))
    const liveIds = new Set(live.map((r) => r.id))
    const deleted = (await queryRows<{ publication_id: number; datestamp: string }>(payload, sql`SELECT publication_id, datestamp FROM oai_records WHERE state = 'deleted'`))
      .filter((r) => !liveIds.has(Number(r.publication_id)))
      .map((r) => deletedRecord(Number(r.publication_id), r.datestamp))
    return [...live, ...deleted].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id - b.id)
  }

  return {
    repositoryName: 'Prague Process Online Repository',
    baseUrl,
    adminEmail: 'secretariat@pragueprocess.eu',
    repositoryIdentifier: oaiRepositoryHost(),
    async earliestDatestamp() {
      const records = await allRecords()
      return records[0]?.updatedAt ?? new Date(0).toISOString()
    },
    async sets() {
      const [types, areas] = await Promise.all([
        payload.find({ collection: 'publication-types', limit: 0, pagination: false, depth: 0, locale: 'en', overrideAccess: false }),
        payload.find({ collection: 'thematic-areas', limit: 0, pagination: false, depth: 0, locale: 'en', overrideAccess: false }),
      ])
      return [
        { spec: 'type', name: 'Publication types' },
        ...types.docs.map((t) => ({ spec: `type:${t.slug}`, name: t.name })),
        { spec: 'area', name: 'Thematic areas' },
        ...areas.docs.map((a) => ({ spec: `area:${a.slug}`, name: a.title })),
      ]
    },
    async getRecord(identifier) {
      const match = identifier.match(/:publication\/(\d+)$/)
      if (!match || identifier !== `oai:${oaiRepositoryHost()}:publication/${match[1]}`) return undefined
      return (await allRecords()).find((r) => r.id === Number(match[1]))
    },
    async listRecords({ from, until, set, offset, limit }) {
      const matching = (await allRecords()).filter((r) => {
        const t = new Date(r.updatedAt).getTime()
        if (from && t < from.getTime()) return false
        if (until && t > until.getTime()) return false
        if (set && !r.deleted && !r.setSpecs.some((s) => s === set || s.startsWith(`${set}:`))) return false
        if (set && r.deleted) return false
        return true
      })
      return { records: matching.slice(offset, offset + limit), total: matching.length }
    },
  }
}
