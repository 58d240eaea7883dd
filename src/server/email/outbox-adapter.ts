import type { EmailAdapter, SendEmailOptions } from 'payload'
import { env } from '@/env'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'

function addressList(value: SendEmailOptions['to']): string {
  if (!value) return ''
  const list = Array.isArray(value) ? value : [value]
  return list.map((a) => (typeof a === 'string' ? a : a.address)).join(', ')
}

/**
 * The one place e-mail leaves the platform: every message is written to the outbox and
 * delivered by the `deliverEmail` job (SMTP when SMTP_URL is set, otherwise the log).
 * Sending never blocks or fails the request that caused it.
 */
export const outboxEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'outbox',
  defaultFromAddress: env.emailFrom.replace(/^.*<|>$/g, ''),
  defaultFromName: env.emailFrom.replace(/\s*<.*$/, ''),
  sendEmail: async (message) => {
    const entry = await payload.create({
      collection: 'email-outbox',
      data: {
        to: addressList(message.to),
        subject: String(message.subject ?? ''),
        html: typeof message.html === 'string' ? message.html : undefined,
        text: typeof message.text === 'string' ? message.text : undefined,
        status: 'queued',
      },
      overrideAccess: true,
    })
    await payload.jobs.queue({ task: 'deliverEmail', input: { outboxId: String(entry.id) }, overrideAccess: true })
    kickJobRunner()
    return { queued: entry.id }
  },
})
