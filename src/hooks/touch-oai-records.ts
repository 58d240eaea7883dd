import type { CollectionAfterChangeHook } from 'payload'
import { touchOaiRecords } from '@/server/publications/oai-state'

/**
 * For collections that OAI records show (types, authors, areas, countries): a change gives
 * the records of the publications referring to the document through `field` a new datestamp.
 */
export function touchOaiRecordsOfPublicationsBy(field: 'type' | 'authors' | 'thematicAreas' | 'countries'): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const { docs } = await req.payload.find({
      collection: 'publications',
      where: { [field]: { equals: doc.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    await touchOaiRecords(req, docs.map((d) => d.id))
    return doc
  }
}
