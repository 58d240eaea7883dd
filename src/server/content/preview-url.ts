import type { CollectionSlug } from 'payload'
import type { Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'

import type { GeneratePreviewURL } from 'payload'
import { isLocale } from '@/i18n/locales'

type TPreviewable = { slug?: string | null; path?: string | null }

/** Where each previewable document appears on the public site, below the language. */
export const previewPaths = {
  pages: (doc: TPreviewable) => (doc.path ? `/${doc.path}` : undefined),
  news: (doc: TPreviewable) => (doc.slug ? routes.article(doc.slug) : undefined),
  projects: (doc: TPreviewable) => (doc.slug ? routes.project(doc.slug) : undefined),
  'thematic-areas': (doc: TPreviewable) => (doc.slug ? routes.thematicArea(doc.slug) : undefined),
  participants: (doc: TPreviewable) => (doc.slug ? routes.participant(doc.slug) : undefined),
  publications: (doc: TPreviewable) => (doc.slug ? `/repository/${doc.slug}` : undefined),
  events: (doc: TPreviewable) => (doc.slug ? routes.event(doc.slug) : undefined),
} satisfies Partial<Record<CollectionSlug, (doc: TPreviewable) => string | undefined>>

export type TPreviewCollection = keyof typeof previewPaths

export function isPreviewCollection(value: unknown): value is TPreviewCollection {
  return typeof value === 'string' && Object.hasOwn(previewPaths, value)
}

/** The address the admin's Preview button opens: it checks the editor, then shows the draft. */
export function previewUrl(collection: TPreviewCollection, id: number | string, locale: Locale): string {
  return `/preview?${new URLSearchParams({ collection, id: String(id), locale })}`
}

export function publicPathOf(collection: TPreviewCollection, doc: TPreviewable, locale: Locale): string | undefined {
  const path = previewPaths[collection](doc)
  return path === undefined ? undefined : href(locale, path)
}

/** The admin's Preview button for a collection (Payload's admin.preview). */
export function previewButton(collection: TPreviewCollection): GeneratePreviewURL {
  return (doc, { locale }) => (typeof doc.id === 'number' || typeof doc.id === 'string' ? previewUrl(collection, doc.id, isLocale(locale) ? locale : 'en') : null)
}
