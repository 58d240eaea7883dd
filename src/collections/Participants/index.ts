import type { CollectionConfig } from 'payload'
import { touchOaiRecordsOfPublicationsBy } from '@/hooks/touch-oai-records'
import { slugField } from '@/fields/slug'
import { processGroup, publishedContent } from '../shared'
import { regionalGroups } from '@/seed/types'

export const participantKinds = ['state', 'eu-body', 'organisation'] as const

const groupLabels: Record<(typeof regionalGroups)[number], { en: string; ru: string }> = {
  eu: { en: 'European Union', ru: 'Европейский союз' },
  schengen: { en: 'Schengen Area', ru: 'Шенгенская зона' },
  'eastern-partnership': { en: 'Eastern Partnership', ru: 'Восточное партнёрство' },
  'western-balkans': { en: 'Western Balkans', ru: 'Западные Балканы' },
  'central-asia': { en: 'Central Asia', ru: 'Центральная Азия' },
  russia: { en: 'Russia', ru: 'Россия' },
  turkey: { en: 'Turkey', ru: 'Турция' },
}

export const Participants: CollectionConfig = {
  slug: 'participants',
  labels: { singular: { en: 'Participant', ru: 'Участник' }, plural: { en: 'Participants', ru: 'Участники' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'isoCode', '_status'], group: processGroup },
  defaultSort: 'slug',
  ...publishedContent,
  hooks: { ...publishedContent.hooks, afterChange: [...(publishedContent.hooks?.afterChange ?? []), touchOaiRecordsOfPublicationsBy('countries')] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'state',
      options: [
        { value: 'state', label: { en: 'State', ru: 'Государство' } },
        { value: 'eu-body', label: { en: 'EU body', ru: 'Орган ЕС' } },
        { value: 'organisation', label: { en: 'Partner organisation', ru: 'Организация-партнёр' } },
      ],
    },
    {
      name: 'isoCode',
      type: 'text',
      index: true,
      admin: { description: 'ISO 3166-1 alpha-2 code for states (XK for Kosovo).', condition: (data) => data?.kind === 'state' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (siblingData.kind !== 'state') return true
        return typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? true : 'Two capital letters, e.g. CZ'
      },
    },
    { name: 'acronym', type: 'text', localized: true },
    {
      name: 'groups',
      type: 'select',
      hasMany: true,
      options: regionalGroups.map((value) => ({ value, label: groupLabels[value] })),
    },
    {
      name: 'footnote',
      type: 'textarea',
      localized: true,
      admin: { description: 'Shown wherever the name appears, marked with an asterisk.' },
    },
    { name: 'joinedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'summary', type: 'textarea', localized: true },
    slugField('name'),
  ],
}
