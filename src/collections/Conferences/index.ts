import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { processGroup, publishedContent } from '../shared'

export const Conferences: CollectionConfig = {
  slug: 'conferences',
  labels: { singular: { en: 'Ministerial Conference', ru: 'Министерская конференция' }, plural: { en: 'Ministerial Conferences', ru: 'Министерские конференции' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'heldOn', '_status'], group: processGroup },
  defaultSort: 'heldOn',
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'ordinal', type: 'number', min: 1, admin: { description: '1 for the 1st Ministerial Conference, and so on.' } },
    { name: 'city', type: 'text', localized: true },
    { name: 'heldOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'heldOnPrecision',
      type: 'select',
      defaultValue: 'day',
      options: [
        { value: 'day', label: { en: 'Day', ru: 'День' } },
        { value: 'month', label: { en: 'Month', ru: 'Месяц' } },
        { value: 'year', label: { en: 'Year', ru: 'Год' } },
      ],
      admin: { description: 'How exactly the date is known; dates are shown only to that precision.' },
    },
    { name: 'declarationTitle', type: 'text', localized: true },
    { name: 'declarationFile', type: 'upload', relationTo: 'media' },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    slugField(),
  ],
}
