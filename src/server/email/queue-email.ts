import type { PayloadRequest } from 'payload'
import type { EmailOutbox } from '@/payload-types'
import { htmlToText } from './html-to-text'

type TQueuedEmail = { to: string; subject: string; html: string; attachments?: EmailOutbox['attachments'] }

/**
 * Writes an e-mail to the outbox (its plain-text part made from the HTML) and queues its
 * delivery, both in the request's transaction: a change that is rolled back sends nothing.
 */
export async function queueEmail(req: PayloadRequest, email: TQueuedEmail): Promise<void> {
  const written = await req.payload.create({
    collection: 'email-outbox',
    data: { to: email.to, subject: email.subject, html: email.html, text: htmlToText(email.html), status: 'queued', ...(email.attachments ? { attachments: email.attachments } : {}) },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'deliverEmail', input: { outboxId: String(written.id) }, overrideAccess: true, req })
}
