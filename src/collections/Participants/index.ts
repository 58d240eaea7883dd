import { isMember } from '@/access/visibility'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { touchOaiRecordsOfPublicationsBy } from '@/hooks/touch-oai-records'
import { inAdminLanguage } from '@/fields/admin-text'
import { dayOnlyDate } from '@/fields/date'
import { slugField } from '@/fields/slug'
import { processGroup, searchableContent } from '../shared'
import { regionalGroups } from '@/seed/types'
import { previewButton } from '@/server/content/preview-url'
import { arrayLabels } from '@/fields/array-labels'

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
  admin: { preview: previewButton('participants'), useAsTitle: 'name', defaultColumns: ['name', 'kind', 'isoCode', '_status'], group: processGroup },
  defaultSort: 'slug',
  ...searchableContent,
  hooks: { ...searchableContent.hooks, afterChange: [...(searchableContent.hooks?.afterChange ?? []), touchOaiRecordsOfPublicationsBy('countries')] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'state',
      label: { en: 'Type', ru: 'Тип участника' },
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
      label: { en: 'ISO code', ru: 'Код ISO' },
      admin: {
        description: { en: 'ISO 3166-1 alpha-2 code for states (XK for Kosovo).', ru: 'Двухбуквенный код государства по ISO 3166-1 alpha-2 (для Косово — XK).' },
        condition: (data) => data?.kind === 'state',
      },
      validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> }) => {
        if (siblingData.kind !== 'state') return true
        return typeof value === 'string' && /^[A-Z]{2}$/.test(value)
          ? true
          : inAdminLanguage(req, { en: 'Two capital letters, e.g. CZ', ru: 'Две заглавные латинские буквы, например CZ' })
      },
    },
    { name: 'acronym', type: 'text', localized: true, label: { en: 'Acronym', ru: 'Сокращение' } },
    {
      name: 'groups',
      type: 'select',
      hasMany: true,
      label: { en: 'Regional groups', ru: 'Региональные группы' },
      options: regionalGroups.map((value) => ({ value, label: groupLabels[value] })),
    },
    {
      name: 'footnote',
      type: 'textarea',
      localized: true,
      label: { en: 'Footnote', ru: 'Сноска' },
      admin: { description: { en: 'Shown wherever the name appears, marked with an asterisk.', ru: 'Показывается везде, где упоминается название, и отмечается звёздочкой.' } },
    },
    { name: 'joinedOn', type: 'date', label: { en: 'Joined on', ru: 'Дата присоединения' }, admin: { date: dayOnlyDate } },
    { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', ru: 'Краткое описание' } },
    {
      name: 'contactPoints',
      type: 'array',
      label: { en: 'National Contact Point', ru: 'Национальный контактный пункт' },
      ...arrayLabels({ en: 'Contact person', ru: 'Контактное лицо' }, { en: 'Contact persons', ru: 'Контактные лица' }, 'контактное лицо', {
        condition: (data) => data?.kind === 'state',
        description: { en: 'Visible to signed-in members only, on the state\'s page.', ru: 'Видно только вошедшим участникам — на странице государства.' },
      }),
      // Names and addresses of officials: members and the Secretariat only, through every door.
      access: { read: ({ req }) => isMember(req.user) },
      fields: [
        { name: 'institution', type: 'text', localized: true, required: true, label: { en: 'Institution', ru: 'Ведомство' } },
        { type: 'row', fields: [
          { name: 'name', type: 'text', label: { en: 'Name', ru: 'Имя и фамилия' } },
          { name: 'position', type: 'text', localized: true, label: { en: 'Position', ru: 'Должность' } },
        ] },
        { type: 'row', fields: [
          { name: 'email', type: 'email', label: { en: 'E-mail', ru: 'Электронная почта' } },
          { name: 'phone', type: 'text', label: { en: 'Telephone', ru: 'Телефон' } },
        ] },
      ],
    },
    slugField('name'),
  ],
}
