/**
 * The rules of registration, as plain functions of an event's settings and counts: who may
 * register, whether a new registration takes a place or waits, which changes of status are
 * allowed, and which e-mail a change sends. Everything that writes goes through these.
 */

export const registrationModes = ['none', 'anyone', 'members', 'nominated'] as const
export type TRegistrationMode = (typeof registrationModes)[number]

export const registrationStatuses = ['pending', 'approved', 'waitlisted', 'declined', 'withdrawn'] as const
export type TRegistrationStatus = (typeof registrationStatuses)[number]

/** Statuses that hold one of the event's places. */
export const placeHolding: readonly TRegistrationStatus[] = ['pending', 'approved']
/** Statuses that count against a state's quota (a place, or a place waited for). */
export const active: readonly TRegistrationStatus[] = ['pending', 'approved', 'waitlisted']

/** The form fields the Secretariat may ask for, beyond name and e-mail (ask for no more than needed). */
export const optionalFields = ['organisation', 'jobTitle', 'phone', 'interpretation', 'dietary', 'accessibility', 'needsVisa'] as const
export type TOptionalField = (typeof optionalFields)[number]

/** The optional fields' names, for the admin. */
export const registrationFieldLabels: Record<TOptionalField, { en: string; ru: string }> = {
  organisation: { en: 'Organisation', ru: 'Организация' },
  jobTitle: { en: 'Position', ru: 'Должность' },
  phone: { en: 'Telephone', ru: 'Телефон' },
  interpretation: { en: 'Language of interpretation wanted', ru: 'Нужный язык перевода' },
  dietary: { en: 'Dietary requirements', ru: 'Требования к питанию' },
  accessibility: { en: 'Accessibility needs', ru: 'Особые потребности' },
  needsVisa: { en: 'Needs a visa', ru: 'Нужна виза' },
}

export type TRegistrationSettings = {
  mode?: TRegistrationMode | null
  deadline?: string | null
  capacity?: number | null
  quotaPerState?: number | null
  approval?: 'secretariat' | 'automatic' | null
}

export type TRegistrationRefusal = 'closed' | 'deadline-passed' | 'not-allowed' | 'quota-full' | 'already-registered' | 'event-over'

/** Whether registration is open now: a mode other than none, before the deadline (or the start). */
export function registrationOpen(settings: TRegistrationSettings | null | undefined, startsAt: string, now: Date): 'open' | 'closed' | 'deadline-passed' {
  if (!settings?.mode || settings.mode === 'none') return 'closed'
  const until = Date.parse(settings.deadline || startsAt)
  return Number.isFinite(until) && now.getTime() > until ? 'deadline-passed' : 'open'
}

/** Who may register themselves (nominations are a separate door, for the state's NCP). */
export function maySelfRegister(mode: TRegistrationMode | null | undefined, person: { signedIn: boolean; member: boolean }): boolean {
  if (mode === 'anyone') return person.signedIn
  if (mode === 'members') return person.member
  return false
}

/**
 * The status a new (or renewed) registration gets: a place while places are left (awaiting
 * the Secretariat, or approved at once when the event approves automatically), otherwise
 * the waiting list.
 */
export function statusOnArrival(settings: TRegistrationSettings, placesTaken: number): 'pending' | 'approved' | 'waitlisted' {
  if (settings.capacity && placesTaken >= settings.capacity) return 'waitlisted'
  return settings.approval === 'automatic' ? 'approved' : 'pending'
}

/** The status the first in line is promoted to when a place frees. */
export function statusOnPromotion(settings: TRegistrationSettings): 'pending' | 'approved' {
  return settings.approval === 'automatic' ? 'approved' : 'pending'
}

const transitions: Record<TRegistrationStatus, readonly TRegistrationStatus[]> = {
  pending: ['approved', 'declined', 'withdrawn', 'waitlisted'],
  approved: ['declined', 'withdrawn'],
  waitlisted: ['pending', 'approved', 'declined', 'withdrawn'],
  declined: ['pending', 'approved'],
  withdrawn: ['pending', 'approved', 'waitlisted'],
}

export function transitionAllowed(from: TRegistrationStatus, to: TRegistrationStatus): boolean {
  return from === to || transitions[from].includes(to)
}

export type TRegistrationEmail = 'received' | 'confirmed' | 'waitlisted' | 'approved' | 'promoted' | 'declined' | 'withdrawn' | 'reminder'

/** The e-mail a registration's new status sends (`from` undefined: it was just made). */
export function emailForChange(from: TRegistrationStatus | undefined, to: TRegistrationStatus): TRegistrationEmail | undefined {
  if (from === to) return undefined
  if (to === 'declined') return 'declined'
  if (to === 'withdrawn') return 'withdrawn'
  if (to === 'waitlisted') return 'waitlisted'
  if (from === 'waitlisted') return 'promoted'
  if (to === 'approved') return from === 'pending' ? 'approved' : 'confirmed'
  return 'received'
}

/** E-mails that carry the event as a calendar file: the ones that give the person a place. */
export function emailCarriesCalendar(kind: TRegistrationEmail): boolean {
  return kind === 'received' || kind === 'confirmed' || kind === 'approved' || kind === 'promoted' || kind === 'reminder'
}

/** The follow-up form an approved participant fills in (travel, accommodation, funding). */
export const travelModes = ['air', 'rail', 'road', 'local'] as const
export const accommodationChoices = ['needed', 'own'] as const
export const fundingChoices = ['sponsorship-requested', 'own'] as const
