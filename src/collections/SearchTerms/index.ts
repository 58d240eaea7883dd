import type { CollectionConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { observatoryGroup } from '../PublicationTypes'

/**
 * The bilingual thesaurus of migration terms: a query in one language also finds documents
 * that exist only in the other. The Secretariat edits it; search reloads it on change.
 */
export const SearchTerms: CollectionConfig = {
  slug: 'search-terms',
  labels: { singular: { en: 'Thesaurus term', ru: 'Термин тезауруса' }, plural: { en: 'Thesaurus', ru: 'Тезаурус' } },
  admin: { useAsTitle: 'en', group: observatoryGroup, defaultColumns: ['en', 'ru', 'area'] },
  defaultSort: 'en',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revisionHooks },
  fields: [
    { type: 'row', fields: [{ name: 'en', type: 'text', required: true, index: true }, { name: 'ru', type: 'text', required: true, index: true }] },
    { name: 'area', type: 'text', admin: { description: 'Thematic area slug, or "general".' } },
  ],
}
