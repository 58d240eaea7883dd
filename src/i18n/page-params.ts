import { notFound } from 'next/navigation'
import { isLocale, type Locale } from './locales'
import { getTranslator, type Translate } from './messages'

export type LocaleParams = { params: Promise<{ locale: string }> }
export type SlugParams = { params: Promise<{ locale: string; slug: string }> }

/** Validates the locale segment of a route (404 for anything else) and returns its translator. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: Translate }> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { locale, t: getTranslator(locale) }
}
