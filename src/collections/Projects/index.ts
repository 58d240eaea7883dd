import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { localizedRichText } from '@/fields/rich-text'
import { processGroup, searchableContent } from '../shared'

export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: { en: 'Project', ru: 'Проект' }, plural: { en: 'Projects', ru: 'Проекты' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startYear', 'endYear', '_status'], group: processGroup },
  defaultSort: '-startYear',
  ...searchableContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    localizedRichText('body'),
    {
      type: 'row',
      fields: [
        { name: 'startYear', type: 'number', min: 1990, max: 2100 },
        {
          name: 'endYear',
          type: 'number',
          min: 1990,
          max: 2100,
          admin: { description: 'Empty while the project runs.' },
          validate: (value: unknown, { siblingData }: { siblingData: { startYear?: number | null } }) =>
            typeof value === 'number' && typeof siblingData.startYear === 'number' && value < siblingData.startYear
              ? 'The end year cannot be before the start year.'
              : true,
        },
      ],
    },
    {
      name: 'funders',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        { name: 'programme', type: 'text', localized: true },
      ],
    },
    slugField(),
  ],
}
