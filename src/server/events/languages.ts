import { translate } from '@/i18n/messages'

/** Languages events are interpreted into. */
export const interpretationLanguages = ['en', 'ru', 'fr', 'de', 'tr', 'uk'] as const

/** Select options for them, named as the site names them (`language.*` messages), in both languages. */
export const interpretationOptions = interpretationLanguages.map((value) => ({ value, label: { en: translate('en', `language.${value}`), ru: translate('ru', `language.${value}`) } }))
