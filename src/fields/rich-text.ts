import type { Field } from 'payload'

export function localizedRichText(name: string, required = false): Field {
  return { name, type: 'richText', localized: true, required }
}
