import type { CollectionConfig, CollectionSlug, Field, FieldHook } from 'payload'
import { isLocale, otherLocale, type Locale } from '@/i18n/locales'

export type TTranslationStatus = 'both' | 'en' | 'ru'

const present = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** Which languages a document is written in, from its key field (title or name) in each. */
export function translationStatus(has: Record<Locale, boolean>): TTranslationStatus | null {
  if (has.en && has.ru) return 'both'
  return has.en ? 'en' : has.ru ? 'ru' : null
}

/**
 * "English only / Russian only / both" for the admin's lists, kept up to date on every save
 * so the Secretariat can filter on it and work through what is missing.
 */
export function translationStatusField(collection: CollectionSlug, keyField = 'title'): Field {
  const compute: FieldHook = async ({ data, originalDoc, req }) => {
    const value = data?.[keyField] ?? originalDoc?.[keyField]
    // A save of every language at once (locale "all") carries { en, ru }.
    if (value && typeof value === 'object') {
      const all = value as Partial<Record<Locale, unknown>>
      return translationStatus({ en: present(all.en), ru: present(all.ru) })
    }
    const locale: Locale = isLocale(req.locale) ? req.locale : 'en'
    const other = otherLocale(locale)
    let otherValue: unknown
    if (originalDoc?.id !== undefined) {
      // Read in the save's transaction; the local API sets the request's locale to the one it
      // reads, and the save must go on in its own.
      const saved = { locale: req.locale, fallbackLocale: req.fallbackLocale }
      try {
        const stored = await req.payload.findByID({ collection, id: originalDoc.id as number, locale: other, fallbackLocale: false, depth: 0, draft: true, overrideAccess: true, req, select: { [keyField]: true } })
        otherValue = (stored as unknown as Record<string, unknown> | null)?.[keyField]
      } finally {
        Object.assign(req, saved)
      }
    }
    return translationStatus({ [locale]: present(value), [other]: present(otherValue) } as Record<Locale, boolean>)
  }
  return {
    name: 'translation',
    type: 'select',
    index: true,
    label: { en: 'Languages', ru: 'Языки' },
    options: [
      { value: 'both', label: { en: 'English and Russian', ru: 'Английский и русский' } },
      { value: 'en', label: { en: 'English only', ru: 'Только английский' } },
      { value: 'ru', label: { en: 'Russian only', ru: 'Только русский' } },
    ],
    admin: { readOnly: true, position: 'sidebar', description: { en: 'Set on every save from the title in each language.', ru: 'Определяется при каждом сохранении по заголовку на каждом языке.' } },
    hooks: { beforeChange: [compute] },
  }
}

/** The collection with its translation status in the sidebar, in the list's columns and filters. */
export function withTranslationStatus(collection: CollectionConfig, keyField = 'title'): CollectionConfig {
  const columns = collection.admin?.defaultColumns
  return {
    ...collection,
    admin: { ...collection.admin, defaultColumns: columns ? [...columns.filter((c) => c !== '_status'), 'translation', ...columns.filter((c) => c === '_status')] : undefined },
    fields: [...collection.fields, translationStatusField(collection.slug as CollectionSlug, keyField)],
  }
}
