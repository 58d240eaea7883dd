import type { Block } from 'payload'

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { en: 'Quote', ru: 'Цитата' }, plural: { en: 'Quotes', ru: 'Цитаты' } },
  fields: [
    { name: 'text', type: 'textarea', localized: true, required: true },
    { name: 'author', type: 'text', localized: true, required: true },
    { name: 'attribution', type: 'text', localized: true },
  ],
}
