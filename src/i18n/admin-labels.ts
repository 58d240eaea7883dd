import type { Block, Field, LabelFunction, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { isLocale, type Locale } from './locales'

type TBilingual = Record<Locale, string>

const isBilingual = (value: unknown): value is TBilingual =>
  typeof value === 'object' && value !== null && typeof (value as TBilingual).en === 'string' && typeof (value as TBilingual).ru === 'string'

/** A label in the admin's language, as a label function. */
export function adminLabel(text: TBilingual): LabelFunction {
  return ({ i18n }) => text[isLocale(i18n.language) ? i18n.language : 'en']
}

const resolved = (label: unknown) => (isBilingual(label) ? adminLabel(label) : label)

function resolvePlural(owner: { labels?: unknown }): void {
  const labels = owner.labels as { singular?: unknown; plural?: unknown } | undefined
  if (labels) owner.labels = { ...labels, singular: resolved(labels.singular), plural: resolved(labels.plural) }
}

function resolveBlock(block: Block): void {
  resolvePlural(block)
  block.fields.forEach(resolveField)
}

function resolveField(field: Field): void {
  if ('label' in field) (field as { label?: unknown }).label = resolved(field.label)
  if ('labels' in field) resolvePlural(field)
  if ('fields' in field) field.fields.forEach(resolveField)
  if (field.type === 'tabs') {
    for (const tab of field.tabs) {
      ;(tab as { label?: unknown }).label = resolved(tab.label)
      tab.fields.forEach(resolveField)
    }
  }
  if (field.type === 'blocks') for (const block of field.blocks) resolveBlock(block)
}

/**
 * Labels for what Payload and the storage plugin add to upload collections (their own labels
 * are English words, or the field's name: «MIME Type», «Prefix», «_object Key», «Sizes > Card»).
 * They show as the list's column and filter choices.
 */
const uploadFieldLabels: Record<string, TBilingual> = {
  mimeType: { en: 'MIME type', ru: 'Тип файла (MIME)' },
  thumbnailURL: { en: 'Thumbnail URL', ru: 'URL миниатюры' },
  url: { en: 'URL', ru: 'URL' },
  prefix: { en: 'Storage folder', ru: 'Папка в хранилище' },
  _objectKey: { en: 'Storage key', ru: 'Ключ в хранилище' },
  sizes: { en: 'Image sizes', ru: 'Размеры изображения' },
}
/** The image sizes of upload collections (Media's, in collections/Media; a test checks each has one). */
export const imageSizeLabels: Record<string, TBilingual> = {
  small: { en: 'Small', ru: 'Маленький' },
  card: { en: 'Card', ru: 'Карточка' },
  large: { en: 'Large', ru: 'Большой' },
  social: { en: 'Social media preview', ru: 'Превью для соцсетей' },
}

function labelUploadFields(collection: SanitizedCollectionConfig): void {
  if (!collection.upload) return
  for (const field of collection.fields) {
    if (!('name' in field) || !uploadFieldLabels[field.name]) continue
    field.label = uploadFieldLabels[field.name]
    if (field.name !== 'sizes' || field.type !== 'group') continue
    for (const size of field.fields) {
      if (!('name' in size)) continue
      if (imageSizeLabels[size.name]) size.label = imageSizeLabels[size.name]
      if ('fields' in size) for (const sub of size.fields) if ('name' in sub && uploadFieldLabels[sub.name]) sub.label = uploadFieldLabels[sub.name]
    }
  }
}

/**
 * Applied to the final config: every `{ en, ru }` label (collections, globals, fields, array
 * rows, blocks) becomes a label function.
 *
 * Payload 3.90 puts some labels into its messages as they are configured, without translating
 * them: the sort buttons of a list's columns read «Сортировка по полю «[object Object]»», the
 * dashboard's and a relationship field's "create" buttons «Создать запись: [object Object]».
 * A label function is resolved into the admin's language before it reaches those messages (in
 * the client config and in the dashboard's groups), and everywhere else Payload translates
 * both kinds alike. The collections keep `{ en, ru }` objects in their source, where
 * src/collections/admin-labels.test.ts checks both languages are there.
 */
export function labelsInAdminLanguage(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    labelUploadFields(collection)
    resolvePlural(collection)
    collection.fields.forEach(resolveField)
  }
  for (const global of config.globals) {
    ;(global as { label?: unknown }).label = resolved(global.label)
    global.fields.forEach(resolveField)
  }
  for (const block of config.blocks ?? []) resolveBlock(block)
  return config
}
