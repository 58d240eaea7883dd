import type { CollectionConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { slugField } from '@/fields/slug'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { observatoryGroup } from '../PublicationTypes'

export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: { en: 'Author', ru: 'Автор' }, plural: { en: 'Authors', ru: 'Авторы' } },
  admin: { useAsTitle: 'name', group: observatoryGroup, defaultColumns: ['name', 'affiliation'] },
  defaultSort: 'name',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revisionHooks },
  fields: [
    // Names may be written differently in Cyrillic and Latin script.
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'affiliation', type: 'text', localized: true },
    slugField('name'),
  ],
}
