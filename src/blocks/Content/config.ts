import type { Block } from 'payload'

export const ContentBlock: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: { en: 'Text', ru: 'Текст' }, plural: { en: 'Text', ru: 'Текст' } },
  fields: [{ name: 'body', type: 'richText', localized: true, required: true, label: { en: 'Text', ru: 'Текст' } }],
}
