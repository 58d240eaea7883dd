/** Sitemap entries with hreflang alternates (served by src/app/sitemap.ts). Pure: the public address is passed in. */
import type { MetadataRoute } from 'next'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { href } from '@/i18n/routes'

/** A public page, as a path without the language prefix (e.g. '/news/some-slug'; '' for the home page). */
export type TSitemapPage = { path: string; lastModified?: string }

/**
 * One <url> per language version of every page, each listing all language versions and x-default (the
 * default-language page, as the pages' own <link rel="alternate"> do), as Google asks for hreflang in sitemaps.
 */
export function sitemapEntries(publicUrl: string, pages: readonly TSitemapPage[]): MetadataRoute.Sitemap {
  return pages.flatMap(({ path, lastModified }) => {
    const url = (locale: Locale) => `${publicUrl}${href(locale, path)}`
    const languages = { ...Object.fromEntries(locales.map((locale) => [locale, url(locale)])), 'x-default': url(defaultLocale) }
    return locales.map((locale) => ({ url: url(locale), lastModified, alternates: { languages } }))
  })
}
