import type { Payload } from 'payload'
import { writeNewRevision } from '@/server/content/write-new-revision'
import { lexicalToText } from '@/server/content/lexical'
import { readUploadedFile } from '@/server/files/storage'
import { extractPdfText } from '@/server/publications/inspect-pdf'
import { syncPublicationState } from '@/server/publications/sync-publication-state'
import { removeSearchDoc, upsertSearchDoc, type TSearchDocInput, type TSearchKind } from './index-store'

/** Site content that the one search covers besides publications. */
export const indexedCollections = ['news', 'pages', 'thematic-areas', 'projects', 'participants', 'governance-bodies', 'conferences', 'events', 'meeting-documents', 'courses', 'trainers'] as const
export type TIndexedCollection = (typeof indexedCollections)[number]

const kinds: Record<TIndexedCollection, TSearchKind> = {
  news: 'news',
  pages: 'page',
  'thematic-areas': 'thematic-area',
  projects: 'project',
  participants: 'participant',
  'governance-bodies': 'governance-body',
  conferences: 'conference',
  events: 'event',
  'meeting-documents': 'meeting-document',
  courses: 'course',
  trainers: 'trainer',
}
const paths: Record<TIndexedCollection, (doc: { slug: string; path?: string | null; key?: string | null }) => string> = {
  news: ({ slug }) => `/news/${slug}`,
  // A page lives at its parents' address and its slug (src/collections/Pages).
  pages: ({ slug, path }) => `/${path ?? slug}`,
  'thematic-areas': ({ slug }) => `/thematic-areas/${slug}`,
  projects: ({ slug }) => `/projects/${slug}`,
  participants: ({ slug }) => `/participants/${slug}`,
  // Governance bodies and conferences are sections of the governance page.
  'governance-bodies': ({ key, slug }) => `/governance#${key ?? slug}`,
  conferences: ({ slug }) => `/governance#conference-${slug}`,
  events: ({ slug }) => `/events/${slug}`,
  // A meeting's papers are listed on its page (the slug here is the event's).
  'meeting-documents': ({ slug }) => `/events/${slug}#documents-title`,
  // A course's public page (what it teaches and its syllabus); the lessons are for its learners.
  courses: ({ slug }) => `/academy/courses/${slug}`,
  // A trainer's public profile (only while published and consented to: belongsInIndex).
  trainers: ({ slug }) => `/academy/trainers/${slug}`,
}

/**
 * Whether a saved item has a search entry: published, and (events) not for invited people
 * only; a trainer's profile (no drafts, a status of its own) while published and consented
 * to, the one rule of the directory (publicTrainerWhere).
 */
export function belongsInIndex(doc: { _status?: string | null; visibility?: string | null; status?: string | null; consent?: boolean | null }, collection?: string): boolean {
  if (collection === 'trainers') return doc.status === 'published' && doc.consent === true
  return doc._status === 'published' && doc.visibility !== 'invited'
}

type L<T = string> = { en?: T | null; ru?: T | null } | null | undefined
type TAnyAllLocales = {
  id: number
  slug: string
  path?: string | null
  key?: string | null
  _status?: string | null
  title?: L
  name?: L
  city?: L
  declarationTitle?: L
  functions?: { text?: L }[] | null
  summary?: L
  excerpt?: L
  intro?: L
  body?: L<unknown>
  layout?: { blockType: string; body?: L<unknown>; text?: L; heading?: L; intro?: L; cards?: { title?: L; text?: L }[] | null }[] | null
  publishedAt?: string | null
  createdAt?: string
  /** Events: who may see one, and when it ends (the calendar's pages change then). */
  visibility?: 'public' | 'members' | 'invited' | null
  startsAt?: string | null
  endsAt?: string | null
  description?: L<unknown>
  /** Trainers: their own status and consent, institution and biography. */
  status?: string | null
  consent?: boolean | null
  institution?: L
  biography?: L
}

function text(doc: TAnyAllLocales, lang: 'en' | 'ru'): string {
  const parts = [doc.summary?.[lang], doc.excerpt?.[lang], doc.intro?.[lang], doc.declarationTitle?.[lang], doc.city?.[lang], doc.institution?.[lang], doc.biography?.[lang], lexicalToText(doc.body?.[lang]), lexicalToText(doc.description?.[lang])]
  for (const fn of doc.functions ?? []) parts.push(fn.text?.[lang])
  for (const block of doc.layout ?? []) {
    // Text and quotes; a cards block's heading and cards; a contact form's heading and text.
    parts.push(block.blockType === 'content' ? lexicalToText(block.body?.[lang]) : block.text?.[lang], block.heading?.[lang], block.intro?.[lang])
    for (const card of block.cards ?? []) parts.push(card.title?.[lang], card.text?.[lang])
  }
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n')
}

/**
 * A meeting's paper in the one search: only a paper for everyone who may see its event, of
 * a published event that is not for invited people only; found by everyone for a public
 * event, by members for a members' event (papers for participants, NCPs, the Strategic Group
 * or the Secretariat are on the event's page and the dashboard, never in search). Its text is
 * the PDF's, when it is one.
 */
async function indexMeetingDocument(payload: Payload, id: number): Promise<void> {
  const docKey = `meeting-documents:${id}`
  const doc = await payload.findByID({ collection: 'meeting-documents', id, overrideAccess: true, depth: 0, locale: 'all', disableErrors: true })
  const eventId = doc ? (typeof doc.event === 'object' ? doc.event.id : doc.event) : undefined
  const event = eventId ? await payload.findByID({ collection: 'events', id: eventId, draft: false, overrideAccess: true, depth: 0, disableErrors: true, select: { slug: true, _status: true, visibility: true } }) : null
  if (!doc || !event || doc.access !== 'public' || !belongsInIndex(event)) {
    await removeSearchDoc(payload, docKey)
  } else {
    const title = doc.title as unknown as L
    const languages = (['en', 'ru'] as const).filter((l) => title?.[l])
    let text: string | null = null
    if (doc.mimeType === 'application/pdf' && doc.filename) text = (await extractPdfText(await readUploadedFile(payload, 'meeting-documents', doc))).text || null
    await upsertSearchDoc(payload, {
      docKey,
      kind: 'meeting-document',
      refId: String(id),
      audience: event.visibility === 'members' ? 'members' : 'public',
      languages: languages.length ? [...languages] : ['en'],
      publishedAt: doc.createdAt ?? null,
      titles: { en: title?.en ?? null, ru: title?.ru ?? null },
      bodies: { en: doc.language === 'ru' ? null : text, ru: doc.language === 'ru' ? text : null },
      urlPath: paths['meeting-documents']({ slug: event.slug ?? String(event.id) }),
      facets: {},
    })
  }
  await writeNewRevision(payload)
}

/** Brings one news item, page, thematic area, project, event, meeting paper, course or trainer into the index (or out of it). */
export async function indexContentDoc(payload: Payload, collection: TIndexedCollection, id: number): Promise<void> {
  if (collection === 'meeting-documents') return indexMeetingDocument(payload, id)
  const docKey = `${collection}:${id}`
  // Only "not found" means removed; any other error propagates, and the job retries.
  const doc = (await payload.findByID({ collection, id, ...(collection === 'trainers' ? {} : { draft: false }), overrideAccess: true, depth: 0, locale: 'all', disableErrors: true })) as unknown as TAnyAllLocales | null
  const dueAt = doc?.publishedAt ? Date.parse(doc.publishedAt) : Number.NaN
  const endsAt = doc?.endsAt ? Date.parse(doc.endsAt) : Number.NaN
  if (collection === 'events' && endsAt > Date.now()) {
    // When it is over, "upcoming" lists change: run again then, and its new revision renews the cached pages.
    await payload.jobs.queue({ task: 'indexContent', input: { collection, id: String(id) }, waitUntil: new Date(endsAt + 1000), overrideAccess: true })
  }
  if (!doc || !belongsInIndex(doc, collection)) {
    // Events for invited people only are found by nobody but their organisers (in the admin).
    await removeSearchDoc(payload, docKey)
  } else if (collection === 'news' && dueAt > Date.now()) {
    // Dated in the future: out of search until its time, when this job runs again and its
    // new revision lets every page cache show the item.
    await removeSearchDoc(payload, docKey)
    await payload.jobs.queue({ task: 'indexContent', input: { collection, id: String(id) }, waitUntil: new Date(dueAt), overrideAccess: true })
  } else {
    // Participants have a name where the rest have a title.
    const title = doc.title ?? doc.name
    const languages = (['en', 'ru'] as const).filter((l) => title?.[l])
    const input: TSearchDocInput = {
      docKey,
      kind: kinds[collection],
      refId: String(id),
      audience: doc.visibility === 'members' ? 'members' : 'public',
      languages: languages.length ? [...languages] : ['en'],
      publishedAt: doc.publishedAt ?? doc.startsAt ?? doc.createdAt ?? null,
      titles: { en: title?.en ?? null, ru: title?.ru ?? null },
      bodies: { en: text(doc, 'en') || null, ru: text(doc, 'ru') || null },
      urlPath: paths[collection](doc),
      facets: {},
    }
    await upsertSearchDoc(payload, input)
  }
  // An event's papers follow it into search and out of it (published, visibility).
  if (collection === 'events') {
    const papers = await payload.find({ collection: 'meeting-documents', where: { and: [{ event: { equals: id } }, { access: { equals: 'public' } }] }, depth: 0, limit: 200, pagination: false, overrideAccess: true, select: {} })
    for (const paper of papers.docs) await indexMeetingDocument(payload, paper.id)
  }
  await writeNewRevision(payload)
}

/** Rebuilds the whole index (after seeding, or from the command line). */
export async function reindexAll(payload: Payload): Promise<number> {
  let n = 0
  for (const collection of indexedCollections) {
    const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true, select: {} })
    for (const doc of docs) {
      await indexContentDoc(payload, collection, Number(doc.id))
      n++
    }
  }
  const { docs } = await payload.find({ collection: 'publications', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: {} })
  for (const doc of docs) {
    await syncPublicationState(payload, Number(doc.id))
    n++
  }
  return n
}
