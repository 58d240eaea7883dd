import type { Field } from 'payload'
import { siteSections } from '@/server/content/site-links'

/**
 * A link an editor sets in a menu: to a page made in the admin, to one of the site's own
 * sections, or to another address. The label is written in each language.
 */
export function linkFields({ optional = false }: { optional?: boolean } = {}): Field[] {
  // An optional link (a card's) has no label of its own: the card's title is the link text.
  const label: Field[] = optional ? [] : [{ name: 'label', type: 'text', localized: true, required: true, label: { en: 'Label', ru: 'Текст ссылки' } }]
  return [
    ...label,
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: !optional,
          defaultValue: optional ? undefined : 'page',
          label: { en: 'Links to', ru: 'Ведёт на' },
          options: [
            { value: 'page', label: { en: 'A page', ru: 'Страницу' } },
            { value: 'section', label: { en: 'A section of the site', ru: 'Раздел сайта' } },
            { value: 'url', label: { en: 'Another address', ru: 'Другой адрес' } },
          ],
        },
        {
          name: 'page',
          type: 'relationship',
          relationTo: 'pages',
          label: { en: 'Page', ru: 'Страница' },
          admin: { condition: (_, row) => row?.kind === 'page' },
          validate: (value: unknown, { siblingData }: { siblingData?: { kind?: string } }) =>
            siblingData?.kind !== 'page' || Boolean(value) || 'Choose a page. / Выберите страницу.',
        },
        {
          name: 'section',
          type: 'select',
          label: { en: 'Section', ru: 'Раздел' },
          options: siteSections.map(({ value, label }) => ({ value, label })),
          admin: { condition: (_, row) => row?.kind === 'section' },
          validate: (value: unknown, { siblingData }: { siblingData?: { kind?: string } }) =>
            siblingData?.kind !== 'section' || Boolean(value) || 'Choose a section. / Выберите раздел.',
        },
        {
          name: 'url',
          type: 'text',
          label: { en: 'Address', ru: 'Адрес' },
          admin: { condition: (_, row) => row?.kind === 'url', description: { en: 'https://… or mailto:…', ru: 'https://… или mailto:…' } },
          validate: (value: unknown, { siblingData }: { siblingData?: { kind?: string } }) =>
            siblingData?.kind !== 'url' ||
            (typeof value === 'string' && /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/.test(value)) ||
            'An address starting with https:// or mailto:. / Адрес, начинающийся с https:// или mailto:.',
        },
      ],
    },
  ]
}
