import type { CollectionConfig } from 'payload'
import { processGroup, searchableContent } from '../shared'
import { arrayLabels } from '@/fields/array-labels'

export const GovernanceBodies: CollectionConfig = {
  slug: 'governance-bodies',
  labels: { singular: { en: 'Governance body', ru: 'Орган управления' }, plural: { en: 'Governance', ru: 'Управление' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'order', '_status'], group: processGroup },
  defaultSort: 'order',
  ...searchableContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    {
      name: 'key',
      type: 'select',
      required: true,
      unique: true,
      label: { en: 'Body', ru: 'Орган' },
      options: [
        { value: 'national-contact-points', label: { en: 'National Contact Points', ru: 'Национальные контактные пункты' } },
        { value: 'senior-officials', label: { en: 'Senior Officials’ Meetings', ru: 'Совещания старших должностных лиц' } },
        { value: 'ministerial-conferences', label: { en: 'Ministerial Conferences', ru: 'Министерские конференции' } },
        { value: 'strategic-group', label: { en: 'Strategic Group', ru: 'Стратегическая группа' } },
      ],
      admin: {
        position: 'sidebar',
        description: { en: 'Which of the four bodies this is (used for links).', ru: 'Какой из четырёх органов описывает эта запись (используется в ссылках).' },
      },
    },
    {
      name: 'rhythm',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Meeting frequency', ru: 'Периодичность встреч' },
      admin: { description: { en: 'How often it meets.', ru: 'Как часто проводятся встречи.' } },
    },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: { en: 'Summary', ru: 'Краткое описание' } },
    {
      name: 'functions',
      type: 'array',
      label: { en: 'Functions', ru: 'Функции' },
      ...arrayLabels({ en: 'Function', ru: 'Функция' }, { en: 'Functions', ru: 'Функции' }, 'функцию'),
      fields: [{ name: 'text', type: 'text', localized: true, required: true, label: { en: 'Function', ru: 'Функция' } }],
    },
    { name: 'order', type: 'number', required: true, defaultValue: 1, label: { en: 'Order', ru: 'Порядок' }, admin: { position: 'sidebar' } },
  ],
}
