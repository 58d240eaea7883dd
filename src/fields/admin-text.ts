import { localeOfRequest, type Locale } from '@/i18n/locales'

/** A text of the admin interface in both of its languages (labels, descriptions, messages). */
export type TAdminText = Record<Locale, string>

type TRequestLike = Parameters<typeof localeOfRequest>[0]

/**
 * The text in the language of the editor's admin interface: a validation message follows the
 * admin language (req.i18n), not the content locale being edited (req.locale), so an English
 * editor filling in the Russian version of a record still reads English messages.
 */
export function inAdminLanguage(req: TRequestLike | undefined, text: TAdminText): string {
  return text[req ? localeOfRequest(req) : 'en']
}
