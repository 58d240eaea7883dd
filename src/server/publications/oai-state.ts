import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { OaiRecord, Publication, PublicationType, ThematicArea } from '@/payload-types'

type TOaiRecordData = Omit<OaiRecord, 'id' | 'updatedAt' | 'createdAt'>

const isDoc = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null

/** The sets of a publication as stored on its record: '|type:policy-brief|area:integration|'. */
export function setsOf(pub: Pick<Publication, 'type' | 'thematicAreas'>): string {
  const type = isDoc<PublicationType>(pub.type) ? pub.type.slug : undefined
  const areas = (pub.thematicAreas ?? []).filter(isDoc<ThematicArea>).map((a) => `area:${a.slug}`)
  return `|${[type ? `type:${type}` : undefined, ...areas].filter(Boolean).join('|')}|`.replace('||', '|')
}

/** The record harvesters know for this publication (not one left by an earlier item with its id). */
async function recordOf(req: PayloadRequest, publicationId: number, createdAt: string | undefined) {
  const { docs } = await req.payload.find({ collection: 'oai-records', where: { publication: { equals: publicationId } }, sort: '-id', limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  const own = createdAt === undefined ? docs[0] : docs.find((d) => new Date(d.publicationCreatedAt).getTime() === new Date(createdAt).getTime())
  return { own, taken: docs.length }
}

/**
 * What happened to the publication: a save of its published state (`saved`), a save of a
 * draft only (`draft-saved`: Payload leaves the published document as it was), its deletion,
 * or a change elsewhere to what its record shows (`refreshed`: an author's or a type's name).
 */
export type TOaiChange = 'saved' | 'draft-saved' | 'deleted' | 'refreshed'

/**
 * Brings the OAI record of a publication in line with its published state, inside the
 * save that changed it (`req` carries its transaction), so that harvesters never see an
 * item whose withdrawal they cannot learn of:
 * - exposed (published and public): its record is live, with a new datestamp and its sets;
 *   a first exposure creates the record, with an identifier no other item ever had. A draft
 *   saved over it changes nothing harvesters see, so a live record keeps its datestamp;
 * - not exposed (a draft, members-only, deleted): a live record becomes a deleted one.
 * Items never exposed are never mentioned.
 */
export async function recordOaiState(req: PayloadRequest, publicationId: number, change: TOaiChange = 'refreshed'): Promise<void> {
  const deleted = change === 'deleted'
  const pub = deleted
    ? null
    : ((await req.payload.findByID({
        collection: 'publications',
        id: publicationId,
        draft: false,
        depth: 1,
        // Only what the record needs; no locale, which would be written onto the save's request.
        select: { _status: true, visibility: true, createdAt: true, type: true, thematicAreas: true },
        populate: { 'publication-types': { slug: true }, 'thematic-areas': { slug: true } },
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Publication | null)
  const exposed = pub?._status === 'published' && (pub.visibility ?? 'public') === 'public'
  const { own, taken } = await recordOf(req, publicationId, pub?.createdAt)
  const now = new Date().toISOString()
  if (exposed && pub) {
    const data: Partial<TOaiRecordData> = { state: 'live', datestamp: now, sets: setsOf(pub) }
    if (change === 'draft-saved' && own?.state === 'live' && own.sets === data.sets) return
    if (own) {
      await req.payload.update({ collection: 'oai-records', id: own.id, data, overrideAccess: true, req })
    } else {
      // SQLite reuses the id of a deleted publication: its identifier stays with its record.
      const identifier = taken === 0 ? `publication/${publicationId}` : `publication/${publicationId}.${taken + 1}`
      const record: TOaiRecordData = { state: 'live', datestamp: now, sets: setsOf(pub), identifier, publication: publicationId, publicationCreatedAt: pub.createdAt }
      await req.payload.create({ collection: 'oai-records', data: record, overrideAccess: true, req })
    }
  } else if (own && own.state === 'live') {
    await req.payload.update({ collection: 'oai-records', id: own.id, data: { state: 'deleted', datestamp: now }, overrideAccess: true, req })
  }
}

/**
 * A change to what a record shows that is not a save of the publication (an author's name,
 * a type's or area's name or slug, a country's name) brings the records of the publications
 * that show it up to date: new sets, a new datestamp, so incremental harvests fetch them.
 */
export async function refreshOaiRecords(req: PayloadRequest, publicationIds: number[]): Promise<void> {
  for (const id of publicationIds) await recordOaiState(req, id, 'refreshed')
}

/**
 * Records carried over from the former plain table have no sets yet: at start, each live
 * one is brought in line with its publication (sets and a new datestamp).
 */
export async function completeCarriedOverOaiRecords(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'oai-records', where: { and: [{ sets: { equals: '|' } }, { state: { equals: 'live' } }] }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  for (const record of docs) {
    const req = await createLocalReq({}, payload)
    await recordOaiState(req, Number(record.publication), 'refreshed')
  }
  return docs.length
}
