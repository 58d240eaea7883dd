import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { ContentBlock } from '@/blocks/Content/config'
import { QuoteBlock } from '@/blocks/Quote/config'
import { contentGroup, searchableContent } from '../shared'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { en: 'Page', ru: 'Страница' }, plural: { en: 'Pages', ru: 'Страницы' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: contentGroup },
  ...searchableContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'intro', type: 'textarea', localized: true },
    { name: 'layout', type: 'blocks', blocks: [ContentBlock, QuoteBlock] },
    slugField(),
  ],
}
