import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { conferences } from '@/seed/data/conferences'
import { demoEvents, eventTypes } from '@/seed/data/events'
import { governanceBodies, strategicGroup } from '@/seed/data/governance'
import { homePage } from '@/seed/data/home-page'
import { coverDemoLabel, mapAlts } from '@/seed/data/images'
import { news } from '@/seed/data/news'
import { pages } from '@/seed/data/pages'
import { participants } from '@/seed/data/participants'
import { projects } from '@/seed/data/projects'
import { publicationTypes } from '@/seed/data/publication-types'
import { demoAuthor, demoLabel, demoPublications } from '@/seed/data/publications'
import { footer, headerMenu } from '@/seed/data/site-menus'
import { thematicAreas } from '@/seed/data/thematic-areas'
import type { Locale } from './locales'
import { catalogs, translate } from './messages'

/**
 * House rules for the words readers see, in the message catalogs and the demo content:
 * quotation marks per language, no placeholder text for unknown values, one term per
 * concept, names in Cyrillic in Russian, British spelling in English.
 */

type Text = { where: string; text: string }

/** The text of an ICU message without its syntax: literals, and every branch of plural/select. */
function literalText(elements: MessageFormatElement[]): string {
  let text = ''
  for (const el of elements) {
    if (el.type === TYPE.literal) text += el.value
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) text += ` ${literalText(option.value)} `
    } else if (el.type === TYPE.tag) text += literalText(el.children)
  }
  return text
}

const messageTexts = (locale: Locale): Text[] =>
  Object.entries(catalogs[locale]).map(([key, message]) => ({ where: `${locale}.json ${key}`, text: literalText(parse(message)) }))

/** Every string of the demo content under an `en` or `ru` key, by language. */
function seedTexts(): Record<Locale, Text[]> {
  const found: Record<Locale, Text[]> = { en: [], ru: [] }
  const walk = (value: unknown, path: string, lang?: Locale) => {
    if (typeof value === 'string') {
      if (lang) found[lang].push({ where: `seed ${path}`, text: value })
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, lang))
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, key === 'en' || key === 'ru' ? key : lang)
    }
  }
  const seed = { conferences, governanceBodies, strategicGroup, news, pages, participants, projects, publicationTypes, eventTypes, demoEvents, demoPublications, demoLabel, demoAuthor, headerMenu, footer, thematicAreas, homePage, mapAlts, coverDemoLabel }
  for (const [name, data] of Object.entries(seed)) walk(data, name)
  return found
}

/**
 * Problems with quotation marks. English: “double” (’ is the apostrophe). Russian:
 * «ёлочки» outside, „лапки“ inside. Straight quotes are wrong in both.
 */
function quoteProblems(locale: Locale, text: string): string[] {
  const problems: string[] = []
  if (text.includes('"')) problems.push('straight double quote "')
  if (text.includes("'")) problems.push("straight apostrophe ' (use ’)")
  const pairs: Record<string, string> = locale === 'ru' ? { '«': '»', '„': '“' } : { '“': '”' }
  const foreign = locale === 'ru' ? ['”'] : ['«', '»', '„']
  for (const mark of foreign) if (text.includes(mark)) problems.push(`${mark} is not a quotation mark of ${locale === 'ru' ? 'Russian' : 'English'}`)
  const closers = new Set(Object.values(pairs))
  const open: string[] = []
  for (const ch of text) {
    if (ch in pairs && !(closers.has(ch) && open.at(-1) && pairs[open.at(-1)!] === ch)) {
      if (locale === 'ru' && ch === '«' && open.includes('«')) problems.push('«…» inside «…»: use „…“ inside')
      open.push(ch)
    } else if (closers.has(ch)) {
      if (open.length === 0 || pairs[open.at(-1)!] !== ch) problems.push(`unmatched ${ch}`)
      else open.pop()
    }
  }
  if (open.length) problems.push(`unclosed ${open.join('')}`)
  return problems
}

/** Said instead of a value the site does not have; the line should be left out instead. */
const placeholders: Record<Locale, RegExp> = {
  en: /\b(not (yet )?(stated|recorded|specified|known|available|given|provided|set)|unknown|n\/a|tbd|to be (confirmed|announced))\b/i,
  ru: /не\s+указан|не\s+задан|не\s+внесен|не\s+внесён|неизвестн|нет\s+данных|сведени\S*\s+(нет|отсутству)|период\s+не/i,
}

/** One Russian term per concept (the seed's), and the forms that must not creep back. */
const russianTerms: { wrong: RegExp; use: string }[] = [
  { wrong: /шенгенск\S*\s+пространств/i, use: 'Шенгенская зона' },
  { wrong: /контактн\S*\s+лиц/i, use: 'национальный контактный пункт' },
  { wrong: /высокопоставленн/i, use: 'старшие должностные лица (Senior Officials)' },
  { wrong: /старш\S*\s+официальн|высш\S*\s+должностн/i, use: 'старшие должностные лица' },
  { wrong: /обсерватори\S*\s+(по\s+)?миграци/i, use: 'Миграционная обсерватория' },
  { wrong: /тренингов\S*\s+академи|академи\S*\s+обучения/i, use: 'Учебная академия' },
  { wrong: /стратегическ\S*\s+(комитет|совет)/i, use: 'Стратегическая группа' },
  { wrong: /скачать\s+(английскую|русскую)\s+версию|(английская|русская)\s+версия/i, use: 'на английском / на русском языке' },
  { wrong: /карта\s+государств\s+—\s+участников\b(?!\s+\S)/i, use: 'государств-участников (a dash only with a dependent word)' },
]

/** Latin script allowed in Russian text: acronyms and technical words with no Russian form. */
const latinInRussian = new Set(['EASO', 'MARRI', 'WCAG', 'AA', 'JavaScript', 'cookie', 'acquis', 'COUNTER', 'CSV', 'IP', 'Atom', 'PDF', 'BibTeX', 'RIS', 'CSL-JSON', 'DOI', 'ISO', 'QR', 'SCORM', 'ZIP'])

/** American spellings that the site writes the British way (the seed's usage). */
const americanSpellings = /\b(organiz\w*|center|centers|labor|analyz\w*|catalog|program|programs|color\w*|favor\w*|behavior\w*|cooperat\w*)\b/i
/** Proper names spelt the American way by their owners. */
const americanInNames = /International Organization for Migration/g

describe('wording of the public site', () => {
  const seed = seedTexts()
  const texts: Record<Locale, Text[]> = { en: [...messageTexts('en'), ...seed.en], ru: [...messageTexts('ru'), ...seed.ru] }

  it('can find each kind of problem (the checks are not vacuous)', () => {
    expect(quoteProblems('ru', 'Фраза в "кавычках"')).not.toEqual([])
    expect(quoteProblems('ru', 'Проект “Диалог”')).not.toEqual([])
    expect(quoteProblems('ru', 'Проект «Диалог «в действии»»')).not.toEqual([])
    expect(quoteProblems('en', 'Results for «migration»')).not.toEqual([])
    expect(quoteProblems('en', "Senior Officials' Meetings")).not.toEqual([])
    expect(quoteProblems('ru', 'Инициатива «Проект „Диалог“ в действии»')).toEqual([])
    expect(quoteProblems('en', 'The initiative “Building Migration Partnerships”, the Officials’ Meetings')).toEqual([])
    expect(placeholders.en.test('Period not stated')).toBe(true)
    expect(placeholders.ru.test('Период не указан')).toBe(true)
    expect(placeholders.ru.test('Сроки не указаны')).toBe(true)
    expect(russianTerms[0].wrong.test('государства Шенгенского пространства')).toBe(true)
    expect(americanSpellings.test('a regional organization')).toBe(true)
  })

  it('makes a label agree with how many values follow it (Страна / Страны, never by the numeral’s form)', () => {
    expect(translate('ru', 'publication.countries', { count: 1 })).toBe('Страна')
    expect(translate('ru', 'publication.countries', { count: 21 })).toBe('Страны')
    expect(translate('ru', 'publication.areas', { count: 6 })).toBe('Тематические направления')
    expect(translate('en', 'publication.countries', { count: 4 })).toBe('Countries')
    expect(translate('ru', 'fallback.notice', { language: 'en' })).toBe('Этот текст ещё не переведён и показан на английском языке.')
    expect(translate('ru', 'publication.download', { language: 'ru' })).toBe('Скачать на русском языке')
  })

  it('has seed texts in both languages to check', () => {
    expect(seed.en.length).toBeGreaterThan(200)
    expect(seed.ru.length).toBeGreaterThan(200)
  })

  it('uses each language’s quotation marks, and no straight quotes', () => {
    const problems = (['en', 'ru'] as const).flatMap((locale) =>
      texts[locale].flatMap(({ where, text }) => quoteProblems(locale, text).map((p) => `${where}: ${p}`)),
    )
    expect(problems).toEqual([])
  })

  it('never shows a placeholder for an unknown value', () => {
    for (const locale of ['en', 'ru'] as const) {
      const found = messageTexts(locale).filter(({ text }) => placeholders[locale].test(text))
      expect(found.map((f) => f.where)).toEqual([])
    }
  })

  it('keeps one Russian term per concept (e.g. Шенгенская зона, never Шенгенское пространство)', () => {
    const found = texts.ru.flatMap(({ where, text }) => russianTerms.filter((t) => t.wrong.test(text)).map((t) => `${where}: use ${t.use}`))
    expect(found).toEqual([])
  })

  it('writes names in Cyrillic in Russian (Latin script only for known acronyms)', () => {
    const found = texts.ru.flatMap(({ where, text }) =>
      (text.replace(/\S+@\S+/g, '').match(/[A-Za-z]+(-[A-Za-z]+)*/g) ?? []).filter((w) => !latinInRussian.has(w)).map((w) => `${where}: ${w}`),
    )
    expect(found).toEqual([])
    const about = pages.find((p) => p.slug === 'about')!
    expect(about.quote?.author).toEqual({ en: 'Tomas Urubek', ru: 'Томаш Урубек' })
  })

  it('spells English the British way (co-operation, organisation, programme)', () => {
    // A quotation stays as it was said.
    const quotations = new Set(pages.flatMap((p) => (p.quote ? [p.quote.text.en] : [])))
    const found = texts.en
      .filter(({ text }) => !quotations.has(text))
      .flatMap(({ where, text }) => (text.replace(americanInNames, '').match(new RegExp(americanSpellings, 'gi')) ?? []).map((w) => `${where}: ${w}`))
    expect(found).toEqual([])
  })
})
