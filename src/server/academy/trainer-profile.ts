import type { Payload } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import type { User } from '@/payload-types'
import { ownTrainerProfile } from './trainer-applications'
import type { TTrainerProfileInput } from './trainer-rules'

export type TProfileError = 'not-signed-in' | 'no-profile' | 'invalid-input'
export type TProfileResult = { ok: true } | { ok: false; error: TProfileError }

/**
 * A trainer edits their own profile on the site: institution and biography in both languages,
 * areas, languages and the contact address, in one transaction. What the Secretariat alone
 * sets (name, type, country, trainings, publication) is not theirs to change here.
 */
export async function updateOwnTrainerProfile(payload: Payload, user: User | null, input: TTrainerProfileInput): Promise<TProfileResult> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  const profile = await ownTrainerProfile(payload, user.id)
  if (!profile) return { ok: false, error: 'no-profile' }
  const areas = input.thematicAreas.length ? await payload.count({ collection: 'thematic-areas', where: { id: { in: input.thematicAreas } }, overrideAccess: true }) : { totalDocs: 0 }
  if (areas.totalDocs !== new Set(input.thematicAreas).size) return { ok: false, error: 'invalid-input' }
  await inRequestTransaction(payload, async (req) => {
    const shared = { thematicAreas: input.thematicAreas, languages: input.languages, email: input.email }
    await payload.update({ collection: 'trainers', id: profile.id, locale: 'en', data: { ...shared, institution: input.institutionEn ?? '', biography: input.biographyEn ?? '' }, overrideAccess: true, depth: 0, req })
    // A profile made before its Russian name was set gets the English one (the name is required in each language).
    const names = profile.name as unknown as Partial<Record<'en' | 'ru', string>>
    await payload.update({ collection: 'trainers', id: profile.id, locale: 'ru', data: { name: names.ru || names.en, institution: input.institutionRu ?? '', biography: input.biographyRu ?? '' }, overrideAccess: true, depth: 0, req })
  })
  return { ok: true }
}

/** The trainer gives or withdraws consent to being shown in the directory; it takes effect at once. */
export async function setTrainerConsent(payload: Payload, user: User | null, consent: boolean): Promise<TProfileResult> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  const profile = await ownTrainerProfile(payload, user.id)
  if (!profile) return { ok: false, error: 'no-profile' }
  // The owner is checked above; nobody else reaches this door, and the field refuses others elsewhere.
  await payload.update({ collection: 'trainers', id: profile.id, data: { consent }, overrideAccess: true, depth: 0 })
  return { ok: true }
}
