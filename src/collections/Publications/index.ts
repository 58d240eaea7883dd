import type { CollectionConfig, PayloadRequest } from 'payload'
import { isStaff } from '@/access/is-staff'
import { publishedForAudience } from '@/access/visibility'
import { inAdminLanguage, type TAdminText } from '@/fields/admin-text'
import { dayOnlyDate } from '@/fields/date'
import { editionLanguageField } from '@/fields/edition-language'
import { slugField } from '@/fields/slug'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { observatoryGroup } from '../PublicationTypes'
import { licences } from '@/server/publications/licences'
import { countryName, isoCountryCodes } from '@/server/places/iso-countries'
import { recordOaiAfterChange, recordOaiAfterDelete } from './hooks/oai'
import { syncPublication, forgetPublication } from './hooks/sync-publication'
import { previewButton } from '@/server/content/preview-url'
import { arrayLabels } from '@/fields/array-labels'

/** Licence names that are words (the Creative Commons names read the same in both languages). */
const licenceLabels: Partial<Record<(typeof licences)[number]['value'], TAdminText>> = {
  'all-rights-reserved': { en: 'All rights reserved', ru: 'Все права защищены' },
}

/** An analysis of the Migration Observatory, with one edition (file) per language. */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { en: 'Publication', ru: 'Публикация' }, plural: { en: 'Publications', ru: 'Публикации' } },
  admin: { preview: previewButton('publications'), useAsTitle: 'title', group: observatoryGroup, defaultColumns: ['title', 'type', 'publishedOn', 'visibility', '_status'] },
  defaultSort: '-publishedOn',
  access: { read: publishedForAudience, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    afterChange: [...revisionHooks.afterChange, recordOaiAfterChange, syncPublication],
    afterDelete: [...revisionHooks.afterDelete, recordOaiAfterDelete, forgetPublication],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    { name: 'abstract', type: 'textarea', localized: true, label: { en: 'Abstract', ru: 'Аннотация' } },
    {
      name: 'editions',
      type: 'array',
      minRows: 1,
      label: { en: 'Language editions', ru: 'Языковые версии' },
      ...arrayLabels({ en: 'Language edition', ru: 'Языковая версия' }, { en: 'Language editions', ru: 'Языковые версии' }, 'языковую версию', {
        description: {
          en: 'One file per language; an item may exist in English only, Russian only, or both.',
          ru: 'По одному файлу на каждый язык; материал может быть только на английском, только на русском или на обоих языках.',
        },
      }),
      validate: (value: unknown, { req }: { req: PayloadRequest }) => {
        const rows = Array.isArray(value) ? (value as { language?: string }[]) : []
        const languages = rows.map((r) => r.language)
        return new Set(languages).size === languages.length
          ? true
          : inAdminLanguage(req, { en: 'Each language may have one edition only.', ru: 'Для каждого языка допускается только одна версия.' })
      },
      fields: [
        {
          type: 'row',
          fields: [
            editionLanguageField(),
            { name: 'file', type: 'upload', relationTo: 'documents', required: true, label: { en: 'File', ru: 'Файл' } },
          ],
        },
      ],
    },
    { name: 'type', type: 'relationship', relationTo: 'publication-types', required: true, index: true, label: { en: 'Type', ru: 'Тип публикации' } },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true, label: { en: 'Authors', ru: 'Авторы' } },
    {
      name: 'publishedOn',
      type: 'date',
      required: true,
      index: true,
      label: { en: 'Published on', ru: 'Дата публикации' },
      admin: { date: dayOnlyDate },
    },
    { name: 'thematicAreas', type: 'relationship', relationTo: 'thematic-areas', hasMany: true, label: { en: 'Thematic areas', ru: 'Тематические направления' } },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'participants',
      hasMany: true,
      label: { en: 'Participating states concerned', ru: 'Государства-участники, которых касается публикация' },
    },
    {
      name: 'otherCountries',
      type: 'select',
      hasMany: true,
      label: { en: 'Other countries concerned', ru: 'Другие страны, которых касается публикация' },
      admin: { description: { en: 'Countries that are not Prague Process participants, e.g. Afghanistan or Syria.', ru: 'Страны, не участвующие в Пражском процессе, например Афганистан или Сирия.' } },
      options: isoCountryCodes.map((code) => ({ value: code, label: { en: countryName(code, 'en'), ru: countryName(code, 'ru') } })),
    },
    { name: 'series', type: 'relationship', relationTo: 'series', label: { en: 'Series', ru: 'Серия' } },
    { name: 'keywords', type: 'text', hasMany: true, localized: true, label: { en: 'Keywords', ru: 'Ключевые слова' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover', ru: 'Обложка' } },
    {
      name: 'licence',
      type: 'select',
      defaultValue: 'cc-by-4.0',
      label: { en: 'Licence', ru: 'Лицензия' },
      options: licences.map(({ value, label }) => ({ value, label: licenceLabels[value] ?? { en: label, ru: label } })),
    },
    { name: 'funding', type: 'textarea', localized: true, label: { en: 'Funding', ru: 'Финансирование' } },
    {
      name: 'doi',
      type: 'text',
      label: { en: 'DOI', ru: 'DOI' },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        !value || (typeof value === 'string' && /^10\.\d{4,9}\/\S+$/.test(value))
          ? true
          : inAdminLanguage(req, {
              en: 'A DOI looks like 10.1234/abc-123 (without https://doi.org/).',
              ru: 'DOI имеет вид 10.1234/abc-123 (без https://doi.org/).',
            }),
    },
    { name: 'related', type: 'relationship', relationTo: 'publications', hasMany: true, label: { en: 'Related publications', ru: 'Связанные публикации' } },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      label: { en: 'Visibility', ru: 'Доступ' },
      options: [
        { value: 'public', label: { en: 'Public', ru: 'Открытый доступ' } },
        { value: 'members', label: { en: 'Members only', ru: 'Только для участников' } },
      ],
      admin: { position: 'sidebar' },
    },
    slugField(),
  ],
}
