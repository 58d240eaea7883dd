import type { Payload } from 'payload'
import { writeNewRevision } from '@/server/content/write-new-revision'
import type { Document } from '@/payload-types'
import type { TPublicationAllLocales } from './types'
import { removeSearchDoc, upsertSearchDoc } from '@/server/search-index/index-store'
import { readUploadedFile } from '@/server/files/storage'
import { extractPdfText } from './inspect-pdf'
import { publicationSearchDoc } from './publication-search-doc'


/** Extracts a PDF's text once; an unreadable PDF is marked, never fatal. */
async function ensureText(payload: Payload, file: Document): Promise<Document> {
  if (file.textStatus !== 'pending' || file.mimeType !== 'application/pdf') return file
  let data: Partial<Document>
  try {
    const { text, pages } = await extractPdfText(await readUploadedFile(payload, 'documents', file))
    data = { text, pageCount: pages, textStatus: 'extracted' }
  } catch (error) {
    payload.logger.warn({ msg: 'PDF text could not be extracted', file: file.filename, error: String(error) })
    data = { textStatus: 'unreadable' }
  }
  return (await payload.update({ collection: 'documents', id: file.id, data, overrideAccess: true, context: { skipSync: true } })) as Document
}

/**
 * Brings everything derived from a publication in line with its published state: the
 * audience of every file it references or referenced (`formerFileIds`, and the files of
 * its saved versions), their extracted text and its search entry (its OAI record follows
 * in the save itself: oai-state.ts).
 * Runs as a job after every save or delete; safe to run again.
 */
export async function syncPublicationState(payload: Payload, id: number, formerFileIds: number[] = []): Promise<void> {
  const pub = (await payload.findByID({ collection: 'publications', id, draft: false, overrideAccess: true, depth: 1, locale: 'all', disableErrors: true })) as unknown as TPublicationAllLocales | null
  const live = pub?._status === 'published'

  const current = (pub?.editions ?? []).map((e) => ({ language: e.language, fileId: idOf(e.file) }))
  const touched = new Set([...formerFileIds, ...current.map((e) => e.fileId), ...(await fileIdsOfVersions(payload, id))])
  const files = new Map<number, Document>()
  for (const fileId of touched) {
    const file = await applyFileAudience(payload, fileId)
    if (file) files.set(fileId, file)
  }

  const editions: { language: 'en' | 'ru'; file: Document }[] = []
  for (const { language, fileId } of current) {
    const file = files.get(fileId)
    if (file) editions.push({ language, file: await ensureText(payload, file) })
  }

  const docKey = `publication:${id}`
  if (live && pub) await upsertSearchDoc(payload, await publicationSearchDoc(payload, pub, editions))
  else await removeSearchDoc(payload, docKey)

  await writeNewRevision(payload)
}

const idOf = (ref: number | { id: number }) => (typeof ref === 'object' ? ref.id : ref)

/** The files any saved version of the publication pointed to (drafts and replaced editions). */
async function fileIdsOfVersions(payload: Payload, id: number): Promise<number[]> {
  const versions = await payload.findVersions({ collection: 'publications', where: { parent: { equals: id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  return versions.docs.flatMap((v) => (v.version.editions ?? []).map((e) => idOf(e.file)))
}

const audienceRank = { staff: 0, members: 1, public: 2 } as const
type TAudience = keyof typeof audienceRank

/**
 * A file is as open as the most open published publication that references it; a file no
 * published publication references is for staff only (a replaced edition, a deleted or
 * withdrawn item). Returns the file, or null when it no longer exists.
 */
async function applyFileAudience(payload: Payload, fileId: number): Promise<Document | null> {
  const file = (await payload.findByID({ collection: 'documents', id: fileId, overrideAccess: true, showHiddenFields: true, disableErrors: true })) as Document | null
  if (!file) return null
  const referencing = await payload.find({
    collection: 'publications',
    where: { and: [{ 'editions.file': { equals: fileId } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { visibility: true },
    overrideAccess: true,
  })
  let audience: TAudience = 'staff'
  for (const p of referencing.docs) {
    const v = (p.visibility ?? 'public') as TAudience
    if (audienceRank[v] > audienceRank[audience]) audience = v
  }
  if (file.audience === audience) return file
  return (await payload.update({ collection: 'documents', id: fileId, data: { audience }, overrideAccess: true, showHiddenFields: true, context: { skipSync: true } })) as Document
}

