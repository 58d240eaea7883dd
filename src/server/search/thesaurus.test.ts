import { describe, expect, it } from 'vitest'
import { parseQuery } from './parse-query'
import { buildThesaurusIndex, expandQuery, type TExpandedTerm, type TThesaurusEntry } from './thesaurus'
import { thesaurus as seedThesaurus } from '@/seed/data/thesaurus'

const ENTRIES: TThesaurusEntry[] = [
  { en: 'return', ru: 'возвращение' },
  { en: 'reintegration', ru: 'реинтеграция' },
  { en: 'trafficking in human beings', ru: 'торговля людьми' },
  { en: 'human trafficking', ru: 'торговля людьми' },
  { en: 'refugee', ru: 'беженец' },
  { en: 'refugees', ru: 'беженцы' },
]
const index = buildThesaurusIndex(ENTRIES)

const brief = (expanded: TExpandedTerm[]) =>
  expanded.map((t) => `${t.group}/${t.alternative}:${t.term}@${t.offset}*${t.weight}${t.origin === 'thesaurus' ? 'T' : ''}${t.phrase ? 'P' : ''}`)

describe('buildThesaurusIndex', () => {
  it('indexes both directions by first stem, merging entries with the same side', () => {
    // en: return, reintegr, traffick…, human…, refuge; ru: возвращен, реинтеграц, торговл людьм, беженец, беженц
    expect(index.size).toBe(10)
    expect(index.rules.get('торговл')?.[0].targets.map((t) => t.terms)).toEqual([
      ['human', 'traffick'],
      ['traffick', 'human', 'be'],
    ])
    expect(index.rules.get('refuge')?.[0].targets.map((t) => t.terms)).toEqual([['беженец'], ['беженц']])
  })

  it('skips entries without content on either side', () => {
    const weird = buildThesaurusIndex([
      { en: '', ru: 'миграция' },
      { en: 'the', ru: 'и' },
      { en: 'x', ru: 'x' },
      null as unknown as TThesaurusEntry,
      { en: 42 as unknown as string, ru: 'a' },
    ])
    expect(weird.size).toBe(0)
  })

  it('analyses the default thesaurus without losing entries', () => {
    const full = buildThesaurusIndex(seedThesaurus)
    expect(full.size).toBeGreaterThan(60)
  })
})

describe('expandQuery', () => {
  it('Russian → English, any inflected form', () => {
    const expanded = expandQuery(parseQuery('возвращения'), index)
    expect(brief(expanded)).toEqual(['0/0:возвращен@0*1', '0/1:return@0*0.5T'])
  })

  it('English → Russian', () => {
    expect(brief(expandQuery(parseQuery('Reintegration'), index))).toEqual(['0/0:reintegr@0*1', '0/1:реинтеграц@0*0.5T'])
    expect(brief(expandQuery(parseQuery('refugees'), index))).toEqual([
      '0/0:refuge@0*1',
      '0/1:беженец@0*0.5T',
      '0/2:беженц@0*0.5T',
    ])
  })

  it('multiword Russian → English: one concept, every stem of each translation', () => {
    const expanded = expandQuery(parseQuery('торговля людьми'), index)
    expect(brief(expanded)).toEqual([
      '0/0:торговл@0*1',
      '0/0:людьм@1*1',
      '0/1:human@0*0.5T',
      '0/1:traffick@1*0.5T',
      '0/2:traffick@0*0.5T',
      '0/2:human@2*0.5T',
      '0/2:be@3*0.5T',
    ])
  })

  it('multiword English → Russian, also inside a longer query and in other word forms', () => {
    const expanded = expandQuery(parseQuery('combating trafficking in human beings Moldova'), index)
    expect(brief(expanded)).toEqual([
      '0/0:combat@0*1',
      '1/0:traffick@0*1',
      '1/0:human@1*1',
      '1/0:be@2*1',
      '1/1:торговл@0*0.5T',
      '1/1:людьм@1*0.5T',
      '2/0:moldova@0*1',
    ])
    expect(brief(expandQuery(parseQuery('торговли людьми'), index))).toContain('0/2:be@3*0.5T')
  })

  it('multiword entries need the whole sequence, contiguously', () => {
    const partial = expandQuery(parseQuery('торговля'), index)
    expect(partial.every((t) => t.origin === 'query')).toBe(true)
    const split = expandQuery(parseQuery('людьми торговля'), index)
    expect(split.every((t) => t.origin === 'query')).toBe(true)
    expect(new Set(split.map((t) => t.group))).toEqual(new Set([0, 1]))
  })

  it('a quoted phrase is expanded when it is exactly an entry, and the translation is a phrase too', () => {
    const expanded = expandQuery(parseQuery('"trafficking in human beings"'), index)
    expect(brief(expanded)).toEqual([
      '0/0:traffick@0*1P',
      '0/0:human@2*1P',
      '0/0:be@3*1P',
      '0/1:торговл@0*0.5TP',
      '0/1:людьм@1*0.5TP',
    ])
    const longer = expandQuery(parseQuery('"борьба с торговлей людьми"'), index)
    expect(longer.every((t) => t.origin === 'query' && t.phrase)).toBe(true)
  })

  it('terms come first, then phrases, each its own group', () => {
    const expanded = expandQuery(parseQuery('"labour migration" return'), index)
    expect(brief(expanded)).toEqual(['0/0:return@0*1', '0/1:возвращен@0*0.5T', '1/0:labour@0*1P', '1/0:migrat@1*1P'])
  })

  it('is deterministic regardless of the order of the entries', () => {
    const reversed = buildThesaurusIndex([...ENTRIES].reverse())
    for (const q of ['торговля людьми', 'refugees', 'trafficking in human beings return']) {
      expect(expandQuery(parseQuery(q), reversed)).toEqual(expandQuery(parseQuery(q), index))
    }
  })

  it('an empty query or an empty thesaurus expands calmly', () => {
    expect(expandQuery(parseQuery(''), index)).toEqual([])
    expect(expandQuery(parseQuery('"; DROP TABLE x; --'), index).map((t) => t.term)).toEqual(['drop', 'tabl', 'x'])
    expect(brief(expandQuery(parseQuery('возвращение'), buildThesaurusIndex([])))).toEqual(['0/0:возвращен@0*1'])
  })
})
