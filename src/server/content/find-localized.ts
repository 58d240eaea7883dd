import type { CollectionSlug, PaginatedDocs, PopulateType, Where } from 'payload'
import { otherLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/server/payload'
import { previewingEditor } from './preview'

/** A document with the language it is shown in; `fallback` is true when it is not the reader's. */
export type TLocalizedDoc<T> = T & { shownIn: Locale; fallback: boolean }

type FindArgs = {
  where?: Where
  sort?: string
  limit?: number
  page?: number
  depth?: number
  /** The field whose absence means "not translated" (title or name). */
  keyField?: string
  /** Fields of related documents to fetch (Payload's populate), e.g. an image's sizes only. */
  populate?: PopulateType
  /** Read with these roles' access (see accessSubject) instead of as a visitor. */
  as?: { collection: 'users'; roles: string[] } | null
}

/**
 * Public reads: as an anonymous visitor (published only, access rules apply; an editor's
 * draft preview aside), in the
 * reader's language; documents not translated yet come in the other language, marked so
 * the page can say so instead of silently mixing languages.
 */
export async function findLocalized<T extends { id: number | string }>(
  collection: CollectionSlug,
  locale: Locale,
  { where, sort, limit = 100, page = 1, depth = 1, keyField = 'title', populate, as }: FindArgs = {},
): Promise<PaginatedDocs<TLocalizedDoc<T>>> {
  const [payload, editor] = await Promise.all([getPayloadClient(), previewingEditor()])
  // An editor previewing drafts reads the newest version, as themselves; everyone else, published.
  const reader = editor ? { draft: true, user: editor } : { draft: false, ...(as ? { user: as as never } : {}) }
  const result = (await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    where,
    sort,
    limit,
    page,
    depth,
    populate,
    ...reader,
    overrideAccess: false,
  })) as unknown as PaginatedDocs<T>
  const missing = result.docs.filter((d) => !(d as Record<string, unknown>)[keyField]).map((d) => d.id)
  let others = new Map<number | string, T>()
  if (missing.length > 0) {
    const other = (await payload.find({
      collection,
      locale: otherLocale(locale),
      fallbackLocale: false,
      where: { id: { in: missing } },
      limit: missing.length,
      depth,
      populate,
      ...reader,
      overrideAccess: false,
    })) as unknown as PaginatedDocs<T>
    others = new Map(other.docs.map((d) => [d.id, d]))
  }
  return {
    ...result,
    docs: result.docs.map((d) => {
      const replacement = others.get(d.id)
      return replacement
        ? { ...replacement, shownIn: otherLocale(locale), fallback: true }
        : { ...d, shownIn: locale, fallback: false }
    }),
  }
}

export async function findOneLocalized<T extends { id: number | string }>(
  collection: CollectionSlug,
  locale: Locale,
  where: Where,
  keyField = 'title',
): Promise<TLocalizedDoc<T> | undefined> {
  const { docs } = await findLocalized<T>(collection, locale, { where, limit: 1, depth: 1, keyField })
  return docs[0]
}
