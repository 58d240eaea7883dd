/**
 * How the admin shows a calendar date, in lists and in the date picker: date-fns's localized
 * short date, which follows the admin language — 05.03.2024 in Russian, 03/05/2024 in English.
 * (Payload's `admin.dateFormat` is one pattern for every language; a localized token is the
 * only way a pattern can follow the language.)
 */
export const dateDisplayFormat = 'P'

/** A date without a time of day, shown in the admin language's order and format. */
export const dayOnlyDate = { pickerAppearance: 'dayOnly', displayFormat: dateDisplayFormat } as const
