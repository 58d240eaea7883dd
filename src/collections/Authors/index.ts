import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { touchOaiRecordsOfPublicationsBy } from '@/hooks/touch-oai-records'
import { observatoryGroup, referenceData } from '../PublicationTypes'

export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: { en: 'Author', ru: 'Автор' }, plural: { en: 'Authors', ru: 'Авторы' } },
  admin: { useAsTitle: 'name', group: observatoryGroup, defaultColumns: ['name', 'affiliation'] },
  defaultSort: 'name',
  ...referenceData,
  hooks: { ...referenceData.hooks, afterChange: [...(referenceData.hooks?.afterChange ?? []), touchOaiRecordsOfPublicationsBy('authors')] },
  fields: [
    // Names may be written differently in Cyrillic and Latin script.
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'affiliation', type: 'text', localized: true },
    slugField('name'),
  ],
}
