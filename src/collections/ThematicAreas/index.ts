import type { CollectionConfig } from 'payload'
import { touchOaiRecordsOfPublicationsBy } from '@/hooks/touch-oai-records'
import { slugField } from '@/fields/slug'
import { localizedRichText } from '@/fields/rich-text'
import { processGroup, searchableContent } from '../shared'
import { previewButton } from '@/server/content/preview-url'

export const ThematicAreas: CollectionConfig = {
  slug: 'thematic-areas',
  labels: { singular: { en: 'Thematic area', ru: 'Тематическое направление' }, plural: { en: 'Thematic areas', ru: 'Тематические направления' } },
  admin: { preview: previewButton('thematic-areas'), useAsTitle: 'title', defaultColumns: ['title', 'order', '_status'], group: processGroup },
  defaultSort: 'order',
  ...searchableContent,
  hooks: { ...searchableContent.hooks, afterChange: [...(searchableContent.hooks?.afterChange ?? []), touchOaiRecordsOfPublicationsBy('thematicAreas')] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: { en: 'Summary', ru: 'Краткое описание' } },
    localizedRichText('body'),
    { name: 'order', type: 'number', required: true, defaultValue: 1, label: { en: 'Order', ru: 'Порядок' }, admin: { position: 'sidebar' } },
    slugField(),
  ],
}
