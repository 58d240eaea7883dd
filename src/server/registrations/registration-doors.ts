import { createLocalReq, type Payload } from 'payload'
import { z } from 'zod'
import { checkRole, memberRoles, staffRoles } from '@/access/roles'
import { stateOfUser } from '@/access/registrations'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import type { Event, Registration, User } from '@/payload-types'
import { isAppError, type TAppErrorCode } from '@/server/errors'
import type { TRegistrationContext } from '@/collections/Registrations/hooks/registration-hooks'
import { relationId } from './allocation'
import { interpretationLanguages } from '@/server/events/languages'
import { accommodationChoices, active, fundingChoices, maySelfRegister, optionalFields, registrationOpen, travelModes, type TOptionalField } from './registration-rules'

/**
 * The site's doors to registration: a person registers or withdraws, a National Contact Point
 * nominates and withdraws its state's delegates, the Secretariat decides. Each checks who may
 * do what here, then saves through the collection, whose hooks decide places and send e-mails.
 * Expected refusals are values, with a code the forms turn into a localized message.
 */

export type TRegistrationError =
  | 'invalid-input'
  | 'not-found'
  | 'closed'
  | 'deadline-passed'
  | 'not-allowed'
  | 'duplicate'
  | 'declined-before'
  | 'quota-full'
  | 'full'
  | 'transition'
  | 'reason-required'
  | 'departure-before-arrival'

export type TRegistrationResult = { ok: true; registration: Registration } | { ok: false; error: TRegistrationError; fields?: Record<string, string> }

const errorOfCode: Partial<Record<TAppErrorCode, TRegistrationError>> = {
  'registration-duplicate': 'duplicate',
  'registration-quota-full': 'quota-full',
  'registration-full': 'full',
  'registration-transition': 'transition',
  'registration-reason-required': 'reason-required',
}

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined)

export const ZAnswers = z.object({
  organisation: optionalText(200),
  jobTitle: optionalText(200),
  phone: optionalText(40),
  interpretation: z.enum(interpretationLanguages).optional().or(z.literal('').transform(() => undefined)),
  dietary: optionalText(500),
  accessibility: optionalText(500),
  needsVisa: z.boolean().optional(),
})
export type TAnswers = z.infer<typeof ZAnswers>

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => Number.isFinite(Date.parse(v)))
export const ZFollowUp = z.object({
  arrival: isoDay.optional(),
  departure: isoDay.optional(),
  travelMode: z.enum(travelModes).optional(),
  accommodation: z.enum(accommodationChoices).optional(),
  funding: z.enum(fundingChoices).optional(),
  details: optionalText(1000),
})
export type TFollowUp = z.infer<typeof ZFollowUp>

export const ZNomination = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().email().max(254),
  language: z.enum(locales),
  answers: ZAnswers.default({}),
})

/** Only what the event asks for is kept (collect no more personal data than needed). */
export function keepAskedFor(answers: TAnswers, askFor: readonly string[] | null | undefined): TAnswers {
  const asked = new Set(askFor ?? [])
  return Object.fromEntries(Object.entries(answers).filter(([key, value]) => asked.has(key) && value !== undefined && optionalFields.includes(key as TOptionalField)))
}

type TEventForRegistration = Pick<Event, 'id' | 'startsAt' | 'registration' | 'visibility' | '_status'>

async function eventFor(payload: Payload, eventId: number, user: User | null): Promise<TEventForRegistration | undefined> {
  try {
    return await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: false, user: user ? { ...user, collection: 'users' } : undefined, select: { startsAt: true, registration: true, visibility: true, _status: true } })
  } catch {
    return undefined
  }
}

async function save(payload: Payload, locale: Locale, work: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<Registration>): Promise<TRegistrationResult> {
  const req = await createLocalReq({ locale }, payload)
  // Messages in the form's language. A copy: Payload shares one i18n object among requests.
  req.i18n = { ...req.i18n, language: locale }
  try {
    return { ok: true, registration: await work(req) }
  } catch (error) {
    const code = isAppError(error) ? errorOfCode[error.code] : undefined
    if (code) return { ok: false, error: code }
    throw error
  }
}

function openFor(event: TEventForRegistration, now: Date): TRegistrationError | undefined {
  const open = registrationOpen(event.registration, event.startsAt, now)
  return open === 'open' ? undefined : open
}

/**
 * The address's earlier registration for the event, if any: a withdrawn one is renewed, a
 * declined or active one refuses a new registration.
 */
async function earlierRegistration(payload: Payload, eventId: number, email: string): Promise<{ existing?: Registration; refusal?: TRegistrationError }> {
  const existing = (await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: eventId } }, { email: { equals: email } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (existing?.status === 'declined') return { existing, refusal: 'declined-before' }
  if (existing && active.includes(existing.status)) return { existing, refusal: 'duplicate' }
  return { existing }
}

/** A signed-in person registers (or registers again after withdrawing). */
export async function registerSelf(payload: Payload, user: User | null, input: { eventId: number; locale: Locale; answers: TAnswers }, now = new Date()): Promise<TRegistrationResult> {
  if (!user) return { ok: false, error: 'not-allowed' }
  const event = await eventFor(payload, input.eventId, user)
  if (!event) return { ok: false, error: 'not-found' }
  const closed = openFor(event, now)
  if (closed) return { ok: false, error: closed }
  if (!maySelfRegister(event.registration?.mode, { signedIn: true, member: checkRole(memberRoles, user) })) return { ok: false, error: 'not-allowed' }
  const answers = keepAskedFor(input.answers, event.registration?.askFor)
  const email = user.email.toLowerCase()
  const { existing, refusal } = await earlierRegistration(payload, event.id, email)
  if (refusal) return { ok: false, error: refusal }
  const state = stateOfUser(user)
  const language = isLocale(user.preferredLanguage) ? user.preferredLanguage : input.locale
  return save(payload, input.locale, async (req) => {
    if (existing) {
      const context: TRegistrationContext = { registrationArrival: true }
      return req.payload.update({ collection: 'registrations', id: existing.id, data: { name: user.name, language, person: user.id, answers, status: 'pending' }, context, overrideAccess: true, req, depth: 0 })
    }
    return req.payload.create({
      collection: 'registrations',
      data: { event: event.id, name: user.name, email, language, person: user.id, state: state ?? null, answers, status: 'pending' },
      overrideAccess: true,
      req,
      depth: 0,
    })
  })
}

/** A National Contact Point nominates a delegate of its own state (an account is not needed). */
export async function nominate(payload: Payload, user: User | null, input: { eventId: number; locale: Locale; nominee: z.infer<typeof ZNomination> }, now = new Date()): Promise<TRegistrationResult> {
  const state = user ? stateOfUser(user) : undefined
  if (!user || !checkRole(['ncp'], user) || state === undefined) return { ok: false, error: 'not-allowed' }
  const event = await eventFor(payload, input.eventId, user)
  if (!event) return { ok: false, error: 'not-found' }
  const closed = openFor(event, now)
  if (closed) return { ok: false, error: closed }
  if (event.registration?.mode !== 'nominated' && event.registration?.mode !== 'members') return { ok: false, error: 'not-allowed' }
  const { nominee } = input
  const { existing, refusal } = await earlierRegistration(payload, event.id, nominee.email)
  if (refusal) return { ok: false, error: refusal }
  // An existing registration of someone else's delegation is not this NCP's to renew.
  if (existing && relationId(existing.state) !== state) return { ok: false, error: 'duplicate' }
  const account = (await payload.find({ collection: 'users', where: { email: { equals: nominee.email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const answers = keepAskedFor(nominee.answers, event.registration?.askFor)
  const data = { name: nominee.name, language: nominee.language, person: account?.id ?? null, state, nominatedBy: user.id, answers }
  return save(payload, input.locale, async (req) => {
    if (existing) {
      const context: TRegistrationContext = { registrationArrival: true }
      return req.payload.update({ collection: 'registrations', id: existing.id, data: { ...data, status: 'pending' }, context, overrideAccess: true, req, depth: 0 })
    }
    return req.payload.create({ collection: 'registrations', data: { event: event.id, email: nominee.email, ...data, status: 'pending' }, overrideAccess: true, req, depth: 0 })
  })
}

/** Whether the user may act on this registration: their own, or (for an NCP) their state's. */
export function mayManage(user: User, registration: Pick<Registration, 'person' | 'email' | 'state'>): boolean {
  if (checkRole(staffRoles, user)) return true
  if (relationId(registration.person) === user.id || registration.email === user.email.toLowerCase()) return true
  const state = stateOfUser(user)
  return checkRole(['ncp'], user) && state !== undefined && relationId(registration.state) === state
}

async function registrationFor(payload: Payload, user: User, id: number): Promise<Registration | undefined> {
  try {
    return await payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: false, user: { ...user, collection: 'users' } })
  } catch {
    return undefined
  }
}

/** The person (or their state's NCP) withdraws; the place goes to the first in line. */
export async function withdraw(payload: Payload, user: User | null, input: { registrationId: number; locale: Locale }): Promise<TRegistrationResult> {
  if (!user) return { ok: false, error: 'not-allowed' }
  const registration = await registrationFor(payload, user, input.registrationId)
  if (!registration || !mayManage(user, registration)) return { ok: false, error: 'not-found' }
  if (!active.includes(registration.status)) return { ok: false, error: 'transition' }
  return save(payload, input.locale, (req) => req.payload.update({ collection: 'registrations', id: registration.id, data: { status: 'withdrawn' }, overrideAccess: true, req, depth: 0 }))
}

/** The Secretariat approves or declines (with a reason, sent to the person). */
export async function decide(payload: Payload, user: User | null, input: { registrationId: number; locale: Locale; decision: 'approved' | 'declined'; reason?: string }): Promise<TRegistrationResult> {
  if (!user || !checkRole(staffRoles, user)) return { ok: false, error: 'not-allowed' }
  const data = input.decision === 'declined' ? { status: 'declined' as const, declineReason: input.reason?.trim() || null } : { status: 'approved' as const }
  return save(payload, input.locale, (req) => req.payload.update({ collection: 'registrations', id: input.registrationId, data, overrideAccess: true, req, depth: 0 }))
}

/**
 * An approved participant's travel and accommodation, and later changes to them: saved, and
 * marked for the Secretariat to review (it unticks the mark once done).
 */
export async function submitFollowUp(payload: Payload, user: User | null, input: { registrationId: number; locale: Locale; followUp: TFollowUp }): Promise<TRegistrationResult> {
  if (!user) return { ok: false, error: 'not-allowed' }
  const registration = await registrationFor(payload, user, input.registrationId)
  // Only the participant themselves (not their NCP), and only once approved.
  if (!registration || !(relationId(registration.person) === user.id || registration.email === user.email.toLowerCase())) return { ok: false, error: 'not-found' }
  if (registration.status !== 'approved') return { ok: false, error: 'transition' }
  const { arrival, departure } = input.followUp
  if (arrival && departure && departure < arrival) return { ok: false, error: 'departure-before-arrival' }
  const followUp = {
    arrival: arrival ? `${arrival}T12:00:00.000Z` : null,
    departure: departure ? `${departure}T12:00:00.000Z` : null,
    travelMode: input.followUp.travelMode ?? null,
    accommodation: input.followUp.accommodation ?? null,
    funding: input.followUp.funding ?? null,
    details: input.followUp.details ?? null,
    submittedAt: new Date().toISOString(),
  }
  return save(payload, input.locale, (req) => req.payload.update({ collection: 'registrations', id: registration.id, data: { followUp, reviewNeeded: true }, overrideAccess: true, req, depth: 0 }))
}
