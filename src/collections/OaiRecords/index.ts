import type { CollectionConfig } from 'payload'
import { nobody } from '@/access/nobody'

/**
 * What OAI-PMH harvesters have been shown: one record per publication ever exposed to
 * them, kept after the publication is withdrawn or deleted (a deleted record), with the
 * identifier it was given (never given to another item, even when SQLite reuses the
 * publication's id), its datestamp and its sets. Written in the publication's own save
 * (src/server/publications/oai-state.ts); read by the OAI endpoint with overrideAccess.
 */
export const OaiRecords: CollectionConfig = {
  slug: 'oai-records',
  labels: { singular: { en: 'OAI record', ru: 'Запись OAI' }, plural: { en: 'OAI records', ru: 'Записи OAI' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    /** The local part of the OAI identifier, e.g. publication/12. */
    { name: 'identifier', type: 'text', required: true, unique: true },
    /** The publication's id (a number, not a relationship: the record outlives the publication). */
    { name: 'publication', type: 'number', required: true, index: true },
    /** When that publication was created: tells it apart from a later one given the same id. */
    { name: 'publicationCreatedAt', type: 'date', required: true },
    { name: 'state', type: 'select', required: true, options: ['live', 'deleted'], index: true },
    { name: 'datestamp', type: 'date', required: true, index: true },
    /** Set specs as '|type:policy-brief|area:integration|', so a set's deletions stay in it. */
    { name: 'sets', type: 'text', required: true, defaultValue: '|' },
  ],
}
