import { checkRole, memberRoles, staffRoles } from '@/access/roles'
import { ownedBy, stateOfUser } from '@/access/registrations'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Event, Participant, Registration, User } from '@/payload-types'
import { participantDocuments, type TMeetingDocument } from '@/server/events/event-documents'
import { loadEvent } from '@/server/events/event-list'
import { getPayloadClient } from '@/server/payload'
import type { TLocalizedDoc } from '@/server/content/find-localized'
import { waitingPosition } from './allocation'
import { active, maySelfRegister, optionalFields, registrationOpen, type TOptionalField } from './registration-rules'

export type TRegistrationView = Pick<Registration, 'id' | 'name' | 'email' | 'status' | 'declineReason' | 'answers' | 'createdAt' | 'followUp' | 'reviewNeeded'> & { position?: number; withdrawable: boolean }

export type TRegistrationPage = {
  event: TLocalizedDoc<Event>
  open: 'open' | 'closed' | 'deadline-passed'
  askFor: TOptionalField[]
  /** The signed-in person's own registration. */
  mine?: TRegistrationView
  /** The person may register themselves now. */
  maySelfRegister: boolean
  /** Who may register, when the person may not (to say why). */
  mode: NonNullable<Event['registration']>['mode']
  /** A National Contact Point's delegation: its state, its registrations and the quota. */
  delegation?: { state: string; registrations: TRegistrationView[]; quota?: number | null; used: number; mayNominate: boolean }
  isStaff: boolean
  /** For an approved participant: the link to join online, and the list of participants if the event shows it. */
  onlineLink?: string
  participants?: { name: string; organisation?: string | null; state?: string | null }[]
  /** For an approved participant: the documents for this event's participants. */
  documents?: TMeetingDocument[]
  /** For an approved participant of a meeting in person: their visa invitation letter, or none asked for yet (null). */
  letter?: { id: number; status: 'requested' | 'issued' | 'revoked'; reference?: string | null; revokeReason?: string | null; languages: Locale[] } | null
}

async function view(registration: Registration): Promise<TRegistrationView> {
  const position = registration.status === 'waitlisted' ? await waitingPosition(await getPayloadClient(), registration) : undefined
  return {
    id: registration.id,
    name: registration.name,
    email: registration.email,
    status: registration.status,
    declineReason: registration.declineReason,
    answers: registration.answers,
    createdAt: registration.createdAt,
    followUp: registration.followUp,
    reviewNeeded: registration.reviewNeeded,
    position,
    withdrawable: active.includes(registration.status),
  }
}

/** What the registration page shows to this person for this event; undefined when they may not see the event. */
export async function loadRegistrationPage(locale: Locale, slug: string, user: User | null, now = new Date()): Promise<TRegistrationPage | undefined> {
  const event = await loadEvent(locale, slug, user ? { roles: user.roles ?? [] } : null)
  if (!event) return undefined
  const settings = event.registration ?? {}
  const open = registrationOpen(settings, event.startsAt, now)
  const askFor = (settings.askFor ?? []).filter((f): f is TOptionalField => optionalFields.includes(f as TOptionalField))
  const page: TRegistrationPage = { event, open, askFor, maySelfRegister: false, mode: settings.mode ?? 'none', isStaff: checkRole(staffRoles, user) }
  if (!user) return page
  const payload = await getPayloadClient()
  // Read as the person: the collection's access decides what they see (their own, their state's).
  const as = { user: { ...user, collection: 'users' as const }, overrideAccess: false }
  const own = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: event.id } }, ownedBy(user)] },
    limit: 1,
    depth: 0,
    ...as,
  })
  if (own.docs[0]) page.mine = await view(own.docs[0])
  page.maySelfRegister = open === 'open' && maySelfRegister(settings.mode, { signedIn: true, member: checkRole(memberRoles, user) }) && (!page.mine || page.mine.status === 'withdrawn')

  if (page.mine?.status === 'approved') {
    // Only approved participants get these; the link is not readable through the API but by the Secretariat.
    const full = await payload.findByID({ collection: 'events', id: event.id, depth: 0, overrideAccess: true, select: { onlineLink: true, format: true } })
    if (full.format !== 'in-person' && full.onlineLink) page.onlineLink = full.onlineLink
    page.documents = await participantDocuments(event.id, locale, user)
    if (full.format !== 'online') {
      const letter = (await payload.find({ collection: 'invitation-letters', where: { registration: { equals: page.mine.id } }, limit: 1, depth: 0, ...as })).docs[0]
      const language = own.docs[0]?.language
      page.letter = letter ? { id: letter.id, status: letter.status, reference: letter.reference, revokeReason: letter.revokeReason, languages: [...new Set<Locale>(['en', isLocale(language) ? language : 'en'])] } : null
    }
    if (settings.participantListVisible) {
      const approved = await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: event.id } }, { status: { equals: 'approved' } }] }, sort: 'name', limit: 1000, depth: 1, locale, populate: { participants: { name: true } }, overrideAccess: true, select: { name: true, answers: true, state: true } })
      page.participants = approved.docs.map((r) => ({ name: r.name, organisation: r.answers?.organisation, state: typeof r.state === 'object' && r.state ? r.state.name : null }))
    }
  }

  const state = stateOfUser(user)
  if (checkRole(['ncp'], user) && state !== undefined && (settings.mode === 'nominated' || settings.mode === 'members')) {
    const [delegates, participant] = await Promise.all([
      payload.find({ collection: 'registrations', where: { and: [{ event: { equals: event.id } }, { state: { equals: state } }] }, sort: 'createdAt', limit: 200, depth: 0, ...as }),
      payload.findByID({ collection: 'participants', id: state, locale, depth: 0, select: { name: true } }) as Promise<Pick<Participant, 'name'>>,
    ])
    const registrations = await Promise.all(delegates.docs.map((d) => view(d)))
    const used = registrations.filter((r) => active.includes(r.status)).length
    page.delegation = {
      state: participant.name,
      registrations,
      quota: settings.quotaPerState,
      used,
      mayNominate: open === 'open' && (!settings.quotaPerState || used < settings.quotaPerState),
    }
  }
  return page
}
