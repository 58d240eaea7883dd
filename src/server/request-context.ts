import { headers } from 'next/headers'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { internalHeaders } from '@/server/internal-headers'

/** The request's path (set by the HTTP front (src/http) as x-pp-path), used for the language switch and hreflang. */
export async function currentPath(): Promise<string> {
  const h = await headers()
  return h.get(internalHeaders.path) ?? '/'
}

export async function currentLocaleFromPath(): Promise<Locale> {
  const segment = (await currentPath()).split('/')[1]
  return isLocale(segment) ? segment : defaultLocale
}
