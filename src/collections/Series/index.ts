import type { CollectionConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { slugField } from '@/fields/slug'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { observatoryGroup } from '../PublicationTypes'

export const Series: CollectionConfig = {
  slug: 'series',
  labels: { singular: { en: 'Series', ru: 'Серия' }, plural: { en: 'Series', ru: 'Серии' } },
  admin: { useAsTitle: 'name', group: observatoryGroup },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revisionHooks },
  fields: [{ name: 'name', type: 'text', localized: true, required: true }, slugField('name')],
}
