import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * The outbox keeps what the platform wrote to a person (their name, decisions, a certificate's
 * PDF); when their account goes, so do those messages, sent or still queued (a queued one's
 * delivery then finds nothing to send), in the deletion's transaction.
 */
export const forgetMessagesTo: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const person = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req, select: { email: true } })
  if (!person?.email) return
  await req.payload.delete({ collection: 'email-outbox', where: { to: { equals: person.email } }, overrideAccess: true, req })
}
