import type { CollectionConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { slugField } from '@/fields/slug'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { touchOaiRecordsOfPublicationsBy } from '@/hooks/touch-oai-records'

export const observatoryGroup = { en: 'Migration Observatory', ru: 'Миграционная обсерватория' }

/** Reference data of the Observatory (types, authors, series, thesaurus): public to read, staff edit. */
export const referenceData: Pick<CollectionConfig, 'access' | 'hooks'> = {
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revisionHooks },
}

/** Publication types are data: the Secretariat adds new ones without a release. */
export const PublicationTypes: CollectionConfig = {
  slug: 'publication-types',
  labels: { singular: { en: 'Publication type', ru: 'Тип публикации' }, plural: { en: 'Publication types', ru: 'Типы публикаций' } },
  admin: { useAsTitle: 'name', group: observatoryGroup, defaultColumns: ['name', 'order'] },
  defaultSort: 'order',
  ...referenceData,
  hooks: { ...referenceData.hooks, afterChange: [...(referenceData.hooks?.afterChange ?? []), touchOaiRecordsOfPublicationsBy('type')] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { en: 'Order', ru: 'Порядок' }, admin: { position: 'sidebar' } },
    slugField('name'),
  ],
}
