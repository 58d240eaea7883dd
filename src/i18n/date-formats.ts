/**
 * Intl.DateTimeFormat objects are costly to make (most of a millisecond each) and cheap to
 * use, so each combination of locale and options is made once per process: a page that lists
 * a hundred meetings otherwise spends most of its time building formatters.
 */
const formats = new Map<string, Intl.DateTimeFormat>()

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    // Bounded by the platform's locales × zones × a handful of option sets; never per request data.
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}
