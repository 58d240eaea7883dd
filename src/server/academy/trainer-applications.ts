import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type Payload } from 'payload'
import { env } from '@/env'
import { inAdminLanguage } from '@/fields/admin-text'
import { slugify } from '@/fields/slug'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { TrainerApplication, User } from '@/payload-types'
import { secretariatAddress } from '@/server/contact/send-contact-message'
import { layout } from '@/server/email/account-emails'
import { queueEmail } from '@/server/email/queue-email'
import { relationId } from '@/server/registrations/allocation'
import { mayMoveApplication, type TApplicationStatus, type TTrainerApplicationInput } from './trainer-rules'

export type TApplicationError = 'not-signed-in' | 'already-trainer' | 'pending' | 'invalid-input'
export type TApplicationResult = { ok: true; value: TrainerApplication } | { ok: false; error: TApplicationError }

const localeOf = (user: { preferredLanguage?: string | null }): Locale => (isLocale(user.preferredLanguage) ? user.preferredLanguage : defaultLocale)

/** The person's trainer profile, if they have one (whatever its state). */
export async function ownTrainerProfile(payload: Payload, userId: number) {
  const found = await payload.find({ collection: 'trainers', where: { user: { equals: userId } }, limit: 1, depth: 0, overrideAccess: true, locale: 'all' })
  return found.docs[0]
}

/** The person's latest application, if any. */
export async function latestApplication(payload: Payload, userId: number): Promise<TrainerApplication | undefined> {
  const found = await payload.find({ collection: 'trainer-applications', where: { applicant: { equals: userId } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
  return found.docs[0]
}

/**
 * A signed-in person applies to join the trainers' network (once at a time: not while an
 * application waits, nor when they are a trainer already). The Secretariat hears of it.
 */
export async function applyToTrain(payload: Payload, user: User | null, input: TTrainerApplicationInput): Promise<TApplicationResult> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  if (user.roles?.includes('trainer') || (await ownTrainerProfile(payload, user.id))) return { ok: false, error: 'already-trainer' }
  if ((await latestApplication(payload, user.id))?.status === 'pending') return { ok: false, error: 'pending' }
  const [country, areas] = await Promise.all([
    payload.count({ collection: 'participants', where: { and: [{ id: { equals: input.country } }, { kind: { equals: 'state' } }] }, overrideAccess: true }),
    payload.count({ collection: 'thematic-areas', where: { id: { in: input.thematicAreas } }, overrideAccess: true }),
  ])
  if (country.totalDocs !== 1 || areas.totalDocs !== new Set(input.thematicAreas).size) return { ok: false, error: 'invalid-input' }
  const value = await payload.create({
    collection: 'trainer-applications',
    data: { ...input, applicant: user.id, name: user.name, email: user.email, status: 'pending' },
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true, value }
}

/**
 * A decision follows the rules whichever door it comes through: once only, a decline with its
 * reason. Accepting gives the person the trainer role and a draft profile from the application,
 * in the same transaction, so that neither exists without the other.
 */
export const decideApplication: CollectionBeforeChangeHook<TrainerApplication> = async ({ data, originalDoc, req, operation }) => {
  const from = (originalDoc?.status ?? 'pending') as TApplicationStatus
  const to = (data.status ?? from) as TApplicationStatus
  const refuse = (path: string, text: { en: string; ru: string }) => {
    throw new ValidationError({ collection: 'trainer-applications', errors: [{ path, message: inAdminLanguage(req, text) }] }, req.t)
  }
  if (operation === 'update' && !mayMoveApplication(from, to)) refuse('status', { en: 'A decided application cannot change its status again.', ru: 'Статус заявки, по которой принято решение, изменить нельзя.' })
  if (to === 'declined' && !(data.decisionReason ?? originalDoc?.decisionReason)?.trim()) refuse('decisionReason', { en: 'Give a reason for declining.', ru: 'Укажите причину отклонения.' })
  if (to === from || to === 'pending') return data
  data.decidedAt = new Date().toISOString()
  if (req.user) data.decidedBy = req.user.id
  if (to !== 'accepted') return data

  const application: Partial<TrainerApplication> = { ...originalDoc, ...data }
  const userId = relationId(application.applicant)
  if (!userId) return data
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req })
  const roles = [...new Set([...(user.roles ?? []), 'trainer' as const])]
  await req.payload.update({ collection: 'users', id: userId, data: { roles }, overrideAccess: true, req, depth: 0 })
  const existing = await req.payload.find({ collection: 'trainers', where: { user: { equals: userId } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (existing.docs[0]) {
    data.profile = existing.docs[0].id
    return data
  }
  const base = slugify(user.name) || 'trainer'
  const taken = await req.payload.count({ collection: 'trainers', where: { slug: { equals: base } }, overrideAccess: true, req })
  const profile = await req.payload.create({
    collection: 'trainers',
    locale: 'en',
    data: {
      name: user.name,
      slug: taken.totalDocs ? `${base}-${userId}` : base,
      user: userId,
      email: user.email,
      kind: application.kind ?? 'state',
      country: relationId(application.country) ?? null,
      institution: application.institution,
      thematicAreas: (application.thematicAreas ?? []).map((a) => relationId(a)).filter((id): id is number => id !== undefined),
      languages: application.languages ?? [],
      status: 'draft',
      consent: false,
    },
    overrideAccess: true,
    req,
    depth: 0,
  })
  // The name as the person wrote it, in both languages until the Secretariat or they say otherwise.
  await req.payload.update({ collection: 'trainers', id: profile.id, locale: 'ru', data: { name: user.name }, overrideAccess: true, req, depth: 0 })
  data.profile = profile.id
  return data
}

/** The applicant hears of the decision in their account's language; the Secretariat of a new application. */
export const tellOfApplication: CollectionAfterChangeHook<TrainerApplication> = async ({ doc, previousDoc, req, operation }) => {
  const userId = relationId(doc.applicant)
  if (operation === 'create') {
    const to = await secretariatAddress(req.payload)
    if (!to) return doc
    const t = getTranslator(defaultLocale)
    const link = new URL(`/admin/collections/trainer-applications/${doc.id}`, env.publicUrl).toString()
    await queueEmail(req, { to, subject: t('academy.apply.email.new.subject', { name: doc.name }), html: layout(defaultLocale, t('academy.apply.email.new.heading'), t('academy.apply.email.new.body', { name: doc.name, email: doc.email }), link, t('academy.apply.email.new.action')) })
    return doc
  }
  if (doc.status === previousDoc?.status || (doc.status !== 'accepted' && doc.status !== 'declined') || !userId) return doc
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req, select: { email: true, name: true, preferredLanguage: true } })
  const locale = localeOf(user)
  const t = getTranslator(locale)
  const link = new URL(href(locale, routes.trainerAccount()), env.publicUrl).toString()
  const status = doc.status
  const html = layout(locale, t('academy.apply.email.heading', { name: user.name }), t(`academy.apply.email.${status}.body`, { reason: doc.decisionReason ?? '' }), link, t('academy.apply.email.action'))
  await queueEmail(req, { to: user.email, subject: t(`academy.apply.email.${status}.subject`), html })
  return doc
}
