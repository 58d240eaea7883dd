import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { localeOfRequest } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import type { Registration } from '@/payload-types'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import { countRegistrations, lockEvent, nextQueueNumber, promoteWaiting, relationId } from '@/server/registrations/allocation'
import { queueRegistrationEmail } from '@/server/registrations/registration-emails'
import { scheduleReminders } from '@/server/registrations/reminders'
import { active, emailForChange, placeHolding, statusOnArrival, transitionAllowed, type TRegistrationStatus } from '@/server/registrations/registration-rules'
import { AppError, type TAppErrorCode } from '@/server/errors'

/** Set by a door that (re)submits a registration: its status is decided as for a new arrival. */
export type TRegistrationContext = { registrationArrival?: boolean }

/**
 * Every registration change, from any door, is decided here with the event locked: a new one
 * gets a place or the waiting list in arrival order, a state's quota and the capacity hold, a
 * change of status must be one the rules allow, and declining needs a reason.
 */
export const allocatePlace: CollectionBeforeChangeHook<Registration> = async ({ data, originalDoc, operation, req, context }) => {
  const locale = localeOfRequest(req)
  const refuse = (code: TAppErrorCode, key: Parameters<typeof translate>[1], status = 409) => new AppError(code, translate(locale, key), status)
  if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  const eventId = relationId(data.event ?? originalDoc?.event)
  if (eventId === undefined) return data
  if (operation === 'update' && originalDoc && data.event !== undefined && relationId(data.event) !== relationId(originalDoc.event)) {
    throw refuse('registration-event-fixed', 'registration.error.event-fixed', 422)
  }
  const settings = await lockEvent(req, eventId)
  const id = originalDoc?.id
  const others = id === undefined ? [] : [{ id: { not_equals: id } }]
  const from = operation === 'update' ? (originalDoc?.status as TRegistrationStatus) : undefined
  let to = (data.status ?? from ?? 'pending') as TRegistrationStatus

  if (operation === 'create') {
    const email = data.email ?? ''
    if ((await countRegistrations(req, eventId, ['pending', 'approved', 'waitlisted', 'declined', 'withdrawn'], [{ email: { equals: email } }])) > 0) {
      throw refuse('registration-duplicate', 'registration.error.duplicate')
    }
  }
  const arriving = operation === 'create' || (context as TRegistrationContext).registrationArrival === true
  if (arriving) to = statusOnArrival(settings, await countRegistrations(req, eventId, placeHolding, others))

  if (from !== undefined && !transitionAllowed(from, to)) throw refuse('registration-transition', 'registration.error.transition', 422)
  if (to === 'declined' && from !== 'declined' && !String(data.declineReason ?? originalDoc?.declineReason ?? '').trim()) {
    throw refuse('registration-reason-required', 'registration.error.reason-required', 422)
  }
  const stateId = relationId(data.state ?? originalDoc?.state)
  if (active.includes(to) && (from === undefined || !active.includes(from)) && stateId !== undefined && settings.quotaPerState) {
    if ((await countRegistrations(req, eventId, active, [{ state: { equals: stateId } }, ...others])) >= settings.quotaPerState) {
      throw refuse('registration-quota-full', 'registration.error.quota-full')
    }
  }
  if (!arriving && placeHolding.includes(to) && (from === undefined || !placeHolding.includes(from)) && settings.capacity) {
    if ((await countRegistrations(req, eventId, placeHolding, others)) >= settings.capacity) throw refuse('registration-full', 'registration.error.full')
  }
  if (to !== from) {
    data.status = to
    data.statusChangedAt = new Date().toISOString()
    if (to === 'waitlisted') data.queueNumber = await nextQueueNumber(req, eventId)
  }
  if (to !== 'declined' && from === 'declined') data.declineReason = null
  return data
}

/** Each change of status sends its e-mail; a freed place goes to the first in line. */
export const followStatusChange: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? undefined : (previousDoc?.status as TRegistrationStatus)
  const to = doc.status as TRegistrationStatus
  const kind = emailForChange(from, to)
  if (kind) {
    await queueRegistrationEmail(req, doc, kind)
    kickJobRunner()
  }
  if (from !== undefined && placeHolding.includes(from) && !placeHolding.includes(to)) {
    const eventId = relationId(doc.event)!
    await promoteWaiting(req, eventId, await lockEvent(req, eventId))
  }
  return doc
}

/**
 * After an event is saved: its reminder is scheduled for its time, and more places (or no
 * limit any more) go to the waiting list at once.
 */
export const followEventChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (doc._status === 'published' && (operation === 'create' || doc.startsAt !== previousDoc?.startsAt || doc.registration?.reminderDays !== previousDoc?.registration?.reminderDays || doc.registration?.mode !== previousDoc?.registration?.mode)) {
    await scheduleReminders(req, doc)
  }
  if (operation !== 'update') return doc
  const before = previousDoc?.registration?.capacity as number | null | undefined
  const after = doc.registration?.capacity as number | null | undefined
  if (!before || (after && after <= before)) return doc
  await promoteWaiting(req, doc.id, await lockEvent(req, doc.id))
  return doc
}
