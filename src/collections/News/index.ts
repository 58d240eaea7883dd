import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { localizedRichText } from '@/fields/rich-text'
import { contentGroup, searchableContent } from '../shared'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { en: 'News article', ru: 'Новость' }, plural: { en: 'News', ru: 'Новости' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: contentGroup },
  defaultSort: '-publishedAt',
  ...searchableContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'excerpt', type: 'textarea', localized: true, required: true },
    localizedRichText('body', true),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar' },
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    slugField(),
  ],
}
