import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { env } from '@/env'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import { layout } from '@/server/email/account-emails'
import { queueEmail } from '@/server/email/queue-email'
import { relationId } from '@/server/registrations/allocation'

type TRecipient = { email: string; name: string; preferredLanguage?: string | null }

/** Who hears of a returned report: whoever sent it, or else the state's National Contact Points. */
async function recipientsOf(req: PayloadRequest, doc: { submittedBy?: unknown; state?: unknown }): Promise<TRecipient[]> {
  const select = { email: true, name: true, preferredLanguage: true } as const
  const sender = relationId(doc.submittedBy as never)
  if (sender) return [await req.payload.findByID({ collection: 'users', id: sender, depth: 0, overrideAccess: true, req, select })]
  const state = relationId(doc.state as never)
  if (!state) return []
  const ncps = await req.payload.find({ collection: 'users', where: { and: [{ roles: { contains: 'ncp' } }, { participant: { equals: state } }] }, depth: 0, limit: 20, overrideAccess: true, req, select })
  return ncps.docs
}

/**
 * When the Secretariat returns a report, the state hears of it in its language, with what to
 * change: the e-mail is written to the outbox, and its delivery queued, in the review's transaction.
 */
export const tellStateOfReturn: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'returned' || previousDoc?.status === 'returned') return doc
  const periodId = relationId(doc.period)
  const actionId = relationId(doc.action)
  if (!periodId || !actionId) return doc
  for (const person of await recipientsOf(req, doc)) {
    const locale = isLocale(person.preferredLanguage) ? person.preferredLanguage : defaultLocale
    const t = getTranslator(locale)
    const action = await req.payload.findByID({ collection: 'action-plan-actions', id: actionId, depth: 0, overrideAccess: true, req, locale, select: { code: true, title: true } })
    const link = new URL(href(locale, routes.actionReport(periodId, actionId)), env.publicUrl).toString()
    const html = layout(locale, t('actionPlan.email.heading', { name: person.name }), t('actionPlan.email.returned.body', { action: `${action.code} ${action.title}`, reason: doc.returnReason ?? '' }), link, t('actionPlan.email.action'))
    await queueEmail(req, { to: person.email, subject: t('actionPlan.email.returned.subject', { code: action.code }), html })
  }
  return doc
}
