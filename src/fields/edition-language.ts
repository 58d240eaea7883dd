import type { Field } from 'payload'
import { localeNamesInAdmin, locales } from '@/i18n/locales'

/** The language of one edition of a document (a publication's file, a declaration). */
export function editionLanguageField(): Field {
  return {
    name: 'language',
    type: 'select',
    required: true,
    label: { en: 'Language', ru: 'Язык' },
    // The languages named in the admin language.
    options: locales.map((value) => ({ value, label: localeNamesInAdmin[value] })),
  }
}
