import { describe, expect, it } from 'vitest'
import { analyze } from './analyze'
import { makeSnippet, snippetToPlain, type TSnippetSegment } from './snippet'

const stems = (text: string) => analyze(text).map((t) => t.term)
const marked = (segments: TSnippetSegment[]) => segments.filter((s) => s.match).map((s) => s.text)

const LOREM =
  'The Prague Process brings together states of the European Union, the Schengen area, Eastern Partnership, ' +
  'Western Balkans, Central Asia, Russia and Turkey. It promotes dialogue and cooperation on a wide range of issues. '

describe('makeSnippet', () => {
  it('returns a short text whole, with matches flagged by stem', () => {
    const segments = makeSnippet('Помощь беженцам и мигрантам', stems('беженцев'))
    expect(segments).toEqual([
      { text: 'Помощь ', match: false },
      { text: 'беженцам', match: true },
      { text: ' и мигрантам', match: false },
    ])
    expect(snippetToPlain(segments)).toBe('Помощь беженцам и мигрантам')
  })

  it('chooses the window with the most matches, cut at word boundaries with ellipses', () => {
    const text = `${LOREM.repeat(4)}Readmission agreements and the return of irregular migrants were discussed. ${LOREM.repeat(4)}`
    const segments = makeSnippet(text, stems('return migrants readmission'), 160)
    const plain = snippetToPlain(segments)
    expect(plain.length).toBeLessThanOrEqual(160)
    expect(plain.startsWith('…')).toBe(true)
    expect(plain.endsWith('…')).toBe(true)
    expect(marked(segments)).toEqual(['Readmission', 'return', 'migrants'])
    // Cut at word boundaries: the text between the ellipses is a run of whole words.
    const inner = plain.slice(1, -1)
    expect(text.includes(inner)).toBe(true)
    expect(text[text.indexOf(inner) - 1]).toBe(' ')
    expect([' ', undefined]).toContain(text[text.indexOf(inner) + inner.length])
  })

  it('prefers the window with more distinct matched terms', () => {
    const text = `${'migrants '.repeat(3)}${LOREM.repeat(3)}asylum for migrants ${LOREM.repeat(3)}`
    const segments = makeSnippet(text, stems('asylum migrants'), 100)
    expect(marked(segments)).toContain('asylum')
  })

  it('starts at the beginning when nothing matches', () => {
    const text = LOREM.repeat(5)
    const segments = makeSnippet(text, stems('reintegration'), 120)
    const plain = snippetToPlain(segments)
    expect(segments.every((s) => !s.match)).toBe(true)
    expect(plain.startsWith('The Prague Process')).toBe(true)
    expect(plain.endsWith('…')).toBe(true)
    expect(plain.length).toBeLessThanOrEqual(120)
  })

  it('never turns markup into structure: text stays text', () => {
    const text = '<script>alert(1)</script> migration <b>policy</b>'
    const segments = makeSnippet(text, stems('migration'))
    expect(snippetToPlain(segments)).toBe(text)
    expect(marked(segments)).toEqual(['migration'])
  })

  it('does not flag stopwords even if a term has the same stem', () => {
    // "beings" stems to "be", which is also the stopword "be".
    const segments = makeSnippet('Human beings must be protected', stems('human beings'))
    expect(marked(segments)).toEqual(['Human', 'beings'])
  })

  it('collapses whitespace and copes with empty or odd input', () => {
    expect(snippetToPlain(makeSnippet('  many\n\n spaces\there ', []))).toBe('many spaces here')
    expect(makeSnippet('', ['x'])).toEqual([])
    expect(makeSnippet(undefined as unknown as string, ['x'])).toEqual([])
    expect(snippetToPlain(makeSnippet('x'.repeat(1000), ['x'], 50)).length).toBeLessThanOrEqual(50)
    expect(() => makeSnippet('😀'.repeat(500), ['x'], 31)).not.toThrow()
    expect(snippetToPlain(makeSnippet('😀'.repeat(500), [], 31))).not.toMatch(/[\uD800-\uDBFF]…$/)
    expect(snippetToPlain([])).toBe('')
  })
})

describe('snippets of long texts (whole PDFs)', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 97}`).join(' ')

  it('finds a match deep inside a long text and highlights it', () => {
    const text = `${filler(60_000)} The readmission agreements were signed. ${filler(60_000)}`
    const segments = makeSnippet(text, ['readmiss', 'agreement'])
    expect(segments[0].text.startsWith('…')).toBe(true)
    expect(segments[segments.length - 1].text.endsWith('…')).toBe(true)
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['readmission', 'agreements'])
    expect(snippetToPlain(segments).length).toBeLessThanOrEqual(242)
  })

  it('prefers the place where most query stems meet, in Russian too', () => {
    const text = `${filler(5_000)} беженцы ${filler(5_000)} беженцев и мигрантов ${filler(5_000)}`
    const marked = makeSnippet(text, ['беженц', 'мигрант']).filter((s) => s.match).map((s) => s.text)
    expect(marked).toEqual(['беженцев', 'мигрантов'])
  })

  it('finds stems that are not a prefix of the word (polici → policy)', () => {
    const text = `${filler(10_000)} a migration policy review ${filler(10_000)}`
    expect(makeSnippet(text, ['polici']).filter((s) => s.match).map((s) => s.text)).toEqual(['policy'])
  })

  it('starts at the beginning when nothing matches', () => {
    const segments = makeSnippet(filler(20_000), ['absent'])
    expect(snippetToPlain(segments).startsWith('word0 word1')).toBe(true)
    expect(segments[segments.length - 1].text.endsWith('…')).toBe(true)
  })
})
