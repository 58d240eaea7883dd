import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { touchOaiRecordsOfPublicationsBy } from '@/hooks/touch-oai-records'
import { observatoryGroup, referenceData } from '../PublicationTypes'

export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: { en: 'Author', ru: 'Автор' }, plural: { en: 'Authors', ru: 'Авторы' } },
  admin: { useAsTitle: 'name', group: observatoryGroup, defaultColumns: ['name', 'affiliation'] },
  defaultSort: 'name',
  ...referenceData,
  hooks: { ...referenceData.hooks, afterChange: [...(referenceData.hooks?.afterChange ?? []), touchOaiRecordsOfPublicationsBy('authors')] },
  fields: [
    // Names may be written differently in Cyrillic and Latin script.
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Name', ru: 'Имя или название' },
      admin: {
        description: {
          en: "A person as 'Given Family', or 'Family, Given' when the family name has several words. An organisation as it is called.",
          ru: 'Человек — «Имя Фамилия» или «Фамилия, Имя», если фамилия из нескольких слов. Организация — её название.',
        },
      },
    },
    {
      // Citations split a person's name into family and given names; an organisation's name is kept whole.
      name: 'kind',
      type: 'select',
      // Not required, so that authors written before this field (and by code that leaves it out) stay valid.
      defaultValue: 'person',
      label: { en: 'Author is', ru: 'Автор — это' },
      options: [
        { value: 'person', label: { en: 'Person', ru: 'Человек' } },
        { value: 'organisation', label: { en: 'Organisation', ru: 'Организация' } },
      ],
    },
    { name: 'affiliation', type: 'text', localized: true, label: { en: 'Affiliation', ru: 'Место работы' } },
    slugField('name'),
  ],
}
