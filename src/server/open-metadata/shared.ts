/** Small helpers shared by the open-metadata formats. */
import type { TLocale, TLocalizedText } from './types'

export const LOCALES: readonly TLocale[] = ['en', 'ru']

export function otherLocale(locale: TLocale): TLocale {
  return locale === 'en' ? 'ru' : 'en'
}

/** Removes control characters other than tab/LF/CR, DEL, and lone UTF-16 surrogates. */
export function stripControlChars(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/gu, '')
}

/** Trims and collapses whitespace; empty values become undefined. */
export function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.replace(/\s+/g, ' ').trim()
  return trimmed === '' ? undefined : trimmed
}

/** The text in `locale`, falling back to the other language; says which language was used. */
export function pickLocalized(text: TLocalizedText | null | undefined, locale: TLocale): { value: string; lang: TLocale } | undefined {
  for (const lang of [locale, otherLocale(locale)]) {
    const value = clean(text?.[lang])
    if (value) return { value, lang }
  }
  return undefined
}

/** Every non-empty language version, English first. */
export function localizedEntries(text: TLocalizedText | null | undefined): { value: string; lang: TLocale }[] {
  const out: { value: string; lang: TLocale }[] = []
  for (const lang of LOCALES) {
    const value = clean(text?.[lang])
    if (value) out.push({ value, lang })
  }
  return out
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)]
}

export type TDateParts = { year: number; month: number; day: number; iso: string }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * The calendar date of an ISO date or datetime. A leading YYYY-MM-DD is taken literally (no time-zone shift);
 * anything else is parsed by Date and read in UTC. Invalid input gives undefined.
 */
export function datePart(value: string | null | undefined): TDateParts | undefined {
  if (typeof value !== 'string') return undefined
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value)
  let year: number, month: number, day: number
  if (m) {
    year = Number(m[1])
    month = Number(m[2])
    day = Number(m[3])
    const check = new Date(Date.UTC(2000, month - 1, day))
    check.setUTCFullYear(year)
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  } else {
    const d = new Date(value)
    if (Number.isNaN(d.getTime())) return undefined
    year = d.getUTCFullYear()
    month = d.getUTCMonth() + 1
    day = d.getUTCDate()
  }
  return { year, month, day, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
}

/** YYYY-MM-DDThh:mm:ssZ (UTC, whole seconds). Throws on an invalid date: datestamps must never be made up. */
export function toUtcSeconds(value: string | Date): string {
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) throw new Error(`Invalid date: ${String(value)}`)
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Splits a personal name written 'Given Family' (or 'Family, Given') into its parts. A single word (an
 * organisation or mononym) has no given name.
 */
export function splitPersonName(name: string): { family: string; given?: string } {
  const value = clean(name) ?? ''
  const comma = value.indexOf(',')
  if (comma > 0) {
    const family = value.slice(0, comma).trim()
    const given = value.slice(comma + 1).trim()
    return given ? { family, given } : { family }
  }
  const words = value.split(' ')
  if (words.length < 2) return { family: value }
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') }
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
}

/** Lower-case ASCII letters and digits only: Cyrillic transliterated, Latin diacritics dropped. */
export function asciiToken(value: string): string {
  // Transliterate before decomposing: NFD would split й and ё into и/е plus a combining mark.
  return Array.from(value.toLowerCase(), (c) => CYRILLIC_TO_LATIN[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
}

/** Human-readable file size (decimal units), e.g. '1.2 MB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return `${value >= 100 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`
}
