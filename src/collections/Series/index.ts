import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { observatoryGroup, referenceData } from '../PublicationTypes'

export const Series: CollectionConfig = {
  slug: 'series',
  labels: { singular: { en: 'Series', ru: 'Серия' }, plural: { en: 'Series', ru: 'Серии' } },
  admin: { useAsTitle: 'name', group: observatoryGroup },
  ...referenceData,
  fields: [{ name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' } }, slugField('name')],
}
