import type { I18nClient } from '@payloadcms/translations'
import type { LabelFunction, SanitizedConfig } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { imageSizeLabels, labelsInAdminLanguage } from './admin-labels'

// Media reads env (its upload folder); a given secret keeps env from writing one to the data folder.
vi.hoisted(() => {
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-unit-test-secret-0000'
})

const inLanguage = (label: unknown, language: string) => (label as LabelFunction)({ i18n: { language } as I18nClient, t: (() => '') as never })

describe('labels in the admin language', () => {
  const config = () =>
    ({
      collections: [
        {
          slug: 'pages',
          labels: { singular: { en: 'Page', ru: 'Страница' }, plural: { en: 'Pages', ru: 'Страницы' } },
          fields: [
            { name: 'title', type: 'text', label: { en: 'Title', ru: 'Заголовок' } },
            {
              name: 'layout',
              type: 'blocks',
              labels: { singular: { en: 'Block', ru: 'Блок' }, plural: { en: 'Blocks', ru: 'Блоки' } },
              blocks: [{ slug: 'quote', labels: { singular: { en: 'Quote', ru: 'Цитата' }, plural: 'Quotes' }, fields: [{ name: 'text', type: 'text', label: { en: 'Quotation', ru: 'Текст цитаты' } }] }],
            },
            { type: 'row', fields: [{ name: 'id', type: 'text', label: 'ID' }] },
          ],
        },
        {
          slug: 'media',
          upload: {},
          labels: { singular: 'File', plural: 'Files' },
          fields: [
            { name: 'prefix', type: 'text', label: 'Prefix' },
            { name: 'sizes', type: 'group', label: 'Sizes', fields: [{ name: 'card', type: 'group', label: 'Card', fields: [{ name: 'mimeType', type: 'text', label: 'MIME Type' }] }] },
          ],
        },
      ],
      globals: [{ slug: 'site-footer', label: { en: 'Footer', ru: 'Подвал сайта' }, fields: [] }],
    }) as unknown as SanitizedConfig

  it('turns every { en, ru } label into one read in the admin’s language, and leaves others', () => {
    const { collections, globals } = labelsInAdminLanguage(config())
    const [pages] = collections as unknown as { labels: Record<string, unknown>; fields: Record<string, unknown>[] }[]
    expect(inLanguage(pages.labels.singular, 'ru')).toBe('Страница')
    expect(inLanguage(pages.labels.plural, 'en')).toBe('Pages')
    expect(inLanguage(pages.fields[0].label, 'ru')).toBe('Заголовок')
    const layout = pages.fields[1] as { labels: Record<string, unknown>; blocks: { labels: Record<string, unknown>; fields: { label: unknown }[] }[] }
    expect(inLanguage(layout.labels.singular, 'ru')).toBe('Блок')
    expect(inLanguage(layout.blocks[0].labels.singular, 'ru')).toBe('Цитата')
    expect(layout.blocks[0].labels.plural).toBe('Quotes')
    expect(inLanguage(layout.blocks[0].fields[0].label, 'ru')).toBe('Текст цитаты')
    expect((pages.fields[2] as { fields: { label: unknown }[] }).fields[0].label).toBe('ID')
    expect(inLanguage(globals[0].label, 'ru')).toBe('Подвал сайта')
    // A language the labels do not have reads English.
    expect(inLanguage(pages.labels.singular, 'de')).toBe('Page')
  })

  it('names the fields Payload and the storage plugin add to upload collections', () => {
    const media = labelsInAdminLanguage(config()).collections[1] as unknown as { fields: { label: unknown; fields?: { label: unknown; fields?: { label: unknown }[] }[] }[] }
    expect(inLanguage(media.fields[0].label, 'ru')).toBe('Папка в хранилище')
    expect(inLanguage(media.fields[1].label, 'ru')).toBe('Размеры изображения')
    expect(inLanguage(media.fields[1].fields![0].label, 'ru')).toBe('Карточка')
    expect(inLanguage(media.fields[1].fields![0].fields![0].label, 'ru')).toBe('Тип файла (MIME)')
  })

  it('has a label for every image size of Media', async () => {
    const { Media } = await import('@/collections/Media')
    const sizes = (typeof Media.upload === 'object' ? (Media.upload.imageSizes ?? []) : []).map((size) => size.name)
    expect(sizes.length).toBeGreaterThan(0)
    expect(sizes.filter((name) => !imageSizeLabels[name])).toEqual([])
  })
})
