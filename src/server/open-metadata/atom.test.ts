import { describe, expect, it } from 'vitest'

import { buildAtomFeed, type TAtomFeedArgs } from './atom'
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
    expect(textOf(child(first, 'id'))).toBe('oai:pragueprocess.eu:publication/2')
    expect(textOf(child(first, 'title'))).toBe('Трудовая миграция: "обзор" & <итоги>')
    expect(child(first, 'link').attributes).toEqual({ rel: 'alternate', type: 'text/html', href: 'https://pragueprocess.eu/ru/publications/labour?x=1&y=2' })
    expect(textOf(child(first, 'published'))).toBe('2024-05-01T00:00:00Z')
    expect(textOf(child(first, 'updated'))).toBe('2024-05-02T08:15:30Z')
    expect(children(first, 'author').map((a) => textOf(child(a, 'name')))).toEqual(['Иван Петров', 'Jane Smith'])
    expect(children(first, 'category').map((c) => c.attributes.term)).toEqual(['Аналитическая записка', 'Убежище'])
    expect(textOf(child(first, 'summary'))).toBe('Краткое содержание с {скобками}')
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
