import type { CollectionAfterChangeHook } from 'payload'
import { refreshOaiRecords } from '@/server/publications/oai-state'

/**
 * For collections that OAI records show (types, authors, areas, countries): a change brings
 * the records of the publications referring to the document through `field` up to date.
 */
export function touchOaiRecordsOfPublicationsBy(field: 'type' | 'authors' | 'thematicAreas' | 'countries'): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    // A new document is shown by no record yet.
    if (operation === 'create') return doc
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
    await refreshOaiRecords(req, docs.map((d) => d.id))
    return doc
  }
}
