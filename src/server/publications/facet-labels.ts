import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/server/payload'

/** Names for facet values (type, thematic area and country slugs/codes) in the reader's language. */
export async function facetLabels(locale: Locale) {
  const payload = await getPayloadClient()
  const [types, areas, countries] = await Promise.all([
    payload.find({ collection: 'publication-types', locale, limit: 0, pagination: false, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'thematic-areas', locale, limit: 0, pagination: false, depth: 0, overrideAccess: false, sort: 'order' }),
    payload.find({ collection: 'participants', locale, limit: 0, pagination: false, depth: 0, overrideAccess: false, where: { kind: { equals: 'state' } } }),
  ])
  return {
    type: new Map(types.docs.map((t) => [t.slug, t.name])),
    area: new Map(areas.docs.map((a) => [a.slug, a.title])),
    country: new Map(countries.docs.map((c) => [c.isoCode ?? c.slug, c.name])),
  }
}
