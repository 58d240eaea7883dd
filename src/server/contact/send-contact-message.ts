import type { Payload } from 'payload'
import { contactEmail } from './contact-email'
import { parseContactMessage, type TContactFieldErrors, type TContactSubmission } from './contact-message'
import { contactRateLimit, type ContactRateLimit } from './contact-rate-limit'
import { checkContactToken } from './contact-token'
import { publicTrainerWhere, trainerSlugOfPage } from '@/server/academy/trainer-rules'

/**
 * Expected outcomes of a contact form submission. `ok` with `sent: false` is the answer to a
 * filled-in honeypot: the bot is told it worked, and nothing is sent.
 */
export type TContactResult =
  | { ok: true; sent: boolean }
  | { ok: false; error: TContactError; fields?: TContactFieldErrors; retryAfterSeconds?: number }

export type TContactError = 'invalid-input' | 'expired' | 'too-fast' | 'rate-limited' | 'unavailable'

export type TContactContext = {
  /** The client's address as the HTTP front saw it. */
  client: string
  /** The app's secret (the form token's key). */
  secret: string
  /** The site's public address, for the link to the page in the message. */
  siteUrl: string
  now?: number
  limiter?: ContactRateLimit
}

/** The Secretariat's address, as editors set it in the footer; null when there is none. */
export async function secretariatAddress(payload: Payload): Promise<string | null> {
  const footer = await payload.findGlobal({ slug: 'site-footer', depth: 0, overrideAccess: false })
  return footer.email?.trim() || null
}

/**
 * Who a form's message goes to: on a trainer's profile, the trainer (only while the profile is
 * public: published and consented to); anywhere else, the Secretariat. Null when nobody can take it.
 */
export async function contactRecipient(payload: Payload, pagePath: string | undefined): Promise<{ to: string; trainer: boolean } | null> {
  const trainer = trainerSlugOfPage(pagePath)
  if (trainer) {
    const found = await payload.find({ collection: 'trainers', where: { and: [publicTrainerWhere, { slug: { equals: trainer } }] }, limit: 1, depth: 0, overrideAccess: true, select: { email: true } })
    const to = found.docs[0]?.email?.trim()
    return to ? { to, trainer: true } : null
  }
  const to = await secretariatAddress(payload)
  return to ? { to, trainer: false } : null
}

/**
 * Sends a visitor's message to the Secretariat (or, from a trainer's profile, to the trainer) through the outbox, after the form's checks
 * against bots: a valid token from a page of this site, an empty honeypot, no more links
 * than a person sends, time to type, and at most a few messages an hour from one client or
 * one sender. Nothing is stored but the outgoing e-mail, and nothing of it is logged.
 */
export async function sendContactMessage(payload: Payload, submission: TContactSubmission, context: TContactContext): Promise<TContactResult> {
  const { client, secret, siteUrl, now = Date.now(), limiter = contactRateLimit } = context
  const { locale, pagePath, token, honeypot, values } = submission
  const checked = parseContactMessage(values)
  const fields = checked.ok ? undefined : checked.fields
  const tokenCheck = pagePath === undefined ? ({ ok: false, reason: 'invalid' } as const) : checkContactToken(secret, token, pagePath, now)
  if (!tokenCheck.ok && tokenCheck.reason !== 'too-fast') return { ok: false, error: 'expired', fields }
  if (honeypot.trim() !== '') return { ok: true, sent: false }
  if (!checked.ok) return { ok: false, error: 'invalid-input', fields }
  if (!tokenCheck.ok) return { ok: false, error: 'too-fast' }

  const recipient = await contactRecipient(payload, pagePath)
  if (!recipient) return { ok: false, error: 'unavailable' }
  const waitMs = limiter.take([`client:${client}`, `sender:${checked.message.email.toLowerCase()}`])
  if (waitMs > 0) return { ok: false, error: 'rate-limited', retryAfterSeconds: Math.ceil(waitMs / 1000) }

  const email = contactEmail(checked.message, { locale, pageUrl: `${siteUrl}/${locale}/${pagePath}`, toTrainer: recipient.trainer })
  await payload.sendEmail({ to: recipient.to, replyTo: checked.message.email, ...email })
  return { ok: true, sent: true }
}
