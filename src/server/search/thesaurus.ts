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
 *
 * Head words. A multi-word entry that is not a name also lets a document that has only its
 * head word satisfy the concept, as a partial match (`partial`: less weight, and less of
 * the concept counted as covered, see rank.ts), so it ranks below the whole term: "displaced
 * persons" finds an item about the displaced, «трудовая миграция» one on migration. The head
 * is the word that carries the term's meaning, chosen by a rule per language on the entry
 * as written (entries are in dictionary form, see src/seed/data/thesaurus.ts):
 * - English noun phrases end in their head, and a preposition starts their complement: the
 *   head is the last word before the first stopword or comma ("human trafficking",
 *   "trafficking in human beings" → trafficking; "labour market integration" → integration).
 * - Russian: adjectives, participles and the adverbs before them precede their noun and a
 *   complement follows it, so the head is the first word that is none of these (by its
 *   dictionary-form ending: -ый/-ий/-ой/-ая/-ое/-ые…, not the nouns in -ние/-тие/-ствие):
 *   «торговля людьми» → торговля, «трудовая миграция» → миграция.
 * - A light head (a word for people or for help in general: person, people, individual,
 *   assistance, support; лицо, человек/люди, помощь, поддержка, содействие) tells nothing
 *   alone: the nearest word before it that modifies it is the head instead ("displaced
 *   persons" → displaced, «перемещённые лица» → перемещённые, "reintegration assistance" →
 *   reintegration); with none, the head of its complement in the same clause («помощь в
 *   реинтеграции» → реинтеграция, «содействие добровольному возвращению» → возвращение),
 *   unless the complement is negated (without, без: «лицо без гражданства» has no head).
 * - Names have no head: an entry with a word written with a capital letter (a proper
 *   name or an acronym: "Prague Process", "EU Blue Card", «Пражский процесс») matches whole.
 * Quoted phrases never match by their head, and place names (gazetteer.ts) neither.
 */
import { analyze, isStopword, languageOf, stemToken, tokenSpans } from './analyze'
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
  /** True for the head word of a multi-word entry standing alone: a partial match. */
  partial?: boolean
}

/** `head`: index in `terms` of the entry's head word (see above); none for names and single words. */
type TSequence = { terms: string[]; offsets: number[]; key: string; weight?: number; head?: number }
type TRule = { source: string[]; key: string; head?: number; targets: TSequence[] }

export type TThesaurusIndex = {
  /** Rules by the first stem of their source, longest source first. */
  rules: ReadonlyMap<string, readonly TRule[]>
  size: number
}

export const THESAURUS_WEIGHT = 0.5
export const QUERY_WEIGHT = 1
/** A head word standing alone weighs this much of its entry's weight. */
export const HEAD_WEIGHT = 0.5

/** Stems of light heads: words for people or for help in general (see above). */
const LIGHT_HEADS: ReadonlySet<string> = new Set(
  ['person', 'people', 'individual', 'assistance', 'support', 'лицо', 'человек', 'люди', 'помощь', 'поддержка', 'содействие'].map(stemToken),
)
/** Prepositions that negate their complement: the complement is then no head. */
const NEGATING = new Set(['without', 'без', 'вне', 'кроме'])
const CAPITAL_RE = /^\p{Lu}/u
const CLAUSE_BREAK_RE = /[,;:()[\]]/
/**
 * Endings of Russian adjectives and participles in the dictionary form (not the nouns in
 * -ние/-тие/-вие), and in the other cases, for a complement (добровольному возвращению).
 */
const RU_ADJECTIVE_RE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ся)$/
const RU_OBLIQUE_ADJECTIVE_RE = /(ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю|ой|ей)$/
const RU_VERBAL_NOUN_RE = /([аяеи]ни|[твзсдлрмбп]и)е$/
/** Russian adverbs that modify an adjective: внутренне, законно, вполне (not nouns in -ие, -ье, -ще). */
const RU_ADVERB_RE = /(о|[^иьщц]е)$/
/** Prepositions that are no stopwords: they too end a run of words. */
const PREPOSITIONS = new Set(['towards', 'toward', 'within', 'without', 'across', 'among', 'amongst', 'via', 'per', 'upon', 'beyond', 'regarding', 'concerning', 'через', 'после', 'перед', 'среди', 'против', 'вокруг', 'около', 'вне', 'кроме', 'ради', 'согласно'])
/** Conjunctions that join words of one English noun phrase: social and cultural adaptation. */
const EN_CONJUNCTIONS = new Set(['and', 'or'])

/** A word of an entry: `term` is its index in the entry's terms (-1 for stopwords), `stop` true for stopwords and prepositions. */
type TWord = { token: string; stem: string; stop: boolean; term: number; clauseBefore: boolean }

/**
 * The index (in the entry's terms) of the head word of a multi-word entry, by the rule
 * documented at the top of this file; undefined for names, single words and entries whose
 * head the rule cannot tell.
 */
export function headOf(text: string): number | undefined {
  const spans = tokenSpans(text)
  if (spans.some((span) => CAPITAL_RE.test(text.slice(span.start, span.end)))) return undefined
  const words: TWord[] = []
  let terms = 0
  spans.forEach((span, i) => {
    const stopword = isStopword(span.token)
    const stem = stopword ? '' : stemToken(span.token)
    const clauseBefore = i > 0 && CLAUSE_BREAK_RE.test(text.slice(spans[i - 1].end, span.start))
    const term = stopword || stem.length === 0 ? -1 : terms++
    words.push({ token: span.token, stem, stop: stopword || PREPOSITIONS.has(span.token), term, clauseBefore })
  })
  if (terms < 2) return undefined
  const content = (w: TWord | undefined) => w !== undefined && w.term >= 0 && !w.stop
  const light = (w: TWord) => LIGHT_HEADS.has(w.stem)
  // The first word of the complement after word i (one preposition allowed, not a negating
  // one), in the same clause; undefined if there is none.
  const complementStart = (i: number): number | undefined => {
    let j = i + 1
    if (words[j] && !words[j].clauseBefore && words[j].stop) {
      if (NEGATING.has(words[j].token)) return undefined
      j++
    }
    return content(words[j]) && !words[j].clauseBefore ? j : undefined
  }
  const russian = languageOf(text) === 'ru'
  const modifier = (i: number, oblique: boolean): boolean => {
    const w = words[i]
    if (!content(w)) return false
    if (RU_ADJECTIVE_RE.test(w.token) && !RU_VERBAL_NOUN_RE.test(w.token)) return true
    if (oblique && RU_OBLIQUE_ADJECTIVE_RE.test(w.token)) return true
    // an adverb before an adjective: внутренне перемещённое, законно проживающий
    return RU_ADVERB_RE.test(w.token) && i + 1 < words.length && !words[i + 1].clauseBefore && modifier(i + 1, oblique)
  }
  // The head of the run of words from `start`: English, the last word before a stopword or
  // clause break; Russian, the first word that is no modifier. Light heads pass it on.
  const headFrom = (start: number, depth: number): number | undefined => {
    if (!content(words[start]) || depth > 1) return undefined
    let end = start
    for (;;) {
      const next = words[end + 1]
      const joined = !russian && next !== undefined && EN_CONJUNCTIONS.has(next.token) && !next.clauseBefore ? words[end + 2] : next
      if (!content(joined) || joined!.clauseBefore) break
      end = words.indexOf(joined!)
    }
    let head: number | undefined
    if (russian) {
      for (let i = start; i <= end && head === undefined; i++) if (!modifier(i, depth > 0)) head = i
      if (head === undefined) return undefined
    } else head = end
    if (!light(words[head])) return head
    for (let i = head - 1; i >= start; i--) if (!light(words[i])) return i
    const next = russian && head < end ? head + 1 : complementStart(russian ? head : end)
    return next === undefined ? undefined : headFrom(next, depth + 1)
  }
  const head = headFrom(words.findIndex(content), 0)
  return head === undefined ? undefined : words[head].term
}

function sequence(text: unknown): TSequence | undefined {
  if (typeof text !== 'string') return undefined
  const terms = analyze(text)
  if (terms.length === 0) return undefined
  const first = terms[0].position
  const seq = { terms: terms.map((t) => t.term), offsets: terms.map((t) => t.position - first) }
  return { ...seq, key: seq.terms.join(' '), head: headOf(text) }
}

/**
 * One sequence for two entries with the same stems, whatever their order: no head if either
 * is a name, else the earlier of their heads.
 */
function mergeSequences(a: TSequence | undefined, b: TSequence): TSequence {
  if (!a) return b
  const head = a.head === undefined || b.head === undefined ? undefined : Math.min(a.head, b.head)
  const offsets = a.offsets.join() <= b.offsets.join() ? a.offsets : b.offsets
  return { ...a, offsets, head }
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
  const byKey = new Map<string, { source: string[]; key: string; head?: number; targets: Map<string, TSequence> }>()
  const add = (source: TSequence, target: TSequence) => {
    if (source.key === target.key) return
    let rule = byKey.get(source.key)
    if (!rule) {
      rule = { source: source.terms, key: source.key, head: source.head, targets: new Map() }
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
    sequences.set(en.key, mergeSequences(sequences.get(en.key), en))
    sequences.set(ru.key, mergeSequences(sequences.get(ru.key), ru))
    parent.set(root(en.key), root(ru.key))
  }
  const synonymSets = new Map<string, TSequence[]>()
  for (const [key, seq] of sequences) synonymSets.set(root(key), [...(synonymSets.get(root(key)) ?? []), seq])
  for (const set of synonymSets.values()) for (const a of set) for (const b of set) add(a, b)
  // A place named in any form finds its other names in both languages, and the items
  // tagged with it (a pseudo-term the search answers from the country facet).
  for (const place of places) {
    const names = place.names.map(sequence).flatMap((s) => (s ? [{ ...s, head: undefined }] : []))
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
    list.push({ source: rule.source, key: rule.key, head: rule.head, targets })
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
 * Query terms and phrases as weighted concepts with their translations, and the head words
 * of multi-word ones as partial alternatives (last). Ordering is deterministic: by group
 * (terms in query order, then phrases), alternative, offset.
 */
export function expandQuery(query: TParsedQuery, index: TThesaurusIndex): TExpandedTerm[] {
  const out: TExpandedTerm[] = []
  let group = 0
  // Head words of the multi-word sides of the rule, each once, as partial alternatives;
  // a head that is itself a whole alternative (a one-word synonym) is that alternative.
  const emitHeads = (terms: readonly string[], rule: TRule, firstAlternative: number) => {
    const whole = new Set([...(terms.length === 1 ? terms : []), ...rule.targets.filter((t) => t.terms.length === 1).map((t) => t.terms[0])])
    const heads = new Map<string, { weight: number; origin: TExpandedTerm['origin'] }>()
    const add = (term: string | undefined, weight: number, origin: TExpandedTerm['origin']) => {
      if (term === undefined || whole.has(term) || (heads.get(term)?.weight ?? 0) >= weight) return
      heads.set(term, { weight, origin })
    }
    if (terms.length > 1 && rule.head !== undefined) add(terms[rule.head], QUERY_WEIGHT * HEAD_WEIGHT, 'query')
    for (const target of rule.targets) {
      if (target.terms.length > 1 && target.head !== undefined) add(target.terms[target.head], (target.weight ?? THESAURUS_WEIGHT) * HEAD_WEIGHT, 'thesaurus')
    }
    let alternative = firstAlternative
    for (const [term, { weight, origin }] of heads) {
      out.push({ term, weight, origin, group, alternative: alternative++, phrase: false, offset: 0, partial: true })
    }
  }
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
    if (rule && !phrase) emitHeads(terms, rule, rule.targets.length + 1)
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
