import type { CollectionConfig } from 'payload'
import { concernedStatesField } from '@/fields/concerned-states'
import { slugField } from '@/fields/slug'
import { localizedRichText } from '@/fields/rich-text'
import { dateDisplayFormat } from '@/fields/date'
import { publishedAndDueOrStaff } from '@/access/published-and-due'
import { contentGroup, searchableContent } from '../shared'
import { previewButton } from '@/server/content/preview-url'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { en: 'News article', ru: 'Новость' }, plural: { en: 'News', ru: 'Новости' } },
  admin: { preview: previewButton('news'), useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: contentGroup },
  defaultSort: '-publishedAt',
  ...searchableContent,
  access: { ...searchableContent.access, read: publishedAndDueOrStaff },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Заголовок' } },
    { name: 'excerpt', type: 'textarea', localized: true, required: true, label: { en: 'Excerpt', ru: 'Анонс' } },
    localizedRichText('body', true),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      label: { en: 'Published on', ru: 'Дата публикации' },
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { displayFormat: dateDisplayFormat } },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', ru: 'Изображение' } },
    concernedStatesField(),
    slugField(),
  ],
}
