import { describe, expect, it } from 'vitest'

import { atomFeedUpdated, buildAtomFeed, publicationAtomEntry, type TAtomFeedArgs } from './atom'
import { makeRecord } from './test-support/fixtures'
import { child, children, parseXml, textOf } from './test-support/parse-xml'

const args: TAtomFeedArgs = {
  id: 'https://pragueprocess.eu/ru/publications',
  title: 'Публикации Пражского процесса & <новости>',
  selfUrl: 'https://pragueprocess.eu/ru/publications/feed.xml?type=policy-brief&area=asylum',
  alternateUrl: 'https://pragueprocess.eu/ru/publications',
  locale: 'ru',
  updated: '2024-05-02T08:15:30.123Z',
  entries: [
    {
      id: 'oai:pragueprocess.eu:publication/2',
      title: 'Трудовая миграция: "обзор" & <итоги>',
      lang: 'ru',
      summary: 'Краткое содержание\u0007 с {скобками}',
      url: 'https://pragueprocess.eu/ru/publications/labour?x=1&y=2',
      updated: '2024-05-02T08:15:30Z',
      published: '2024-05-01',
      authors: ['Иван Петров', 'Jane Smith'],
      categories: ['Аналитическая записка', 'Убежище', 'Убежище'],
    },
    {
      id: 'oai:pragueprocess.eu:publication/1',
      title: 'Second',
      lang: 'en',
      url: 'https://pragueprocess.eu/ru/publications/second',
      updated: '2024-04-01T00:00:00Z',
      published: '2024-04-01T00:00:00Z',
      authors: [],
      categories: [],
    },
  ],
}

describe('buildAtomFeed', () => {
  it('builds a well-formed Atom 1.0 feed with two entries', () => {
    const xml = buildAtomFeed(args)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<feed ')).toBe(true)
    const feed = parseXml(xml)
    expect(feed.name).toBe('feed')
    expect(feed.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'ru' })
    expect(textOf(child(feed, 'id'))).toBe(args.id)
    expect(textOf(child(feed, 'title'))).toBe('Публикации Пражского процесса & <новости>')
    expect(textOf(child(feed, 'updated'))).toBe('2024-05-02T08:15:30Z')
    expect(children(feed, 'link').map((l) => l.attributes)).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: args.selfUrl },
      { rel: 'alternate', type: 'text/html', href: args.alternateUrl },
    ])
    // The second entry has no author, so the feed must have one.
    expect(textOf(child(child(feed, 'author'), 'name'))).toBe(args.title)

    const entries = children(feed, 'entry')
    expect(entries).toHaveLength(2)
    const [first, second] = entries
    // The feed is Russian; the second entry is English and says so.
    expect(entries.map((e) => e.attributes['xml:lang'])).toEqual(['ru', 'en'])
    expect(textOf(child(first, 'id'))).toBe('oai:pragueprocess.eu:publication/2')
    expect(textOf(child(first, 'title'))).toBe('Трудовая миграция: "обзор" & <итоги>')
    expect(child(first, 'link').attributes).toEqual({ rel: 'alternate', type: 'text/html', href: 'https://pragueprocess.eu/ru/publications/labour?x=1&y=2' })
    expect(textOf(child(first, 'published'))).toBe('2024-05-01T00:00:00Z')
    expect(textOf(child(first, 'updated'))).toBe('2024-05-02T08:15:30Z')
    expect(children(first, 'author').map((a) => textOf(child(a, 'name')))).toEqual(['Иван Петров', 'Jane Smith'])
    expect(children(first, 'category').map((c) => c.attributes.term)).toEqual(['Аналитическая записка', 'Убежище'])
    expect(textOf(child(first, 'summary'))).toBe('Краткое содержание с {скобками}')
    expect(child(first, 'summary').attributes).toEqual({ type: 'text' })
    expect(children(second, 'summary')).toHaveLength(0)
    expect(children(second, 'author')).toHaveLength(0)
  })

  it('omits the feed author when every entry has one, unless given', () => {
    const withAuthors = { ...args, entries: [args.entries[0]] }
    expect(children(parseXml(buildAtomFeed(withAuthors)), 'author')).toHaveLength(0)
    const feed = parseXml(buildAtomFeed({ ...withAuthors, author: 'Prague Process Secretariat' }))
    expect(textOf(child(child(feed, 'author'), 'name'))).toBe('Prague Process Secretariat')
  })

  it('rejects invalid dates rather than inventing them', () => {
    expect(() => buildAtomFeed({ ...args, updated: 'soon' })).toThrow(/Invalid date/)
  })
})

describe('publicationAtomEntry', () => {
  it('uses the feed language when the publication has it', () => {
    const entry = publicationAtomEntry(makeRecord(3), 'ru')
    expect(entry).toMatchObject({ title: 'Публикация 3', lang: 'ru', summary: 'Аннотация 3', summaryLang: 'ru', categories: ['Аналитическая записка'] })
    expect(entry.url).toBe('https://pragueprocess.eu/ru/publications/publication-3')
    expect(entry.id).toBe(entry.url)
  })

  it('marks an English entry in the Russian feed, and a Russian one in the English feed', () => {
    const english = publicationAtomEntry(makeRecord(4, { title: { en: 'Labour migration', ru: '  ' }, abstract: { en: 'Summary' } }), 'ru')
    expect(english).toMatchObject({ title: 'Labour migration', lang: 'en', summary: 'Summary', summaryLang: 'en' })
    const russian = publicationAtomEntry(makeRecord(5, { title: { ru: 'Трудовая миграция' }, abstract: { ru: 'Аннотация' } }), 'en')
    expect(russian).toMatchObject({ title: 'Трудовая миграция', lang: 'ru', summary: 'Аннотация', summaryLang: 'ru' })
    const feed = parseXml(buildAtomFeed({ ...args, locale: 'en', entries: [russian] }))
    expect(feed.attributes['xml:lang']).toBe('en')
    const entry = child(feed, 'entry')
    expect(entry.attributes['xml:lang']).toBe('ru')
    // The summary is in the entry's language: it inherits xml:lang.
    expect(child(entry, 'summary').attributes).toEqual({ type: 'text' })
  })

  it('marks a summary whose language differs from the title', () => {
    const entry = publicationAtomEntry(makeRecord(6, { title: { en: 'Title', ru: 'Заголовок' }, abstract: { en: 'Only in English' } }), 'ru')
    expect(entry).toMatchObject({ lang: 'ru', summaryLang: 'en' })
    const xmlEntry = child(parseXml(buildAtomFeed({ ...args, entries: [entry] })), 'entry')
    expect(xmlEntry.attributes['xml:lang']).toBe('ru')
    expect(child(xmlEntry, 'summary').attributes).toEqual({ type: 'text', 'xml:lang': 'en' })
  })

  it('writes the publication date as a timestamp', () => {
    const feed = parseXml(buildAtomFeed({ ...args, entries: [publicationAtomEntry(makeRecord(7), 'en')] }))
    expect(textOf(child(child(feed, 'entry'), 'published'))).toBe('2024-03-05T00:00:00Z')
  })
})

describe('atomFeedUpdated', () => {
  const now = new Date('2025-06-01T12:00:00.500Z')

  it('is the newest entry update, whatever the order of the entries', () => {
    const updates = ['2024-01-05T10:00:00.000Z', '2024-03-01T09:30:00Z', '2024-02-10T23:59:59.999+00:00']
    expect(atomFeedUpdated(updates.map((updated) => ({ updated })), now)).toBe('2024-03-01T09:30:00Z')
  })

  it('compares instants, not text, across time zones', () => {
    // 01:00 at UTC+03:00 is 22:00 UTC on the day before.
    expect(atomFeedUpdated([{ updated: '2024-03-02T01:00:00+03:00' }, { updated: '2024-03-01T23:00:00Z' }], now)).toBe('2024-03-01T23:00:00Z')
  })

  it('is now when there are no entries (not 1970)', () => {
    expect(atomFeedUpdated([], now)).toBe('2025-06-01T12:00:00Z')
  })

  it('gives the feed the updated time of its newest entry', () => {
    const feed = parseXml(buildAtomFeed({ ...args, updated: atomFeedUpdated(args.entries, now) }))
    expect(textOf(child(feed, 'updated'))).toBe('2024-05-02T08:15:30Z')
  })

  it('rejects an invalid entry date', () => {
    expect(() => atomFeedUpdated([{ updated: 'yesterday' }], now)).toThrow(/Invalid date/)
  })
})
