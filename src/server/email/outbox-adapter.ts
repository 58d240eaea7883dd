import type { EmailAdapter, SendEmailOptions } from 'payload'
import { env } from '@/env'
import { runInBackground } from '@/server/background-work'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import { htmlToText } from './html-to-text'

function addressList(value: SendEmailOptions['to'] | SendEmailOptions['replyTo']): string {
  if (!value) return ''
  const list = Array.isArray(value) ? value : [value]
  return list.map((a) => (typeof a === 'string' ? a : a.address)).join(', ')
}

/**
 * The one place e-mail leaves the platform: every message is written to the outbox and
 * delivered by the `deliverEmail` job (SMTP when SMTP_URL is set, otherwise the log).
 * Sending never blocks or fails the request that caused it.
 *
 * The message is written just after the call, not within it: Payload sends from inside
 * the save that causes the message (a sign-up, a password reset) without handing this
 * adapter its transaction, and on SQLite that save holds the only writer until it commits.
 */
export const outboxEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'outbox',
  defaultFromAddress: env.emailFrom.replace(/^.*<|>$/g, ''),
  defaultFromName: env.emailFrom.replace(/\s*<.*$/, ''),
  sendEmail: async (message) => {
    const html = typeof message.html === 'string' ? message.html : undefined
    const entry = {
      to: addressList(message.to),
      replyTo: message.replyTo ? addressList(message.replyTo) : undefined,
      subject: String(message.subject ?? ''),
      html,
      // Always a text version (Payload's own messages come as HTML only): the outbox shows
      // it to the operator, with the links readable, and mail clients without HTML get it.
      text: typeof message.text === 'string' ? message.text : html ? htmlToText(html) : undefined,
      status: 'queued' as const,
    }
    runInBackground(
      async () => {
        const written = await payload.create({ collection: 'email-outbox', data: entry, overrideAccess: true })
        await payload.jobs.queue({ task: 'deliverEmail', input: { outboxId: String(written.id) }, overrideAccess: true })
        kickJobRunner()
      },
      // Without the subject: a contact form message's subject is the visitor's text, which is never logged.
      (error) => payload.logger.error({ err: error, msg: `Could not write an e-mail to the outbox (to ${entry.to})` }),
    )
    return { queued: true }
  },
})
