import type { Field } from 'payload'
import type { TAdminText } from '@/fields/admin-text'
import { locales, type Locale } from '@/i18n/locales'

/** The languages of editions, named in the admin language (localeLabels names each in itself). */
const languageNames: Record<Locale, TAdminText> = {
  en: { en: 'English', ru: 'Английский' },
  ru: { en: 'Russian', ru: 'Русский' },
}

/** The language of one edition of a document (a publication's file, a declaration). */
export function editionLanguageField(): Field {
  return {
    name: 'language',
    type: 'select',
    required: true,
    label: { en: 'Language', ru: 'Язык' },
    options: locales.map((value) => ({ value, label: languageNames[value] })),
  }
}
