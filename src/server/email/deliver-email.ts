import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { env } from '@/env'

const transports = new Map<string, nodemailer.Transporter>()

/** One pooled transport per SMTP URL (the URL can change under tests). */
function transportFor(url: string): nodemailer.Transporter {
  let transport = transports.get(url)
  if (!transport) transports.set(url, (transport = nodemailer.createTransport(url)))
  return transport
}

type TAttachment = { filename: string; contentType: string; content: string; encoding?: 'base64' }

/** The outbox keeps attachments as JSON ({ filename, contentType, content, encoding? }: text, or binary as base64); anything else is dropped. */
function attachmentsOf(value: unknown): TAttachment[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((a): a is TAttachment => typeof a?.filename === 'string' && typeof a?.content === 'string' && typeof a?.contentType === 'string')
    .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content, ...(a.encoding === 'base64' ? { encoding: 'base64' as const } : {}) }))
}

/** Delivers one outbox entry; without SMTP the message is logged and marked as such. */
export async function deliverEmail(payload: Payload, outboxId: string): Promise<'sent' | 'logged' | 'withdrawn'> {
  const entry = await payload.findByID({ collection: 'email-outbox', id: outboxId, overrideAccess: true, disableErrors: true })
  // Gone with its addressee's account (forget-messages.ts): nothing to send.
  if (!entry) return 'withdrawn'
  if (entry.status === 'sent' || entry.status === 'logged') return entry.status
  let status: 'sent' | 'logged'
  try {
    if (env.smtpUrl) {
      await transportFor(env.smtpUrl).sendMail({
        from: env.emailFrom,
        to: entry.to,
        replyTo: entry.replyTo ?? undefined,
        subject: entry.subject,
        html: entry.html ?? undefined,
        text: entry.text ?? undefined,
        attachments: attachmentsOf(entry.attachments),
      })
      status = 'sent'
    } else {
      // Not the subject: a contact form message's subject is the visitor's text, which is never logged.
      payload.logger.info({ msg: 'E-mail (no SMTP_URL set; kept in the outbox)', to: entry.to, outboxId })
      status = 'logged'
    }
  } catch (error) {
    await payload.update({
      collection: 'email-outbox',
      id: outboxId,
      data: { status: 'failed', error: String(error instanceof Error ? error.message : error).slice(0, 500) },
      overrideAccess: true,
    })
    throw error // the job queue retries
  }
  await payload.update({ collection: 'email-outbox', id: outboxId, data: { status, sentAt: new Date().toISOString(), error: null }, overrideAccess: true })
  return status
}
