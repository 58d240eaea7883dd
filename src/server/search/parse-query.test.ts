import { describe, expect, it } from 'vitest'
import { MAX_PHRASES, MAX_TERMS, parseQuery, type TParsedQuery } from './parse-query'

function expectEmpty(query: TParsedQuery) {
  expect(query.empty).toBe(true)
  expect(query.terms).toEqual([])
  expect(query.phrases).toEqual([])
}

describe('parseQuery: words', () => {
  it('stems words, drops stopwords and detects the language', () => {
    const q = parseQuery('Возвращение мигрантов и беженцев')
    expect(q.terms).toEqual(['возвращен', 'мигрант', 'беженц'])
    expect(q.language).toBe('ru')
    expect(q.empty).toBe(false)
    expect(q.normalized).toBe('возвращение мигрантов беженцев')

    const en = parseQuery('Returning Migrants')
    expect(en.terms).toEqual(['return', 'migrant'])
    expect(en.language).toBe('en')
  })

  it('deduplicates inflected forms of the same word', () => {
    const q = parseQuery('мигрант мигрантов мигрантам Migrants migrant')
    expect(q.terms).toEqual(['мигрант', 'migrant'])
    expect(q.normalized).toBe('мигрант migrants')
  })

  it('caps the number of terms', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')
    expect(parseQuery(words).terms).toHaveLength(MAX_TERMS)
  })

  it('keeps hyphenated words as terms', () => {
    expect(parseQuery('counter-trafficking').terms).toEqual(['counter', 'traffick'])
  })

  it('gives each term the position of its first occurrence among all words typed', () => {
    expect(parseQuery('migrants in Central Asia').termPositions).toEqual([0, 2, 3])
    // quoted words and exclusions take their places too; a repeated word keeps its first
    const q = parseQuery('labour "human rights" -asylum migrants labour')
    expect(q.terms).toEqual(['labor', 'migrant'])
    expect(q.termPositions).toEqual([0, 4])
    expect(parseQuery('"Migrants" from Asia').termPositions).toEqual([0, 2])
    expect(parseQuery('').termPositions).toEqual([])
  })
})

describe('parseQuery: phrases', () => {
  it('parses quoted phrases with offsets that keep stopword gaps', () => {
    const q = parseQuery('"trafficking in human beings" Moldova')
    expect(q.phrases).toEqual([['traffick', 'human', 'be']])
    expect(q.phraseOffsets).toEqual([[0, 2, 3]])
    expect(q.terms).toEqual(['moldova'])
    expect(q.normalized).toBe('"trafficking in human beings" moldova')
  })

  it('understands typographic and Russian quotes (British spelling stemmed as American)', () => {
    expect(parseQuery('«торговля людьми»').phrases).toEqual([['торговл', 'человек']])
    expect(parseQuery('“labour migration”').phrases).toEqual([['labor', 'migrat']])
    expect(parseQuery('“labour migration”').phrases).toEqual(parseQuery('"labor migration"').phrases)
  })

  it('turns a one-word phrase into a term and drops stopword-only phrases', () => {
    const q = parseQuery('"Migrants" "the" "of and"')
    expect(q.terms).toEqual(['migrant'])
    expect(q.phrases).toEqual([])
  })

  it('deduplicates and caps phrases', () => {
    const q = parseQuery('"a b1 c1" "b1 c1" "b1 c1" "d e" "f g" "h i" "j k"')
    expect(q.phrases).toHaveLength(MAX_PHRASES)
    expect(q.phrases[0]).toEqual(['b1', 'c1'])
    expect(q.phraseOffsets[0]).toEqual([0, 1])
  })

  it('ignores an unbalanced quote and reads the rest as words', () => {
    const q = parseQuery('"labour migration')
    expect(q.phrases).toEqual([])
    expect(q.terms).toEqual(['labor', 'migrat'])

    const r = parseQuery('"return policy" "reintegration')
    expect(r.phrases).toEqual([['return', 'polici']])
    expect(r.terms).toEqual(['reintegr'])
  })
})

describe('parseQuery: exclusions', () => {
  it('excludes -words by stem and removes them from the terms', () => {
    const q = parseQuery('migration -Asylum -беженцев')
    expect(q.terms).toEqual(['migrat'])
    expect(q.excluded).toEqual(['asylum', 'беженц'])
    expect(q.normalized).toBe('migration -asylum -беженцев')
  })

  it('excludes -"phrases" and hyphenated -words as phrases', () => {
    const q = parseQuery('migration -"human rights" -counter-trafficking -"Visa"')
    expect(q.terms).toEqual(['migrat'])
    expect(q.excludedPhrases).toEqual([
      ['human', 'right'],
      ['counter', 'traffick'],
    ])
    expect(q.excludedPhraseOffsets).toEqual([
      [0, 1],
      [0, 1],
    ])
    expect(q.excluded).toEqual(['visa'])
    expect(q.normalized).toBe('migration -"human rights" -"counter trafficking" -visa')
  })

  it('does not treat an inner hyphen or a detached dash as exclusion', () => {
    expect(parseQuery('re-integration').excluded).toEqual([])
    const q = parseQuery('migration - "human rights"')
    expect(q.excludedPhrases).toEqual([])
    expect(q.phrases).toEqual([['human', 'right']])
  })

  it('a word both wanted and excluded is excluded', () => {
    const q = parseQuery('migrants -migrant')
    expect(q.terms).toEqual([])
    expect(q.excluded).toEqual(['migrant'])
    expect(q.empty).toBe(true)
  })

  it('exclusions alone give an empty query', () => {
    const q = parseQuery('-asylum')
    expect(q.empty).toBe(true)
    expect(q.excluded).toEqual(['asylum'])
  })
})

describe('parseQuery: absurd input gets a calm answer', () => {
  it('non-strings and empty strings', () => {
    for (const input of [undefined, null, 42, {}, [], ['migration'], Symbol('x'), () => 'x', '', '   ']) {
      expectEmpty(parseQuery(input))
      expect(parseQuery(input).normalized).toBe('')
    }
  })

  it('punctuation, quotes and dashes only', () => {
    for (const input of ['!!!', '""""', '"', '-', '--', '- -', '-""', '«»', '()[]{}*:^~', '\u200B\u00AD']) {
      const q = parseQuery(input)
      expectEmpty(q)
      expect(q.excluded).toEqual([])
      expect(q.normalized).toBe('')
    }
  })

  it('SQL injection is just words', () => {
    const q = parseQuery('"; DROP TABLE x; --')
    expect(q.terms).toEqual(['drop', 'tabl', 'x'])
    expect(q.phrases).toEqual([])
    expect(q.excluded).toEqual([])
    expect(q.normalized).toBe('drop table x')
  })

  it('FTS syntax: operators, column filters and wildcards are ignored', () => {
    const q = parseQuery('title:foo AND NOT (bar*)')
    expect(q.terms).toEqual(['foo', 'bar'])
    expect(q.excluded).toEqual([])
    expect(parseQuery('NEAR(a b)').terms).toEqual(['b'])
    expect(parseQuery('migration OR asylum').terms).toEqual(['migrat', 'asylum'])
    // Lower-case "or"/"not" are ordinary (stop)words.
    expect(parseQuery('near border').terms).toEqual(['near', 'border'])
    expect(parseQuery("' OR 1=1 --").terms).toEqual(['1'])
  })

  it('a 5,000-character string is truncated, not rejected', () => {
    const q = parseQuery('migration '.repeat(500))
    expect(q.terms).toEqual(['migrat']) // the word cut at 512 characters is dropped
    expect(parseQuery(`${'x '.repeat(255)}refugees`).terms).toEqual(['x']) // "refugees" would be cut
    const noise = parseQuery('x'.repeat(5000))
    expectEmpty(noise) // one token longer than 40 characters
    const words = parseQuery(Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' '))
    expect(words.terms).toHaveLength(MAX_TERMS)
    const quoted = parseQuery(`"${'a '.repeat(2500)}"`)
    expectEmpty(quoted)
  })

  it('emoji and Chinese text', () => {
    expectEmpty(parseQuery('😀🎉👍'))
    const q = parseQuery('移民政策 😀')
    expect(q.terms).toEqual(['移民政策'])
    expect(q.language).toBeUndefined()
    // truncation never leaves half a surrogate pair
    expect(() => parseQuery('😀'.repeat(3000))).not.toThrow()
  })
})
