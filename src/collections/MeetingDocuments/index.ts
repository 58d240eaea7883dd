import path from 'node:path'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionConfig, type Where } from 'payload'
import { isStaff } from '@/access/is-staff'
import { meetingDocumentsForReader } from '@/access/meeting-documents'
import { env } from '@/env'
import { inAdminLanguage } from '@/fields/admin-text'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { queueSearchIndexing, queueSearchRemoval } from '@/hooks/queue-search-indexing'
import { interpretationOptions } from '@/server/events/languages'
import { fileEndpoints } from '@/server/files/serve-file'
import { inspectPdf } from '@/server/publications/inspect-pdf'
import { relationId } from '@/server/registrations/allocation'
import { meetingsGroup } from '../EventTypes'
import { meetingDocumentAccessOptions } from './access-options'

/**
 * A language edition has its original's event and access level, so that two editions of one
 * paper can never be open to different readers; a PDF must parse (the type itself is checked
 * by content when the file arrives).
 */
const followOriginal: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const originalId = relationId(data.editionOf)
  if (originalId !== undefined) {
    if (originalId === originalDoc?.id) throw new ValidationError({ collection: 'meeting-documents', errors: [{ path: 'editionOf', message: inAdminLanguage(req, { en: 'A document cannot be an edition of itself.', ru: 'Документ не может быть языковой версией самого себя.' }) }] }, req.t)
    const original = await req.payload.findByID({ collection: 'meeting-documents', id: originalId, depth: 0, overrideAccess: true, req, select: { event: true, access: true, editionOf: true } })
    // An edition of an edition belongs to the first original.
    const root = relationId(original.editionOf)
    const first = root === undefined ? original : await req.payload.findByID({ collection: 'meeting-documents', id: root, depth: 0, overrideAccess: true, req, select: { event: true, access: true } })
    Object.assign(data, { editionOf: first.id, event: relationId(first.event), access: first.access })
  }
  const file = req.file
  if (file?.mimetype === 'application/pdf') {
    const pdf = await inspectPdf(file.data)
    if (!pdf.ok) throw new ValidationError({ collection: 'meeting-documents', errors: [{ path: 'file', message: inAdminLanguage(req, { en: 'This PDF cannot be read; it may be damaged or encrypted.', ru: 'Этот PDF не удаётся прочитать: возможно, он повреждён или зашифрован.' }) }] }, req.t)
  }
  return data
}

/** When an original moves to another event or level, its editions move with it. */
const carryEditions: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || relationId(doc.editionOf) !== undefined) return doc
  if (relationId(doc.event) === relationId(previousDoc?.event) && doc.access === previousDoc?.access) return doc
  await req.payload.update({ collection: 'meeting-documents', where: { editionOf: { equals: doc.id } }, data: { event: relationId(doc.event), access: doc.access }, overrideAccess: true, req })
  return doc
}

/**
 * The papers of a meeting (agenda, concept note, presentations, reports), each with who may
 * read it. The file URL obeys the same rule as the API (the file endpoint asks the read rule).
 */
export const MeetingDocuments: CollectionConfig = {
  slug: 'meeting-documents',
  labels: { singular: { en: 'Meeting document', ru: 'Документ мероприятия' }, plural: { en: 'Meeting documents', ru: 'Документы мероприятий' } },
  admin: { group: meetingsGroup, useAsTitle: 'title', defaultColumns: ['title', 'event', 'access', 'language', 'filename'] },
  access: { read: meetingDocumentsForReader, create: isStaff, update: isStaff, delete: isStaff },
  // Papers for everyone who may see their event are in the one search (src/server/search-index/index-sources.ts).
  hooks: { ...revisionHooks, beforeChange: [followOriginal], afterChange: [...revisionHooks.afterChange, carryEditions, queueSearchIndexing], afterDelete: [...(revisionHooks.afterDelete ?? []), queueSearchRemoval] },
  endpoints: fileEndpoints('meeting-documents'),
  upload: {
    staticDir: path.join(env.dataDir, 'meeting-documents'),
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, label: { en: 'Event', ru: 'Мероприятие' } },
    {
      type: 'row',
      fields: [
        {
          name: 'access',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'participants',
          label: { en: 'Who may read it', ru: 'Кто может читать' },
          options: meetingDocumentAccessOptions,
          admin: { width: '50%' },
        },
        { name: 'language', type: 'select', required: true, defaultValue: 'en', label: { en: 'Language of the file', ru: 'Язык файла' }, options: interpretationOptions, admin: { width: '50%' } },
      ],
    },
    {
      name: 'editionOf',
      type: 'relationship',
      relationTo: 'meeting-documents',
      index: true,
      label: { en: 'Language edition of', ru: 'Языковая версия документа' },
      filterOptions: ({ id }): Where => (id ? { and: [{ id: { not_equals: id } }, { editionOf: { exists: false } }] } : { editionOf: { exists: false } }),
      admin: {
        description: {
          en: 'For a translation: the original document. The edition takes its event and who may read it.',
          ru: 'Для перевода: исходный документ. Версия получает его мероприятие и круг читателей.',
        },
      },
    },
  ],
}
