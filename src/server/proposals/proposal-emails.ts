import type { CollectionAfterChangeHook } from 'payload'
import { env } from '@/env'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import { layout } from '@/server/email/account-emails'
import { queueEmail } from '@/server/email/queue-email'
import { relationId } from '@/server/registrations/allocation'

/**
 * When a proposal is agreed or declined, its proposer hears of it in their language: the
 * e-mail is written to the outbox, and its delivery queued, in the decision's transaction.
 */
export const tellProposerOfDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === previousDoc?.status || (doc.status !== 'agreed' && doc.status !== 'declined')) return doc
  const proposerId = relationId(doc.proposedBy)
  if (!proposerId) return doc
  const proposer = await req.payload.findByID({ collection: 'users', id: proposerId, depth: 0, overrideAccess: true, req, select: { email: true, name: true, preferredLanguage: true } })
  const locale = isLocale(proposer.preferredLanguage) ? proposer.preferredLanguage : defaultLocale
  const t = getTranslator(locale)
  const link = new URL(href(locale, routes.proposal(doc.id)), env.publicUrl).toString()
  const body = t(`proposals.email.${doc.status as 'agreed' | 'declined'}.body`, { topic: doc.topic, reason: doc.decisionReason ?? '' })
  const html = layout(locale, t('proposals.email.heading', { name: proposer.name }), body, link, t('proposals.email.action'))
  await queueEmail(req, { to: proposer.email, subject: t(`proposals.email.${doc.status as 'agreed' | 'declined'}.subject`, { topic: doc.topic }), html })
  return doc
}
