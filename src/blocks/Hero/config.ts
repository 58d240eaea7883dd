import type { Block } from 'payload'
import { linkFields } from '@/fields/link'
import { arrayLabels } from '@/fields/array-labels'

/** The opening of the home page: a heading, a lead and up to three buttons. */
export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: { en: 'Opening banner', ru: 'Вводный баннер' }, plural: { en: 'Opening banners', ru: 'Вводные баннеры' } },
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, label: { en: 'Heading', ru: 'Заголовок' } },
    { name: 'lead', type: 'textarea', localized: true, label: { en: 'Lead text', ru: 'Вводный текст' } },
    {
      name: 'actions',
      type: 'array',
      maxRows: 3,
      label: { en: 'Buttons', ru: 'Кнопки' },
      ...arrayLabels({ en: 'Button', ru: 'Кнопка' }, { en: 'Buttons', ru: 'Кнопки' }, 'кнопку'),
      fields: linkFields(),
    },
  ],
}
