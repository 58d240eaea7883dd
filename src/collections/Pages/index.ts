import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'
import { type CollectionBeforeChangeHook, type CollectionConfig, ValidationError } from 'payload'
import { slugField } from '@/fields/slug'
import { ContentBlock } from '@/blocks/Content/config'
import { CardsBlock } from '@/blocks/Cards/config'
import { ContactFormBlock } from '@/blocks/ContactForm/config'
import { QuoteBlock } from '@/blocks/Quote/config'
import { localeOfRequest } from '@/i18n/locales'
import { maxPageDepth, pagePathProblem, sectionSegments } from '@/server/content/page-paths'
import { contentGroup, searchableContent } from '../shared'
import { previewButton } from '@/server/content/preview-url'

/**
 * The page's address below the language, from its breadcrumbs (the nested-docs plugin
 * builds them from the parents, and re-saves the children when a parent moves).
 */
const setPath: CollectionBeforeChangeHook = ({ data, req }) => {
  const crumbs = (data.breadcrumbs ?? []) as { url?: string | null }[]
  const url = crumbs.at(-1)?.url ?? `/${String(data.slug ?? '')}`
  const segments = url.split('/').filter(Boolean)
  const problem = pagePathProblem(segments)
  if (problem) {
    const ru = localeOfRequest(req) === 'ru'
    const message =
      problem === 'depth'
        ? ru
          ? `Страницы вкладываются не глубже ${maxPageDepth} уровней.`
          : `Pages nest at most ${maxPageDepth} levels deep.`
        : ru
          ? `Адрес «/${segments[0]}» занят разделом сайта (${sectionSegments.join(', ')}): выберите другой адрес или родительскую страницу.`
          : `The address “/${segments[0]}” belongs to a section of the site (${sectionSegments.join(', ')}): choose another slug or a parent page.`
    throw new ValidationError({ collection: 'pages', errors: [{ path: problem === 'depth' ? 'parent' : 'slug', message }] }, req.t)
  }
  return { ...data, path: segments.join('/') }
}

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { en: 'Page', ru: 'Страница' }, plural: { en: 'Pages', ru: 'Страницы' } },
  admin: { preview: previewButton('pages'), useAsTitle: 'title', defaultColumns: ['title', 'path', '_status', 'updatedAt'], group: contentGroup },
  ...searchableContent,
  hooks: { ...searchableContent.hooks, beforeChange: [setPath] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Заголовок' } },
    { name: 'intro', type: 'textarea', localized: true, label: { en: 'Introduction', ru: 'Вступление' } },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [ContentBlock, QuoteBlock, CardsBlock, ContactFormBlock],
      label: { en: 'Content', ru: 'Содержание' },
      labels: { singular: { en: 'Block', ru: 'блок' }, plural: { en: 'Blocks', ru: 'Блоки' } },
    },
    slugField(),
    {
      ...createParentField('pages', {
        label: { en: 'Parent page', ru: 'Родительская страница' },
        admin: {
          position: 'sidebar',
          description: { en: 'The page this one sits under: its address becomes /parent/slug.', ru: 'Страница, в разделе которой находится эта: адрес станет /родитель/адрес.' },
        },
      }),
    },
    {
      name: 'path',
      type: 'text',
      unique: true,
      index: true,
      label: { en: 'Address', ru: 'Адрес' },
      admin: { position: 'sidebar', readOnly: true, description: { en: 'Set from the parent pages and the slug.', ru: 'Складывается из родительских страниц и адреса.' } },
    },
    createBreadcrumbsField('pages', { localized: false, label: { en: 'Breadcrumbs', ru: 'Навигационная цепочка' }, admin: { hidden: true } }),
  ],
}
