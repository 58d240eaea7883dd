import type { Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { MeetingDocument } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'
import { accessSubject, type TViewer } from '@/server/account/viewer'

/** One file of a meeting document: its language and where to download it. */
export type TMeetingFile = { id: number; language: MeetingDocument['language']; url: string; mimeType: string; bytes: number | null }
/** A meeting document as a reader sees it: its title, and its files by language (the original first). */
export type TMeetingDocument = { id: number; title: string; lang?: Locale; files: TMeetingFile[] }

const fileOf = (doc: MeetingDocument): TMeetingFile | undefined =>
  doc.url ? { id: doc.id, language: doc.language, url: doc.url, mimeType: doc.mimeType ?? 'application/octet-stream', bytes: doc.filesize ?? null } : undefined

/**
 * Groups files into documents: each original with its language editions. An edition whose
 * original this reader may not read cannot occur (an edition has its original's access), but
 * an edition without a readable original would stand alone rather than vanish.
 */
export function groupEditions(docs: (MeetingDocument & { fallback?: boolean; shownIn?: Locale })[]): TMeetingDocument[] {
  const originals = new Map<number, TMeetingDocument>()
  const editions: MeetingDocument[] = []
  for (const doc of docs) {
    const originalId = typeof doc.editionOf === 'object' && doc.editionOf ? doc.editionOf.id : doc.editionOf
    if (originalId) editions.push(doc)
    else originals.set(doc.id, { id: doc.id, title: doc.title, lang: doc.fallback ? doc.shownIn : undefined, files: [fileOf(doc)].filter((f) => f !== undefined) })
  }
  for (const doc of editions) {
    const originalId = typeof doc.editionOf === 'object' && doc.editionOf ? doc.editionOf.id : (doc.editionOf as number)
    const file = fileOf(doc)
    const original = originals.get(originalId)
    if (original && file) original.files.push(file)
    else if (file) originals.set(doc.id, { id: doc.id, title: doc.title, files: [file] })
  }
  return [...originals.values()].filter((d) => d.files.length > 0)
}

/**
 * The documents of an event that a shared render for these roles may list: public ones, and
 * those of the NCP network or the Strategic Group for those roles. Participants' documents are
 * personal (they depend on one's own registration) and are listed on the registration page.
 */
export async function eventDocumentsForRoles(eventId: number, locale: Locale, viewer: Pick<TViewer, 'roles'> | null): Promise<TMeetingDocument[]> {
  const where: Where = { and: [{ event: { equals: eventId } }, { access: { not_equals: 'participants' } }] }
  const { docs } = await findLocalized<MeetingDocument>('meeting-documents', locale, { where, sort: 'createdAt', limit: 200, depth: 0, as: accessSubject(viewer) })
  return groupEditions(docs)
}

/**
 * The participants' documents of an event, for the page of one person (rendered for them
 * alone): the read rule itself checks that their registration is approved.
 */
export async function participantDocuments(eventId: number, locale: Locale, person: { id: number; email: string; roles?: string[] | null }): Promise<TMeetingDocument[]> {
  const reader = { collection: 'users' as const, id: person.id, email: person.email, roles: person.roles ?? [] }
  const where: Where = { and: [{ event: { equals: eventId } }, { access: { equals: 'participants' } }] }
  const { docs } = await findLocalized<MeetingDocument>('meeting-documents', locale, { where, sort: 'createdAt', limit: 200, depth: 0, as: reader })
  return groupEditions(docs)
}
