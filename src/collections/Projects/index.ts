import type { CollectionConfig, PayloadRequest } from 'payload'
import { inAdminLanguage } from '@/fields/admin-text'
import { concernedStatesField } from '@/fields/concerned-states'
import { slugField } from '@/fields/slug'
import { localizedRichText } from '@/fields/rich-text'
import { processGroup, searchableContent } from '../shared'
import { previewButton } from '@/server/content/preview-url'
import { arrayLabels } from '@/fields/array-labels'

export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: { en: 'Project', ru: 'Проект' }, plural: { en: 'Projects', ru: 'Проекты' } },
  admin: { preview: previewButton('projects'), useAsTitle: 'title', defaultColumns: ['title', 'startYear', 'endYear', '_status'], group: processGroup },
  defaultSort: '-startYear',
  ...searchableContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: { en: 'Summary', ru: 'Краткое описание' } },
    localizedRichText('body'),
    {
      type: 'row',
      fields: [
        { name: 'startYear', type: 'number', min: 1990, max: 2100, label: { en: 'Start year', ru: 'Год начала' } },
        {
          name: 'endYear',
          type: 'number',
          min: 1990,
          max: 2100,
          label: { en: 'End year', ru: 'Год окончания' },
          admin: { description: { en: 'Empty while the project runs.', ru: 'Не заполняется, пока проект продолжается.' } },
          validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { startYear?: number | null } }) =>
            typeof value === 'number' && typeof siblingData.startYear === 'number' && value < siblingData.startYear
              ? inAdminLanguage(req, { en: 'The end year cannot be before the start year.', ru: 'Год окончания не может быть раньше года начала.' })
              : true,
        },
      ],
    },
    {
      name: 'funders',
      type: 'array',
      label: { en: 'Funders', ru: 'Доноры' },
      ...arrayLabels({ en: 'Funder', ru: 'Донор' }, { en: 'Funders', ru: 'Доноры' }, 'донора'),
      fields: [
        { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' } },
        { name: 'programme', type: 'text', localized: true, label: { en: 'Programme', ru: 'Программа' } },
      ],
    },
    concernedStatesField(),
    slugField(),
  ],
}
