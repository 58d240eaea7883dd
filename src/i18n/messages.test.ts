import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { catalogs, translate } from './messages'
import { negotiateLocale, locales } from './locales'
import { switchLocalePath } from './routes'

function pluralOptions(elements: MessageFormatElement[]): string[][] {
  const found: string[][] = []
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      found.push(Object.keys(el.options))
      for (const option of Object.values(el.options)) found.push(...pluralOptions(option.value))
    }
  }
  return found
}

describe('message catalogs', () => {
  it('have the same keys in every language', () => {
    const [first, ...rest] = locales
    for (const locale of rest) {
      expect(Object.keys(catalogs[locale]).sort(), locale).toEqual(Object.keys(catalogs[first]).sort())
    }
  })

  it('are valid ICU with no empty message', () => {
    for (const locale of locales) {
      for (const [key, message] of Object.entries(catalogs[locale])) {
        expect(message.trim(), `${locale}:${key}`).not.toBe('')
        expect(() => parse(message), `${locale}:${key}`).not.toThrow()
      }
    }
  })

  it('give Russian plurals the one, few and many forms', () => {
    for (const [key, message] of Object.entries(catalogs.ru)) {
      for (const options of pluralOptions(parse(message))) {
        expect(options, key).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']))
      }
    }
  })

  it('format Russian plurals by number', () => {
    expect(translate('ru', 'participants.intro', { states: 50 })).toContain('участвуют 50 государств')
    expect(translate('ru', 'participants.intro', { states: 21 })).toContain('участвует 21 государство')
    expect(translate('ru', 'participants.intro', { states: 3 })).toContain('участвуют 3 государства')
    // The site search's heading counts each kind in its own plural form.
    const kinds = (locale: 'en' | 'ru') =>
      [
        translate(locale, 'search.kindCount.publication', { count: 2 }),
        translate(locale, 'search.kindCount.news', { count: 1 }),
        translate(locale, 'search.kindCount.page', { count: 5 }),
      ].join(', ')
    expect(translate('ru', 'search.countByKind', { count: 8, kinds: kinds('ru') })).toBe('8 результатов: 2 публикации, 1 новость, 5 страниц')
    expect(translate('en', 'search.countByKind', { count: 8, kinds: kinds('en') })).toBe('8 results: 2 publications, 1 news item, 5 pages')
    expect(translate('ru', 'search.kindCount.conference', { count: 21 })).toBe('21 министерская конференция')
    expect(translate('en', 'participants.intro', { states: 1 })).toContain('1 state takes')
  })
})

describe('language negotiation and switching', () => {
  it('picks the best supported language from Accept-Language', () => {
    expect(negotiateLocale('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru')
    expect(negotiateLocale('de-DE,de;q=0.9,ru;q=0.5,en;q=0.4')).toBe('ru')
    expect(negotiateLocale('en;q=0.2, ru;q=0.8')).toBe('ru')
    expect(negotiateLocale('fr')).toBe('en')
    expect(negotiateLocale(undefined)).toBe('en')
    expect(negotiateLocale('ru;q=0')).toBe('en')
  })

  it('keeps the reader on the same page and query', () => {
    expect(switchLocalePath('/en/news/some-article', 'ru')).toBe('/ru/news/some-article')
    expect(switchLocalePath('/ru/news?page=2', 'en')).toBe('/en/news?page=2')
    expect(switchLocalePath('/en', 'ru')).toBe('/ru')
    expect(switchLocalePath('/english-page', 'ru')).toBe('/ru')
  })
})
