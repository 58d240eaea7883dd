import { initI18n, type I18nOptions } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { describe, expect, it } from 'vitest'

import { adminTranslations, ruAdminOverrides } from './admin-translations'

type TMessages = Record<string, Record<string, string>>
const enMessages = en.translations as unknown as TMessages
const ruMessages = ru.translations as unknown as TMessages
const overrides = ruAdminOverrides as unknown as TMessages

/** The Russian admin as Payload builds it from the config (the same merge, the same t()). */
// As payload.config.ts gives it; Payload's type wants complete translations, the config type partial ones.
const i18nConfig = { supportedLanguages: { en, ru }, fallbackLanguage: 'en', translations: adminTranslations } as unknown as I18nOptions
const russianAdmin = () => initI18n({ config: i18nConfig, context: 'api', language: 'ru' })

type TKey = Parameters<Awaited<ReturnType<typeof russianAdmin>>['t']>[0]

const entries = (messages: TMessages) =>
  Object.entries(messages).flatMap(([namespace, keys]) => Object.entries(keys).map(([key, text]) => ({ id: `${namespace}:${key}`, namespace, key, text })))

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort()
const tags = (text: string) => [...new Set([...text.matchAll(/<(\d+)>/g)].map((m) => m[1]))].sort()

/**
 * Russian messages with a label that read correctly for every label as Payload words them
 * (a quoted field name, a file name, or a label Payload always passes empty).
 */
const fineAsPayloadWordsThem = new Set([
  'error:noMatchedField', // «…поля для "{{label}}"»: the label is quoted
  'general:groupByLabel', // always called with an empty label
  'general:selectAll', // the label is empty, or a plural after a number in brackets
  'upload:sizesFor', // the label is a file name
])

describe('Russian admin messages (translation overrides)', () => {
  it('a created record reads naturally whatever the gender of its label', async () => {
    const { t } = await russianAdmin()
    expect(t('general:successfullyCreated', { label: 'Новость' })).toBe('Запись успешно создана (Новость).')
    expect(t('general:successfullyCreated', { label: 'Тематическое направление' })).toBe('Запись успешно создана (Тематическое направление).')
    // Payload's own wording agrees with a masculine noun only: «Новость успешно создан».
    expect(t('general:successfullyCreated', { label: 'Новость' })).not.toMatch(/Новость успешно создан\b/)
  })

  it('adding a row, deleting and counting need no agreement with the label', async () => {
    const { t } = await russianAdmin()
    expect(t('fields:addLabel', { label: 'языковую версию' })).toBe('Добавить языковую версию')
    expect(t('general:titleDeleted', { label: 'Публикация', title: 'Миграция в Центральной Азии' })).toBe(
      'Запись «Миграция в Центральной Азии» (Публикация) успешно удалена.',
    )
    expect(t('general:deletedCountSuccessfully', { count: 5, label: 'Публикации' })).toBe('Удалено записей: 5 (Публикации).')
    expect(t('general:aboutToDeleteCount' as TKey, { count: 1, label: 'Публикация' })).toBe('Вы собираетесь удалить 1 запись (Публикация).')
    expect(t('general:aboutToDeleteCount' as TKey, { count: 21, label: 'Публикации' })).toBe('Вы собираетесь удалить записи (Публикации) в количестве 21.')
  })

  it('a language name stands after «на языке», so it needs no declension', async () => {
    const { t } = await russianAdmin()
    // The content-language switch names the languages «Английский», «Русский» (payload.config.ts).
    expect(t('version:publishIn', { locale: 'Английский' })).toBe('Опубликовать только версию на языке «Английский»')
    expect(t('localization:copyFromTo', { from: 'Английский', to: 'Русский' })).toBe('Копирование с языка «Английский» на язык «Русский»')
    expect(t('general:email')).toBe('Электронная почта')
  })

  it('English messages are left as Payload has them', async () => {
    const { t } = await initI18n({ config: i18nConfig, context: 'api', language: 'en' })
    expect(t('general:successfullyCreated', { label: 'News article' })).toBe(enMessages.general.successfullyCreated.replace('{{label}}', 'News article'))
  })

  it('every override replaces an existing message and keeps its placeholders and markup', () => {
    for (const { id, namespace, key, text } of entries(overrides)) {
      const original = enMessages[namespace]?.[key]
      expect(original, `${id} is not a Payload message`).toBeTypeOf('string')
      expect(ruMessages[namespace]?.[key], `${id} has no Russian original`).toBeTypeOf('string')
      expect(placeholders(text), `${id}: placeholders`).toEqual(placeholders(original))
      expect(tags(text), `${id}: markup`).toEqual(tags(original))
    }
  })

  it('every Russian message with a label is overridden or known to read correctly', () => {
    // A Payload upgrade that adds such a message fails here until someone words it.
    const unreviewed = entries(ruMessages)
      .filter(({ text }) => /\{\{\s*label\s*\}\}/.test(text))
      .filter(({ id, namespace, key }) => overrides[namespace]?.[key] === undefined && !fineAsPayloadWordsThem.has(id))
      .map(({ id, text }) => `${id}: ${text}`)
    expect(unreviewed).toEqual([])
  })
})
