import type { CollectionConfig } from 'payload'
import { dayOnlyDate } from '@/fields/date'
import { editionLanguageField } from '@/fields/edition-language'
import { slugField } from '@/fields/slug'
import { processGroup, searchableContent } from '../shared'
import { arrayLabels } from '@/fields/array-labels'

export const Conferences: CollectionConfig = {
  slug: 'conferences',
  labels: { singular: { en: 'Ministerial Conference', ru: 'Министерская конференция' }, plural: { en: 'Ministerial Conferences', ru: 'Министерские конференции' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'heldOn', '_status'], group: processGroup },
  defaultSort: 'heldOn',
  ...searchableContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    {
      name: 'ordinal',
      type: 'number',
      min: 1,
      label: { en: 'Number', ru: 'Порядковый номер' },
      admin: { description: { en: '1 for the 1st Ministerial Conference, and so on.', ru: '1 — для первой министерской конференции и т. д.' } },
    },
    { name: 'city', type: 'text', localized: true, label: { en: 'City', ru: 'Город' } },
    { name: 'heldOn', type: 'date', label: { en: 'Held on', ru: 'Дата проведения' }, admin: { date: dayOnlyDate } },
    {
      name: 'heldOnPrecision',
      type: 'select',
      defaultValue: 'day',
      label: { en: 'Date precision', ru: 'Точность даты' },
      options: [
        { value: 'day', label: { en: 'Day', ru: 'День' } },
        { value: 'month', label: { en: 'Month', ru: 'Месяц' } },
        { value: 'year', label: { en: 'Year', ru: 'Год' } },
      ],
      admin: {
        description: {
          en: 'How exactly the date is known; dates are shown only to that precision.',
          ru: 'Насколько точно известна дата; она показывается только с этой точностью.',
        },
      },
    },
    { name: 'declarationTitle', type: 'text', localized: true, label: { en: 'Declaration title', ru: 'Название декларации' } },
    {
      name: 'host',
      type: 'relationship',
      relationTo: 'participants',
      label: { en: 'Host state', ru: 'Принимающее государство' },
      filterOptions: { kind: { equals: 'state' } },
    },
    {
      name: 'declarations',
      type: 'array',
      label: { en: 'Declaration files', ru: 'Файлы декларации' },
      ...arrayLabels({ en: 'Language edition', ru: 'Языковая версия' }, { en: 'Language editions', ru: 'Языковые версии' }, 'языковую версию', { description: { en: 'One file per language; readers download each edition.', ru: 'По одному файлу на язык; читатели скачивают каждую версию.' } }),
      fields: [{ type: 'row', fields: [editionLanguageField(), { name: 'file', type: 'upload', relationTo: 'media', required: true, label: { en: 'File', ru: 'Файл' } }] }],
    },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: { en: 'Summary', ru: 'Краткое описание' } },
    slugField(),
  ],
}
