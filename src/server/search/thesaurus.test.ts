import { describe, expect, it } from 'vitest'
import { parseQuery } from './parse-query'
import type { TPlace } from './gazetteer'
import { buildThesaurusIndex, countryTerm, expandQuery, headOf, type TExpandedTerm, type TThesaurusEntry } from './thesaurus'
import { analyze } from './analyze'
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
  expanded.map((t) => `${t.group}/${t.alternative}:${t.term}@${t.offset}*${t.weight}${t.origin === 'thesaurus' ? 'T' : ''}${t.phrase ? 'P' : ''}${t.partial ? 'H' : ''}`)

describe('buildThesaurusIndex', () => {
  it('indexes both directions by first stem, merging entries with the same side', () => {
    // en: return, reintegr, traffick…, human…, refug; ru: возвращен, реинтеграц, торговл человек, беженц.
    // refugee/refugees (→ refug) and беженец/беженцы (→ беженц) now stem alike: one rule each way.
    expect(index.size).toBe(9)
    expect(index.rules.get('торговл')?.[0].targets.map((t) => t.terms)).toEqual([
      ['human', 'traffick'],
      ['traffick', 'human', 'be'],
    ])
    expect(index.rules.get('refug')?.map((rule) => rule.targets.map((t) => t.terms))).toEqual([[['беженц']]])
    expect(index.rules.get('беженц')?.map((rule) => rule.targets.map((t) => t.terms))).toEqual([[['refug']]])
    expect(index.rules.has('refuge')).toBe(false)
    expect(index.rules.has('беженец')).toBe(false)
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
    expect(brief(expandQuery(parseQuery('refugees'), index))).toEqual(['0/0:refug@0*1', '0/1:беженц@0*0.5T'])
    expect(brief(expandQuery(parseQuery('refugee'), index))).toEqual(['0/0:refug@0*1', '0/1:беженц@0*0.5T'])
  })

  it('multiword Russian → English: one concept, every stem of each translation', () => {
    const expanded = expandQuery(parseQuery('торговля людьми'), index)
    expect(brief(expanded)).toEqual([
      '0/0:торговл@0*1',
      '0/0:человек@1*1',
      '0/1:human@0*0.5T',
      '0/1:traffick@1*0.5T',
      '0/2:traffick@0*0.5T',
      '0/2:human@2*0.5T',
      '0/2:be@3*0.5T',
      // the head words alone, as partial matches: торговля (the query's own) and trafficking
      '0/3:торговл@0*0.5H',
      '0/4:traffick@0*0.25TH',
    ])
  })

  it('multiword English → Russian and to its English synonyms, also inside a longer query and in other word forms', () => {
    const expanded = expandQuery(parseQuery('combating trafficking in human beings Moldova'), index)
    // "human trafficking" is linked to it through торговля людьми: one set of synonyms.
    expect(brief(expanded)).toEqual([
      '0/0:combat@0*1',
      '1/0:traffick@0*1',
      '1/0:human@1*1',
      '1/0:be@2*1',
      '1/1:human@0*0.5T',
      '1/1:traffick@1*0.5T',
      '1/2:торговл@0*0.5T',
      '1/2:человек@1*0.5T',
      '1/3:traffick@0*0.5H',
      '1/4:торговл@0*0.25TH',
      '2/0:moldova@0*1',
    ])
    expect(brief(expandQuery(parseQuery('торговли людьми'), index))).toContain('0/2:be@3*0.5T')
  })

  it('an abbreviation finds its full form in the same language through a shared translation', () => {
    const abbreviations = buildThesaurusIndex([
      { en: 'IDP', ru: 'ВПЛ' },
      { en: 'internally displaced person', ru: 'ВПЛ' },
      { en: 'IDP', ru: 'внутренне перемещённое лицо' },
    ])
    const terms = expandQuery(parseQuery('ВПЛ'), abbreviations).map((t) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['впл', 'idp', 'intern', 'displac', 'person', 'внутрен', 'перемещен', 'лиц']))
    // A quoted phrase is translated, not widened to looser synonyms of its own language.
    const quoted = expandQuery(parseQuery('"human trafficking"'), index).map((t) => t.term)
    expect(quoted).toContain('торговл')
    expect(quoted).not.toContain('be')
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
      '0/1:человек@1*0.5TP',
    ])
    const longer = expandQuery(parseQuery('"борьба с торговлей людьми"'), index)
    expect(longer.every((t) => t.origin === 'query' && t.phrase)).toBe(true)
  })

  it('terms come first, then phrases, each its own group', () => {
    const expanded = expandQuery(parseQuery('"labour migration" return'), index)
    expect(brief(expanded)).toEqual(['0/0:return@0*1', '0/1:возвращен@0*0.5T', '1/0:labor@0*1P', '1/0:migrat@1*1P'])
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

describe('head words of multi-word entries', () => {
  const head = (text: string) => {
    const index = headOf(text)
    return index === undefined ? undefined : analyze(text)[index].term
  }

  it('English: the last word before a preposition, stopword or comma', () => {
    expect(head('human trafficking')).toBe('traffick')
    expect(head('trafficking in human beings')).toBe('traffick')
    expect(head('labour market integration')).toBe('integr')
    expect(head('victim of trafficking')).toBe('victim')
    expect(head('public attitudes towards migrants')).toBe('attitud')
    // words joined by and/or belong to one phrase
    expect(head('social and cultural adaptation')).toBe('adapt')
  })

  it('Russian: the first word that is no adjective, participle or adverb', () => {
    expect(head('торговля людьми')).toBe('торговл')
    expect(head('трудовая миграция')).toBe('миграц')
    expect(head('незаконное пересечение границы')).toBe('пересечен')
    expect(head('законно проживающий мигрант')).toBe('мигрант')
    expect(head('культурное многообразие')).toBe('многообраз')
  })

  it('a light head (people, help) passes to its modifier or its complement', () => {
    expect(head('displaced persons')).toBe('displac')
    expect(head('internally displaced person')).toBe('displac')
    expect(head('reintegration assistance')).toBe('reintegr')
    expect(head('перемещённые лица')).toBe('перемещен')
    expect(head('внутренне перемещённое лицо')).toBe('перемещен')
    expect(head('помощь в реинтеграции')).toBe('реинтеграц')
    expect(head('содействие добровольному возвращению')).toBe('возвращен')
    // a negated complement, or one in another clause, is no head
    expect(head('лицо без гражданства')).toBeUndefined()
    expect(head('лицо, ищущее убежища')).toBeUndefined()
  })

  it('names, acronyms and single words have none', () => {
    expect(head('Prague Process')).toBeUndefined()
    expect(head('Пражский процесс')).toBeUndefined()
    expect(head('EU Blue Card')).toBeUndefined()
    expect(head('голубая карта ЕС')).toBeUndefined()
    expect(head('migration')).toBeUndefined()
    expect(head('')).toBeUndefined()
  })

  it('a multi-word term also finds its head alone, as a partial alternative of less weight', () => {
    const terms = buildThesaurusIndex([{ en: 'displaced persons', ru: 'перемещённые лица' }])
    expect(brief(expandQuery(parseQuery('displaced persons from Ukraine'), terms))).toEqual([
      '0/0:displac@0*1',
      '0/0:person@1*1',
      '0/1:перемещен@0*0.5T',
      '0/1:лиц@1*0.5T',
      '0/2:displac@0*0.5H',
      '0/3:перемещен@0*0.25TH',
      '1/0:ukrain@0*1',
    ])
    // not for a quoted phrase, nor for a name
    expect(expandQuery(parseQuery('"displaced persons"'), terms).some((t) => t.partial)).toBe(false)
    const names = buildThesaurusIndex([{ en: 'Prague Process', ru: 'Пражский процесс' }])
    expect(expandQuery(parseQuery('Пражский процесс'), names).some((t) => t.partial)).toBe(false)
  })

  it('the seed thesaurus: every multi-word entry that is no name has a head or says why not', () => {
    const missing = seedThesaurus
      .flatMap((e) => [e.en, e.ru])
      .filter((text) => analyze(text).length > 1 && !/\p{Lu}/u.test(text) && headOf(text) === undefined)
    // Russian adjectives used as nouns, and лицо with a clause or a negated complement.
    expect(new Set(missing)).toEqual(
      new Set([
        'биометрические данные',
        'несопровождаемый несовершеннолетний',
        'лицо без гражданства',
        'лицо, осуществляющее незаконный ввоз мигрантов',
        'лицо, которому отказано в предоставлении убежища',
        'лицо, ищущее убежища',
        'лицо, ходатайствующее о международной защите',
      ]),
    )
  })
})

describe('places from the gazetteer', () => {
  const ukraine: TPlace = { codes: ['UA'], names: ['Ukraine', 'Украина', 'украинцы', 'Ukrainian'] }

  it('countryTerm gives the pseudo-term of a country code', () => {
    expect(countryTerm('UA')).toBe('~country:UA')
    expect(countryTerm('ua')).toBe('~country:UA')
  })

  it('a Russian place name expands to the country tag (weight 1) and its other names (weight 0.8)', () => {
    const withPlaces = buildThesaurusIndex(ENTRIES, [ukraine])
    const expanded = expandQuery(parseQuery('в Украине'), withPlaces)
    expect(brief(expanded)).toEqual([
      '0/0:украин@0*1',
      '0/1:ukrain@0*0.8T',
      '0/2:ukrainian@0*0.8T',
      '0/3:~country:UA@0*1T',
      '0/4:украинц@0*0.8T',
    ])
    expect(expanded.find((t) => t.term === '~country:UA')?.weight).toBe(1)
    expect(expanded.find((t) => t.term === 'ukrain')?.weight).toBe(0.8)
    // Without places the same query is not expanded at all.
    expect(brief(expandQuery(parseQuery('в Украине'), index))).toEqual(['0/0:украин@0*1'])
  })

  it('every name of the place finds the others and the tag, but the tag is never a source', () => {
    const withPlaces = buildThesaurusIndex([], [ukraine])
    // Four names, each a rule with the three other names and the tag as targets.
    expect(withPlaces.size).toBe(4)
    for (const name of ['ukrain', 'украин', 'украинц', 'ukrainian']) {
      const targets = withPlaces.rules.get(name)?.[0].targets.map((t) => t.key)
      expect(targets).toHaveLength(4)
      expect(targets).toContain('~country:UA')
      expect(targets).not.toContain(name)
    }
    expect(withPlaces.rules.has('~country:UA')).toBe(false)
  })
})
