import type { CollectionConfig } from 'payload'
import { processGroup, publishedContent } from '../shared'

export const GovernanceBodies: CollectionConfig = {
  slug: 'governance-bodies',
  labels: { singular: { en: 'Governance body', ru: 'Орган управления' }, plural: { en: 'Governance', ru: 'Управление' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'order', '_status'], group: processGroup },
  defaultSort: 'order',
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    {
      name: 'key',
      type: 'select',
      required: true,
      unique: true,
      options: ['national-contact-points', 'senior-officials', 'ministerial-conferences', 'strategic-group'],
      admin: { position: 'sidebar', description: 'Which of the four bodies this is (used for links).' },
    },
    { name: 'rhythm', type: 'text', localized: true, required: true, admin: { description: 'How often it meets.' } },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    {
      name: 'functions',
      type: 'array',
      fields: [{ name: 'text', type: 'text', localized: true, required: true }],
    },
    { name: 'order', type: 'number', required: true, defaultValue: 1, admin: { position: 'sidebar' } },
  ],
}
