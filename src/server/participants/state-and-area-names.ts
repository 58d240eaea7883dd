import { otherLocale, type Locale } from '@/i18n/locales'
import type { Participant, ThematicArea } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'

/** The participating states and the thematic areas by name in one language, in their order: the choices of the member forms. */
export async function stateAndAreaNames(locale: Locale) {
  const payload = await getPayloadClient()
  const [states, areas] = await Promise.all([
    payload.find({ collection: 'participants', where: { kind: { equals: 'state' } }, locale, fallbackLocale: otherLocale(locale), sort: 'name', limit: 500, depth: 0, overrideAccess: true, select: { name: true } }),
    payload.find({ collection: 'thematic-areas', locale, fallbackLocale: otherLocale(locale), sort: 'order', limit: 50, depth: 0, overrideAccess: true, select: { title: true } }),
  ])
  return {
    states: (states.docs as Pick<Participant, 'id' | 'name'>[]).map((s) => ({ id: s.id, name: s.name })),
    areas: (areas.docs as Pick<ThematicArea, 'id' | 'title'>[]).map((a) => ({ id: a.id, title: a.title })),
  }
}
