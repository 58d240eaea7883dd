/** The one definition of the platform's languages: Payload, the admin and the router read it. */
export const locales = ['en', 'ru'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const localeLabels: Record<Locale, string> = { en: 'English', ru: 'Русский' }

/**
 * Each language named in the language of the admin («Английский» in the Russian admin), for
 * the admin's content-language switch and language fields; `localeLabels` names each in itself.
 */
export const localeNamesInAdmin: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', ru: 'Английский' },
  ru: { en: 'Russian', ru: 'Русский' },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ru' : 'en'
}

/** Picks the best supported language from an Accept-Language header (q-values honoured). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return { lang: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return ranked.map((r) => r.lang).find(isLocale) ?? defaultLocale
}

/** The language to answer a Payload request in: its admin/API language, else the browser's. */
export function localeOfRequest(req: { i18n?: { language?: string }; headers?: Headers }): Locale {
  const language = req.i18n?.language
  return isLocale(language) ? language : negotiateLocale(req.headers?.get('accept-language'))
}
