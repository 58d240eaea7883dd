import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'

/** A participant's name in the reader's language (Payload falls back to the default language), or null. */
export async function participantName(payload: Payload, id: number | null | undefined, locale: Locale): Promise<string | null> {
  if (id === null || id === undefined) return null
  const doc = await payload.findByID({ collection: 'participants', id, locale, depth: 0, select: { name: true }, disableErrors: true })
  return doc?.name ?? null
}
