import type { FieldHook } from 'payload'
import type { EmailOutbox } from '@/payload-types'
import { htmlToText } from '@/server/email/html-to-text'

/** Messages stored before the outbox kept a text version show one made from their HTML. */
export const textOfMessage: FieldHook<EmailOutbox, string | null | undefined> = ({ value, siblingData }) => {
  if (value) return value
  return typeof siblingData?.html === 'string' && siblingData.html ? htmlToText(siblingData.html) : value
}
