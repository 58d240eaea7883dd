import type { CollectionConfig } from 'payload'
import { observatoryGroup, referenceData } from '../PublicationTypes'

/**
 * The bilingual thesaurus of migration terms: a query in one language also finds documents
 * that exist only in the other. The Secretariat edits it; search reloads it on change.
 */
export const SearchTerms: CollectionConfig = {
  slug: 'search-terms',
  labels: { singular: { en: 'Thesaurus term', ru: 'Термин тезауруса' }, plural: { en: 'Thesaurus', ru: 'Тезаурус' } },
  admin: { useAsTitle: 'en', group: observatoryGroup, defaultColumns: ['en', 'ru', 'area'] },
  defaultSort: 'en',
  ...referenceData,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'en', type: 'text', required: true, index: true, label: { en: 'English term', ru: 'Термин на английском' } },
        { name: 'ru', type: 'text', required: true, index: true, label: { en: 'Russian term', ru: 'Термин на русском' } },
      ],
    },
    {
      name: 'area',
      type: 'text',
      label: { en: 'Thematic area', ru: 'Тематическое направление' },
      admin: { description: { en: 'Thematic area slug, or "general".', ru: 'Фрагмент адреса (URL) тематического направления или «general».' } },
    },
  ],
}
