/**
 * How the admin shows dates, in lists, in the document's sidebar and in the date picker: day
 * first, with dots, and a 24-hour clock (01.12.2026, 01.12.2026 09:51), as Russian writes
 * them and as the Secretariat in Vienna reads them, in both admin languages.
 *
 * A fixed pattern and not a localized token ('P'): the date picker formats its field before
 * Payload has given it the admin's language (an effect after the first render), so 'P' showed
 * «12/01/2026» in the Russian admin until the field was next drawn, while lists showed
 * «01.12.2026». Digits and dots read the same whatever locale the picker holds.
 */
export const dateDisplayFormat = 'dd.MM.yyyy'

/** A moment (date and time of day), e.g. in lists' "updated" columns: `admin.dateFormat`. */
export const dateTimeDisplayFormat = 'dd.MM.yyyy HH:mm'

/** A date without a time of day. */
export const dayOnlyDate = { pickerAppearance: 'dayOnly', displayFormat: dateDisplayFormat } as const

/** A date with a time of day (24-hour clock in the picker's list of times too). */
export const dayAndTimeDate = { pickerAppearance: 'dayAndTime', displayFormat: dateTimeDisplayFormat, timeFormat: 'HH:mm' } as const
