import type { Field } from 'payload'
import type { TAdminText } from './admin-text'

export function localizedRichText(name: string, required = false, label: TAdminText = { en: 'Text', ru: 'Текст' }): Field {
  return { name, type: 'richText', label, localized: true, required }
}
