import type { ArrayField } from 'payload'

type TNames = { en: string; ru: string }

/**
 * The labels of an array field in both languages. Payload puts the singular label into the
 * "Add …" button; in Russian that needs the accusative («Добавить языковую версию», not
 * «Добавить языковая версия»), so the singular is given in that case (`ruToAdd`), and the
 * rows are headed by their nominative name through NumberedRowLabel.
 */
export function arrayLabels(
  singular: TNames,
  plural: TNames,
  ruToAdd: string,
  admin: NonNullable<ArrayField['admin']> = {},
): Pick<ArrayField, 'labels'> & { admin: NonNullable<ArrayField['admin']> } {
  return {
    labels: { singular: { en: singular.en, ru: ruToAdd }, plural },
    admin: {
      ...admin,
      components: { ...admin.components, RowLabel: { path: '@/components/admin/NumberedRowLabel#NumberedRowLabel', clientProps: { label: singular } } },
    },
  }
}
