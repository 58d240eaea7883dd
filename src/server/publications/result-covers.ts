import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

/**
 * The covers of the publications on one page of results, by publication id, with their alt
 * text in the page's language. The search index decided what the reader may see; covers
 * are images for everyone, so one query reads them for the listed ids only.
 */
export async function resultCovers(payload: Payload, publicationIds: string[], locale: Locale): Promise<Map<string, Media>> {
  const ids = publicationIds.map(Number).filter(Number.isInteger)
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'publications',
    where: { id: { in: ids } },
    select: { cover: true },
    depth: 1,
    limit: ids.length,
    pagination: false,
    locale,
    draft: false,
    overrideAccess: true,
  })
  return new Map(docs.flatMap((doc) => (typeof doc.cover === 'object' && doc.cover ? [[String(doc.id), doc.cover] as const] : [])))
}
