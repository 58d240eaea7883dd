import type { GlobalConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { linkFields } from '@/fields/link'
import { bumpRevisionAfterGlobalChange } from '@/hooks/bump-content-revision'
import { arrayLabels } from '@/fields/array-labels'

const siteGroup = { en: 'Site', ru: 'Сайт' }

/** The header's main menu, in the editors' hands. */
export const SiteHeaderMenu: GlobalConfig = {
  slug: 'site-header',
  label: { en: 'Header menu', ru: 'Главное меню' },
  admin: { group: siteGroup, description: { en: 'The menu under the site name on every page.', ru: 'Меню под названием сайта на каждой странице.' } },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [bumpRevisionAfterGlobalChange] },
  fields: [
    {
      name: 'items',
      type: 'array',
      maxRows: 10,
      label: { en: 'Menu items', ru: 'Пункты меню' },
      ...arrayLabels({ en: 'Menu item', ru: 'Пункт меню' }, { en: 'Menu items', ru: 'Пункты меню' }, 'пункт меню'),
      fields: linkFields(),
    },
  ],
}

/** A brand's name, the same in both languages. */
const brand = (name: string) => ({ en: name, ru: name })

const socialNetworks = [
  { value: 'x', label: brand('X (Twitter)') },
  { value: 'linkedin', label: brand('LinkedIn') },
  { value: 'facebook', label: brand('Facebook') },
  { value: 'youtube', label: brand('YouTube') },
  { value: 'flickr', label: brand('Flickr') },
  { value: 'telegram', label: brand('Telegram') },
  { value: 'vk', label: { en: 'VK', ru: 'ВКонтакте' } },
]

/** The footer: who runs the site, how to reach them, links and the funding notice. */
export const SiteFooterContent: GlobalConfig = {
  slug: 'site-footer',
  label: { en: 'Footer', ru: 'Подвал сайта' },
  admin: { group: siteGroup },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [bumpRevisionAfterGlobalChange] },
  fields: [
    { name: 'about', type: 'textarea', localized: true, label: { en: 'About the site (one or two sentences)', ru: 'О сайте (одно-два предложения)' } },
    { name: 'organisation', type: 'text', localized: true, label: { en: 'Secretariat', ru: 'Секретариат' } },
    { name: 'address', type: 'textarea', localized: true, label: { en: 'Postal address', ru: 'Почтовый адрес' } },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: { en: 'E-mail', ru: 'Электронная почта' } },
        { name: 'phone', type: 'text', label: { en: 'Telephone', ru: 'Телефон' } },
      ],
    },
    {
      name: 'social',
      type: 'array',
      maxRows: 8,
      label: { en: 'Social media', ru: 'Социальные сети' },
      ...arrayLabels({ en: 'Social media account', ru: 'Страница в соцсети' }, { en: 'Social media accounts', ru: 'Страницы в соцсетях' }, 'страницу в соцсети'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'network', type: 'select', required: true, options: socialNetworks, label: { en: 'Network', ru: 'Сеть' } },
            {
              name: 'url',
              type: 'text',
              required: true,
              label: { en: 'Address', ru: 'Адрес' },
              validate: (value: unknown) => (typeof value === 'string' && /^https:\/\/\S+$/.test(value)) || 'An address starting with https://. / Адрес, начинающийся с https://.',
            },
          ],
        },
      ],
    },
    {
      name: 'links',
      type: 'array',
      maxRows: 12,
      label: { en: 'Footer links', ru: 'Ссылки в подвале' },
      ...arrayLabels({ en: 'Link', ru: 'Ссылка' }, { en: 'Links', ru: 'Ссылки' }, 'ссылку'),
      fields: linkFields(),
    },
    {
      name: 'fundingNotice',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Show the EU funding notice with the EU emblem', ru: 'Показывать уведомление о финансировании ЕС с эмблемой ЕС' },
    },
  ],
}
