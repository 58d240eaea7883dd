import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import { z } from 'zod'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { InvitationLetter, Participant, Registration, User } from '@/payload-types'
import { formatDate } from '@/i18n/format'
import { layout } from '@/server/email/account-emails'
import { htmlToText } from '@/server/email/html-to-text'
import { placeOf, zoneOf } from '@/server/events/event-place'
import { formatEventDays } from '@/server/events/event-time'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import { renderLetterPdf, type TLetter } from '@/server/pdf/letter-pdf'
import { fillTemplate, templateProblem } from './letter-template'
import { relationId } from '@/server/registrations/allocation'
import { mayManage } from '@/server/registrations/registration-doors'

/**
 * Visa invitation letters: an approved participant asks for one with the details a consulate
 * needs; the Secretariat issues it (a PDF in English and in the participant's language, made
 * by a background job and e-mailed); a consulate checks its reference number on a public page.
 */

/** Reference numbers: the year and 8 random characters (40 bits; no 0/O, 1/I), so they cannot be guessed. */
const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const referencePattern = /^PP-\d{4}-[2-9A-HJ-NP-Z]{8}$/

export function newReference(now = new Date()): string {
  const bytes = crypto.randomBytes(8)
  return `PP-${now.getUTCFullYear()}-${[...bytes].map((b) => referenceAlphabet[b % 32]).join('')}`
}

/** A reference as people type it: any case, spaces or other dashes. */
export function normaliseReference(input: string): string {
  return input.trim().toUpperCase().replace(/[\s‐-―]+/g, '-')
}

export const ZLetterRequest = z.object({
  passportName: z.string().trim().min(2).max(120),
  passportNumber: z.string().trim().min(4).max(20).regex(/^[A-Za-z0-9 ]+$/),
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => Number.isFinite(Date.parse(v)) && Date.parse(v) < Date.now()),
  nationality: z.string().trim().min(2).max(80),
  consulate: z.string().trim().min(2).max(160),
})
export type TLetterRequest = z.infer<typeof ZLetterRequest>

export type TLetterResult = { ok: true; letter: InvitationLetter } | { ok: false; error: 'invalid-input' | 'not-found' | 'not-allowed' | 'duplicate' }

/** An approved participant (or their state's NCP) asks for a letter, once per registration. */
export async function requestLetter(payload: Payload, user: User | null, input: { registrationId: number; request: TLetterRequest }): Promise<TLetterResult> {
  if (!user) return { ok: false, error: 'not-allowed' }
  const registration = await payload.findByID({ collection: 'registrations', id: input.registrationId, depth: 0, overrideAccess: false, user: { ...user, collection: 'users' }, disableErrors: true })
  if (!registration || !mayManage(user, registration)) return { ok: false, error: 'not-found' }
  if (registration.status !== 'approved') return { ok: false, error: 'not-allowed' }
  const earlier = await payload.count({ collection: 'invitation-letters', where: { registration: { equals: registration.id } }, overrideAccess: true })
  if (earlier.totalDocs > 0) return { ok: false, error: 'duplicate' }
  const letter = await payload.create({
    collection: 'invitation-letters',
    data: { registration: registration.id, email: registration.email, person: relationId(registration.person) ?? null, status: 'requested', ...input.request },
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true, letter }
}

type TLetterFacts = { letter: InvitationLetter; registration: Registration; languages: Locale[] }

async function factsOf(payload: Payload, letterId: number, req?: PayloadRequest): Promise<TLetterFacts> {
  const letter = await payload.findByID({ collection: 'invitation-letters', id: letterId, depth: 0, overrideAccess: true, req })
  const registration = await payload.findByID({ collection: 'registrations', id: relationId(letter.registration)!, depth: 0, overrideAccess: true, req })
  const own = isLocale(registration.language) ? registration.language : defaultLocale
  return { letter, registration, languages: [...new Set<Locale>(['en', own])] }
}

/** The letter's text in one language, from the template (the `letter.*` messages). */
export async function letterIn(payload: Payload, facts: TLetterFacts, locale: Locale, req?: PayloadRequest): Promise<TLetter> {
  const t = getTranslator(locale)
  const { letter } = facts
  const event = await payload.findByID({ collection: 'events', id: relationId(facts.registration.event)!, locale, fallbackLocale: locale === 'en' ? 'ru' : 'en', depth: 1, populate: { participants: { name: true } }, overrideAccess: true, req })
  const host = typeof event.host === 'object' && event.host ? (event.host as Participant).name : typeof event.venue?.country === 'object' && event.venue?.country ? (event.venue.country as Participant).name : ''
  const values = {
    name: letter.passportName,
    passportNumber: letter.passportNumber,
    dateOfBirth: formatDate(locale, letter.dateOfBirth),
    nationality: letter.nationality,
    event: event.title,
    dates: formatEventDays(locale, event.startsAt, event.endsAt, zoneOf(event)),
    place: placeOf(event, locale) || t('events.format.online'),
    host,
  }
  const verifyUrl = new URL(href(locale, routes.letterVerification()), env.publicUrl).toString()
  // The Secretariat's wording where it wrote one in this language, the standard text otherwise.
  const template = await payload.findGlobal({ slug: 'invitation-letter-template', locale, fallbackLocale: false, depth: 0, overrideAccess: true, req })
  const own = (text: string | null | undefined) => (text?.trim() && !templateProblem(text) ? fillTemplate(text.trim(), locale, values) : undefined)
  const body = own(template.body)?.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  return {
    language: locale,
    title: t('letter.pdf.title', { reference: letter.reference ?? '' }),
    letterhead: [t('letter.pdf.sender'), t('letter.pdf.senderAddress'), 'www.pragueprocess.eu'],
    meta: [[t('letter.pdf.reference'), letter.reference ?? ''], [t('letter.pdf.date'), formatDate(locale, letter.issuedAt ?? new Date().toISOString())]],
    recipient: [t('letter.pdf.to', { consulate: letter.consulate })],
    heading: own(template.heading) ?? t('letter.pdf.heading'),
    paragraphs: body?.length ? body : [t('letter.pdf.p1', values), t('letter.pdf.p2', values), t('letter.pdf.p3', values)],
    closing: [own(template.closing) ?? t('letter.pdf.closing'), '', ...(own(template.signatory) ?? t('letter.pdf.signatory')).split('\n')],
    footer: t('letter.pdf.footer', { url: verifyUrl, reference: letter.reference ?? '' }),
  }
}

/** The letter as PDF in one of its languages, for its owner's download or the e-mail. */
export async function letterPdf(payload: Payload, letterId: number, locale: Locale, req?: PayloadRequest): Promise<Uint8Array> {
  const facts = await factsOf(payload, letterId, req)
  return renderLetterPdf(await letterIn(payload, facts, locale, req))
}

/**
 * The background job once the Secretariat has issued a letter: both PDFs, e-mailed to the
 * participant in their language, written to the outbox with its delivery in one transaction.
 */
export async function sendIssuedLetter(payload: Payload, letterId: number): Promise<void> {
  const facts = await factsOf(payload, letterId)
  if (facts.letter.status !== 'issued' || facts.letter.sentAt) return
  const attachments: { filename: string; contentType: string; content: string; encoding: string }[] = []
  for (const language of facts.languages) {
    const pdf = await renderLetterPdf(await letterIn(payload, facts, language))
    attachments.push({ filename: `invitation-${facts.letter.reference}-${language}.pdf`, contentType: 'application/pdf', content: Buffer.from(pdf).toString('base64'), encoding: 'base64' })
  }
  const locale = facts.languages[facts.languages.length - 1]
  const t = getTranslator(locale)
  const page = new URL(href(locale, routes.letterVerification()), env.publicUrl).toString()
  const html = layout(locale, t('letter.email.heading', { name: facts.registration.name }), t('letter.email.body', { reference: facts.letter.reference ?? '' }), page, t('letter.email.action'))
  await inRequestTransaction(payload, async (req) => {
    const written = await payload.create({ collection: 'email-outbox', data: { to: facts.registration.email, subject: t('letter.email.subject', { reference: facts.letter.reference ?? '' }), html, text: htmlToText(html), status: 'queued', attachments }, overrideAccess: true, req })
    await payload.jobs.queue({ task: 'deliverEmail', input: { outboxId: String(written.id) }, overrideAccess: true, req })
    await payload.update({ collection: 'invitation-letters', id: letterId, data: { sentAt: new Date().toISOString() }, overrideAccess: true, req, context: { letterSent: true } })
  })
  kickJobRunner()
}

export type TVerification = { status: 'valid' | 'revoked'; name: string; event: string; dates: string; issuedOn: string } | undefined

/** What a consulate may learn from a reference: whether the letter stands, for whom and for what. Never the passport details. */
export async function verifyLetter(payload: Payload, reference: string, locale: Locale): Promise<TVerification> {
  const normalised = normaliseReference(reference)
  if (!referencePattern.test(normalised)) return undefined
  const letter = (await payload.find({ collection: 'invitation-letters', where: { and: [{ reference: { equals: normalised } }, { status: { in: ['issued', 'revoked'] } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!letter) return undefined
  const registration = await payload.findByID({ collection: 'registrations', id: relationId(letter.registration)!, depth: 0, overrideAccess: true })
  const event = await payload.findByID({ collection: 'events', id: relationId(registration.event)!, locale, fallbackLocale: locale === 'en' ? 'ru' : 'en', depth: 0, overrideAccess: true })
  return {
    status: letter.status === 'revoked' ? 'revoked' : 'valid',
    name: letter.passportName,
    event: event.title,
    dates: formatEventDays(locale, event.startsAt, event.endsAt, zoneOf(event)),
    issuedOn: formatDate(locale, letter.issuedAt ?? letter.updatedAt),
  }
}
