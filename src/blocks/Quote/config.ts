import type { Block } from 'payload'

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { en: 'Quote', ru: 'Цитата' }, plural: { en: 'Quotes', ru: 'Цитаты' } },
  fields: [
    { name: 'text', type: 'textarea', localized: true, required: true, label: { en: 'Quotation', ru: 'Текст цитаты' } },
    { name: 'author', type: 'text', localized: true, required: true, label: { en: 'Author', ru: 'Автор' } },
    { name: 'attribution', type: 'text', localized: true, label: { en: 'Position or source', ru: 'Должность или источник' } },
  ],
}
