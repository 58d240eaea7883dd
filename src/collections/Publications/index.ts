import type { CollectionConfig } from 'payload'
import { isStaff } from '@/access/is-staff'
import { publishedForAudience } from '@/access/visibility'
import { slugField } from '@/fields/slug'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { locales, localeLabels } from '@/i18n/locales'
import { observatoryGroup } from '../PublicationTypes'
import { licences } from '@/server/publications/licences'
import { countryName, isoCountryCodes } from '@/server/places/iso-countries'
import { recordOaiAfterChange, recordOaiAfterDelete } from './hooks/oai'
import { syncPublication, forgetPublication } from './hooks/sync-publication'

/** An analysis of the Migration Observatory, with one edition (file) per language. */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { en: 'Publication', ru: 'Публикация' }, plural: { en: 'Publications', ru: 'Публикации' } },
  admin: { useAsTitle: 'title', group: observatoryGroup, defaultColumns: ['title', 'type', 'publishedOn', 'visibility', '_status'] },
  defaultSort: '-publishedOn',
  access: { read: publishedForAudience, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [...revisionHooks.afterChange, recordOaiAfterChange, syncPublication],
    afterDelete: [...revisionHooks.afterDelete, recordOaiAfterDelete, forgetPublication],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'abstract', type: 'textarea', localized: true },
    {
      name: 'editions',
      type: 'array',
      minRows: 1,
      labels: { singular: { en: 'Language edition', ru: 'Языковая версия' }, plural: { en: 'Language editions', ru: 'Языковые версии' } },
      admin: { description: 'One file per language; an item may exist in English only, Russian only, or both.' },
      validate: (value: unknown) => {
        const rows = Array.isArray(value) ? (value as { language?: string }[]) : []
        const languages = rows.map((r) => r.language)
        return new Set(languages).size === languages.length ? true : 'Each language may have one edition only.'
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'language', type: 'select', required: true, options: locales.map((value) => ({ value, label: localeLabels[value] })) },
            { name: 'file', type: 'upload', relationTo: 'documents', required: true },
          ],
        },
      ],
    },
    { name: 'type', type: 'relationship', relationTo: 'publication-types', required: true, index: true },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true },
    { name: 'publishedOn', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'thematicAreas', type: 'relationship', relationTo: 'thematic-areas', hasMany: true },
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
    { name: 'series', type: 'relationship', relationTo: 'series' },
    { name: 'keywords', type: 'text', hasMany: true, localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    { name: 'licence', type: 'select', defaultValue: 'cc-by-4.0', options: licences.map(({ value, label }) => ({ value, label })) },
    { name: 'funding', type: 'textarea', localized: true },
    {
      name: 'doi',
      type: 'text',
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^10\.\d{4,9}\/\S+$/.test(value)) ? true : 'A DOI looks like 10.1234/abc-123 (without https://doi.org/).',
    },
    { name: 'related', type: 'relationship', relationTo: 'publications', hasMany: true },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: [
        { value: 'public', label: { en: 'Public', ru: 'Открытый доступ' } },
        { value: 'members', label: { en: 'Members only', ru: 'Только для участников' } },
      ],
      admin: { position: 'sidebar' },
    },
    slugField(),
  ],
}
