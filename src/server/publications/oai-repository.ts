import type { Payload, Where } from 'payload'
import { env } from '@/env'
import type { OaiRecord } from '@/payload-types'
import { OPENAIRE_SET, type TOaiRepository } from '@/server/open-metadata/oai-pmh'
import type { TPublicationRecord } from '@/server/open-metadata/types'
import { findPublicationsAllLocales, toPublicationRecord } from './publication-record'

/** A deleted record carries only its header: identifier, datestamp, sets. */
function deletedRecord(record: OaiRecord, prefix: string): TPublicationRecord {
  return {
    id: Number(record.publication),
    slug: String(record.publication),
    oaiIdentifier: prefix + record.identifier,
    title: {},
    abstract: {},
    authors: [],
    publishedOn: record.datestamp,
    type: { slug: 'publication', name: {} },
    thematicAreas: [],
    countries: [],
    keywords: [],
    publisher: {},
    editions: [],
    pageUrl: {},
    updatedAt: record.datestamp,
    deleted: true,
    setSpecs: setSpecsOf(record),
  }
}

const setSpecsOf = (record: Pick<OaiRecord, 'sets'>) => [OPENAIRE_SET, ...record.sets.split('|').filter(Boolean)]

/**
 * The set specs records carry are made of slugs (oai-state.ts), so they match this. The set
 * filter below is a LIKE, which ignores case (SQLite, and ILIKE on PostgreSQL) and reads `_`
 * as a wildcard; a set spec without upper case, `_` or other punctuation makes it exact, and
 * any other spec names a set no record is in.
 */
const STORED_SET_SPEC = /^[a-z0-9-]+(?::[a-z0-9-]+)*$/

/**
 * The OAI-PMH view of the repository, read from the OAI records (oai-state.ts keeps them
 * in step with every save): each request queries only the records it answers with, by
 * identifier, datestamp range and set, in datestamp order, and pages by the position of
 * the last record sent (a record saved during a harvest moves to the end instead of
 * shifting the pages). Live records show the published, public item as it is now.
 */
export function oaiRepository(payload: Payload, baseUrl: string, repositoryId = env.oaiRepositoryId): TOaiRepository {
  const prefix = `oai:${repositoryId}:`
  /** The records as harvesters see them: live ones with their item's metadata. */
  async function withMetadata(records: OaiRecord[]): Promise<TPublicationRecord[]> {
    const liveIds = records.filter((r) => r.state === 'live').map((r) => Number(r.publication))
    const items = liveIds.length
      ? await findPublicationsAllLocales(payload, { and: [{ id: { in: liveIds } }, { _status: { equals: 'published' } }, { visibility: { equals: 'public' } }] }, { limit: liveIds.length })
      : []
    const byId = new Map(items.map((p) => [p.id, p]))
    return records.map((record) => {
      const item = record.state === 'live' ? byId.get(Number(record.publication)) : undefined
      if (!item) return deletedRecord(record, prefix)
      return { ...toPublicationRecord(item), oaiIdentifier: prefix + record.identifier, updatedAt: record.datestamp, setSpecs: setSpecsOf(record) }
    })
  }

  return {
    repositoryName: 'Prague Process Online Repository',
    baseUrl,
    adminEmail: 'secretariat@pragueprocess.eu',
    // Declared in Identify only when it is a domain name in the oai-identifier syntax (not localhost).
    repositoryIdentifier: repositoryId,
    async earliestDatestamp() {
      const { docs } = await payload.find({ collection: 'oai-records', sort: 'datestamp', limit: 1, depth: 0, overrideAccess: true, pagination: false })
      return docs[0]?.datestamp ?? new Date(0).toISOString()
    },
    async sets() {
      const [types, areas] = await Promise.all([
        payload.find({ collection: 'publication-types', limit: 0, pagination: false, depth: 0, locale: 'en', overrideAccess: false }),
        payload.find({ collection: 'thematic-areas', limit: 0, pagination: false, depth: 0, locale: 'en', overrideAccess: false }),
      ])
      return [
        { spec: OPENAIRE_SET, name: 'OpenAIRE' },
        { spec: 'type', name: 'Publication types' },
        ...types.docs.map((t) => ({ spec: `type:${t.slug}`, name: t.name })),
        { spec: 'area', name: 'Thematic areas' },
        ...areas.docs.map((a) => ({ spec: `area:${a.slug}`, name: a.title })),
      ]
    },
    async getRecord(identifier) {
      if (!identifier.startsWith(prefix)) return undefined
      const { docs } = await payload.find({ collection: 'oai-records', where: { identifier: { equals: identifier.slice(prefix.length) } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
      return docs[0] ? (await withMetadata(docs))[0] : undefined
    },
    async listRecords({ from, until, set, offset, cursor, limit }) {
      if (set && set !== OPENAIRE_SET && !STORED_SET_SPEC.test(set)) return { records: [], total: 0, next: null }
      const conditions: Where[] = []
      if (from) conditions.push({ datestamp: { greater_than_equal: from.toISOString() } })
      if (until) conditions.push({ datestamp: { less_than_equal: until.toISOString() } })
      // A set holds its descendants: 'type' holds 'type:policy-brief'.
      if (set && set !== OPENAIRE_SET) conditions.push({ or: [{ sets: { contains: `|${set}|` } }, { sets: { contains: `|${set}:` } }] })
      const matching: Where = { and: conditions }
      const after = decodeCursor(cursor)
      // A later page without a position this repository gave (a token from before cursors, or
      // a damaged one) is refused rather than answered from the start, which would loop.
      if (offset > 0 && !after) return { records: [], total: 0, next: null }
      const page: Where = after
        ? { and: [...conditions, { or: [{ datestamp: { greater_than: after.datestamp } }, { and: [{ datestamp: { equals: after.datestamp } }, { id: { greater_than: after.id } }] }] }] }
        : matching
      const [found, total] = await Promise.all([
        payload.find({ collection: 'oai-records', where: page, sort: ['datestamp', 'id'], limit: limit + 1, depth: 0, overrideAccess: true, pagination: false }),
        payload.count({ collection: 'oai-records', where: matching, overrideAccess: true }),
      ])
      const records = found.docs.slice(0, limit)
      const last = records.at(-1)
      const next = found.docs.length > limit && last ? `${last.datestamp}|${last.id}` : null
      return { records: await withMetadata(records), total: total.totalDocs, next }
    },
  }
}

function decodeCursor(cursor: string | undefined): { datestamp: string; id: number } | undefined {
  const match = cursor?.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)\|(\d{1,12})$/)
  return match ? { datestamp: match[1], id: Number(match[2]) } : undefined
}
