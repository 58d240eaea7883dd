import type { Block } from 'payload'
import { linkFields } from '@/fields/link'
import { arrayLabels } from '@/fields/array-labels'

/** A row of cards, each a short text that may lead to a section, a page or another site. */
export const CardsBlock: Block = {
  slug: 'cards',
  interfaceName: 'CardsBlock',
  labels: { singular: { en: 'Cards', ru: 'Карточки' }, plural: { en: 'Cards', ru: 'Карточки' } },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: { en: 'Heading', ru: 'Заголовок' } },
    {
      name: 'cards',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      required: true,
      label: { en: 'Cards', ru: 'Карточки' },
      ...arrayLabels({ en: 'Card', ru: 'Карточка' }, { en: 'Cards', ru: 'Карточки' }, 'карточку'),
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Заголовок' } },
        { name: 'text', type: 'textarea', localized: true, label: { en: 'Text', ru: 'Текст' } },
        {
          name: 'link',
          type: 'group',
          label: { en: 'Link (optional)', ru: 'Ссылка (необязательно)' },
          admin: { description: { en: 'The card title becomes a link when this is set.', ru: 'Если ссылка задана, заголовок карточки становится ссылкой.' } },
          fields: linkFields({ optional: true }),
        },
      ],
    },
  ],
}
