import type { Locale } from '@/i18n/locales'
import type { Participant } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'
import { currentChair } from './current-chair'

const isParticipant = (value: unknown): value is Participant => typeof value === 'object' && value !== null && 'slug' in value

/** The Strategic Group with its members resolved and the current chair derived from today's date. */
export async function loadStrategicGroup(locale: Locale, now = new Date()) {
  const payload = await getPayloadClient()
  const group = await payload.findGlobal({ slug: 'strategic-group', locale, depth: 1, overrideAccess: false })
  const members = (group.members ?? []).filter(isParticipant).filter((p) => p._status === 'published')
  const chairmanships = (group.chairmanships ?? [])
    .filter((c): c is typeof c & { chair: Participant } => isParticipant(c.chair))
    .map((c) => ({ id: c.id ?? c.from, chair: c.chair, from: c.from, to: c.to }))
    .sort((a, b) => a.from.localeCompare(b.from))
  return {
    members,
    otherMembers: (group.otherMembers ?? []).map((m) => m.name).filter(Boolean),
    chairmanships,
    currentChair: currentChair(chairmanships, now),
  }
}
