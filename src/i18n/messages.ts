import { IntlMessageFormat } from 'intl-messageformat'
import en from './messages/en.json'
import ru from './messages/ru.json'
import type { Locale } from './locales'

export type MessageKey = keyof typeof en
export const catalogs: Record<Locale, Record<string, string>> = { en, ru }

const compiled = new Map<string, IntlMessageFormat>()

/** Formats an ICU message; Russian plurals use one/few/many/other. */
export function translate(locale: Locale, key: MessageKey, values?: Record<string, string | number | Date>): string {
  const id = `${locale}\u0000${key}`
  let format = compiled.get(id)
  if (!format) {
    const source = catalogs[locale][key] ?? catalogs.en[key]
    if (source === undefined) throw new Error(`Missing message "${key}"`)
    format = new IntlMessageFormat(source, locale)
    compiled.set(id, format)
  }
  return String(format.format(values))
}

export type Translate = (key: MessageKey, values?: Record<string, string | number | Date>) => string

export function getTranslator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values)
}
