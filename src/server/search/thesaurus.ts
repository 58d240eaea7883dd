/**
 * Bilingual thesaurus: expands a Russian query with English terms and vice versa.
 *
 * Each entry is analysed on both sides into stem sequences (with the offsets analyze()
 * gives, stopwords keeping their place). The index is keyed by the first stem of each
 * side. A query matches an entry only when the entry's whole stem sequence appears
 * contiguously in the query's term list, or when it is exactly a quoted phrase.
 *
 * The result is a flat list of weighted terms organised in concepts (`group`): each
 * concept has alternatives (`alternative`: 0 is what the visitor typed, 1… are
 * translations). A document satisfies a concept when it contains every stem of at least
 * one alternative (and, for quoted phrases, has them adjacent); it is scored once per
 * concept, with its best alternative — so a bilingual document is not counted twice.
 */
import { analyze } from './analyze'
import type { TPlace } from './gazetteer'
import type { TParsedQuery } from './parse-query'

export type TThesaurusEntry = { en: string; ru: string }

export type TExpandedTerm = {
  term: string
  /** 1.0 for the query's own terms, 0.5 for translated terms. */
  weight: number
  origin: 'query' | 'thesaurus'
  /** One query concept; a document must satisfy every group (AND across groups). */
  group: number
  /**
   * Alternative within the group (0 = the query's own words). A document satisfies the
   * group if it contains all terms of one alternative. When absent (hand-built lists),
   * each term counts as an alternative on its own.
   */
  alternative?: number
  /** True when the alternative must occur as a phrase (quoted in the query). */
  phrase?: boolean
  /** Position of this term relative to the alternative's first term (phrase check). */
  offset?: number
}

type TSequence = { terms: string[]; offsets: number[]; key: string; weight?: number }
type TRule = { source: string[]; key: string; targets: TSequence[] }

export type TThesaurusIndex = {
  /** Rules by the first stem of their source, longest source first. */
  rules: ReadonlyMap<string, readonly TRule[]>
  size: number
}

export const THESAURUS_WEIGHT = 0.5
export const QUERY_WEIGHT = 1

function sequence(text: unknown): TSequence | undefined {
  if (typeof text !== 'string') return undefined
  const terms = analyze(text)
  if (terms.length === 0) return undefined
  const first = terms[0].position
  const seq = { terms: terms.map((t) => t.term), offsets: terms.map((t) => t.position - first) }
  return { ...seq, key: seq.terms.join(' ') }
}

/** The pseudo-term of items tagged with a country (ISO code); never produced by analysis (it has a colon). */
export function countryTerm(code: string): string {
  return `~country:${code.toUpperCase()}`
}
export const COUNTRY_TERM_PREFIX = '~country:'
/** An item tagged with the place counts as much as the reader's own word. */
const PLACE_TAG_WEIGHT = 1
const PLACE_NAME_WEIGHT = 0.8

export function buildThesaurusIndex(entries: TThesaurusEntry[], places: readonly TPlace[] = []): TThesaurusIndex {
  const byKey = new Map<string, { source: string[]; key: string; targets: Map<string, TSequence> }>()
  const add = (source: TSequence, target: TSequence) => {
    if (source.key === target.key) return
    let rule = byKey.get(source.key)
    if (!rule) {
      rule = { source: source.terms, key: source.key, targets: new Map() }
      byKey.set(source.key, rule)
    }
    if (!rule.targets.has(target.key)) rule.targets.set(target.key, target)
  }
  // Entries are translation pairs; terms linked through them, in either language, are one
  // set of synonyms: ВПЛ ↔ IDP ↔ внутренне перемещённое лицо, so each finds all the others
  // (the abbreviation its full form in the same language too).
  const sequences = new Map<string, TSequence>()
  const parent = new Map<string, string>()
  const root = (key: string): string => {
    const up = parent.get(key) ?? key
    if (up === key) return key
    const top = root(up)
    parent.set(key, top)
    return top
  }
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (!entry || typeof entry !== 'object') continue
    const en = sequence(entry.en)
    const ru = sequence(entry.ru)
    if (!en || !ru) continue
    sequences.set(en.key, en)
    sequences.set(ru.key, ru)
    parent.set(root(en.key), root(ru.key))
  }
  const synonymSets = new Map<string, TSequence[]>()
  for (const [key, seq] of sequences) synonymSets.set(root(key), [...(synonymSets.get(root(key)) ?? []), seq])
  for (const set of synonymSets.values()) for (const a of set) for (const b of set) add(a, b)
  // A place named in any form finds its other names in both languages, and the items
  // tagged with it (a pseudo-term the search answers from the country facet).
  for (const place of places) {
    const names = place.names.map(sequence).filter((s): s is TSequence => s !== undefined)
    const tags = place.codes.map((code) => ({ terms: [countryTerm(code)], offsets: [0], key: countryTerm(code), weight: PLACE_TAG_WEIGHT }))
    for (const name of names) {
      for (const other of names) add(name, { ...other, weight: PLACE_NAME_WEIGHT })
      for (const tag of tags) add(name, tag)
    }
  }
  const rules = new Map<string, TRule[]>()
  for (const rule of byKey.values()) {
    const targets = [...rule.targets.values()].sort((a, b) => compareStrings(a.key, b.key))
    const list = rules.get(rule.source[0]) ?? []
    list.push({ source: rule.source, key: rule.key, targets })
    rules.set(rule.source[0], list)
  }
  for (const list of rules.values()) {
    list.sort((a, b) => b.source.length - a.source.length || compareStrings(a.key, b.key))
  }
  return { rules, size: byKey.size }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The longest rule whose source starts at terms[start]. */
function longestRule(index: TThesaurusIndex, terms: readonly string[], start: number): TRule | undefined {
  const candidates = index.rules.get(terms[start])
  if (!candidates) return undefined
  return candidates.find(
    (rule) => start + rule.source.length <= terms.length && rule.source.every((stem, i) => terms[start + i] === stem),
  )
}

function exactRule(index: TThesaurusIndex, terms: readonly string[]): TRule | undefined {
  const key = terms.join(' ')
  return index.rules.get(terms[0])?.find((rule) => rule.key === key)
}

const isCyrillic = (terms: readonly string[]) => terms.some((t) => /[а-я]/.test(t))

/**
 * A quoted phrase means these words: it is looked for in the other language too, but not
 * widened to looser synonyms of its own ("trafficking in human beings" is not "trafficking").
 */
function translationsOnly(rule: TRule | undefined): TRule | undefined {
  if (!rule) return undefined
  const sourceCyrillic = isCyrillic(rule.source)
  return { ...rule, targets: rule.targets.filter((t) => t.terms[0].startsWith('~') || isCyrillic(t.terms) !== sourceCyrillic) }
}

function consecutive(length: number): number[] {
  return Array.from({ length }, (_, i) => i)
}

/**
 * Query terms and phrases as weighted concepts with their translations. Ordering is
 * deterministic: by group (terms in query order, then phrases), alternative, offset.
 */
export function expandQuery(query: TParsedQuery, index: TThesaurusIndex): TExpandedTerm[] {
  const out: TExpandedTerm[] = []
  let group = 0
  const emit = (terms: readonly string[], offsets: readonly number[], phrase: boolean, rule: TRule | undefined) => {
    terms.forEach((term, i) =>
      out.push({ term, weight: QUERY_WEIGHT, origin: 'query', group, alternative: 0, phrase, offset: offsets[i] ?? i }),
    )
    rule?.targets.forEach((target, t) =>
      target.terms.forEach((term, i) =>
        out.push({
          term,
          weight: target.weight ?? THESAURUS_WEIGHT,
          origin: 'thesaurus',
          group,
          alternative: t + 1,
          phrase,
          offset: target.offsets[i],
        }),
      ),
    )
    group += 1
  }

  const terms = Array.isArray(query?.terms) ? query.terms : []
  for (let i = 0; i < terms.length; ) {
    const rule = longestRule(index, terms, i)
    const length = rule ? rule.source.length : 1
    emit(terms.slice(i, i + length), consecutive(length), false, rule)
    i += length
  }

  const phrases = Array.isArray(query?.phrases) ? query.phrases : []
  phrases.forEach((phrase, p) => {
    if (!Array.isArray(phrase) || phrase.length === 0) return
    const offsets = query.phraseOffsets?.[p]
    const valid = Array.isArray(offsets) && offsets.length === phrase.length
    emit(phrase, valid ? offsets : consecutive(phrase.length), phrase.length > 1, translationsOnly(exactRule(index, phrase)))
  })
  return out
}
