/**
 * Parses what a visitor typed into the search box. Any input is accepted and turned into
 * something harmless: words become stems, "quoted phrases" become stem sequences,
 * -word and -"phrase" become exclusions; operators (AND, OR, NOT, NEAR, field:),
 * punctuation, SQL and FTS syntax are ignored. Nothing here ever reaches a database as
 * syntax: storage looks postings up by stem only.
 */
import { isStopword, languageOf, stemToken, tokenSpans, type TLanguage } from './analyze'

export type TParsedQuery = {
  /** Stems of the unquoted words, deduplicated, in order of appearance (at most 16). */
  terms: string[]
  /**
   * For each term, the position of its first occurrence among all the words typed
   * (stopwords and quoted words included): "migrants in Central Asia" gives 0, 2, 3. The
   * title proximity boost (rank.ts) looks for the query's words as typed, as a phrase.
   */
  termPositions: number[]
  /** Quoted phrases of two or more stems (at most 4, each at most 8 stems). */
  phrases: string[][]
  /**
   * For each phrase, the position of each stem relative to the first one. Stopwords keep
   * their place: "trafficking in human beings" gives [traffick, human, be] at [0, 2, 3].
   */
  phraseOffsets: number[][]
  /** Stems of -word exclusions (and of one-word -"phrase" exclusions). */
  excluded: string[]
  /** -"phrase" and -hyphenated-word exclusions of two or more stems, with their offsets. */
  excludedPhrases: string[][]
  excludedPhraseOffsets: number[][]
  language: TLanguage | undefined
  /** True when there is nothing to search for (no terms and no phrases). */
  empty: boolean
  /** Canonical display form: normalised words, "phrases" and -exclusions, in order. */
  normalized: string
}

export const MAX_QUERY_LENGTH = 512
export const MAX_TERMS = 16
export const MAX_PHRASES = 4
export const MAX_PHRASE_TERMS = 8
export const MAX_EXCLUDED_TERMS = 8
export const MAX_EXCLUDED_PHRASES = 4

const QUOTE_RE = /["“”„«»]/
const DASHES = new Set(['-', '−', '–', '—'])
const OPEN_BRACKETS = /^[([{<+]+/
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR'])

/** `first`: the position of the first stem among the words of the text. */
type TPhraseParts = { terms: string[]; offsets: number[]; display: string; first: number }
type TClause =
  | { kind: 'term'; term: string; display: string; position: number }
  | { kind: 'phrase'; phrase: TPhraseParts }
  | { kind: 'excludedTerm'; term: string; display: string }
  | { kind: 'excludedPhrase'; phrase: TPhraseParts }

export function emptyQuery(): TParsedQuery {
  return {
    terms: [],
    termPositions: [],
    phrases: [],
    phraseOffsets: [],
    excluded: [],
    excludedPhrases: [],
    excludedPhraseOffsets: [],
    language: undefined,
    empty: true,
    normalized: '',
  }
}

/**
 * Cuts to at most `max` UTF-16 units without leaving half a surrogate pair or the
 * beginning of a word that was cut off.
 */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max)
  const last = cut.charCodeAt(cut.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1)
  if (/[\p{L}\p{M}\p{N}]/u.test(text.slice(cut.length, cut.length + 2))) {
    const space = cut.search(/\s\S*$/)
    if (space >= 0) cut = cut.slice(0, space)
  }
  return cut
}

/** Analyses a run of words as one unit: stems without stopwords, with relative offsets. */
function phraseParts(text: string, limit: number): TPhraseParts | undefined {
  const spans = tokenSpans(text)
  const terms: string[] = []
  const positions: number[] = []
  const kept: number[] = []
  spans.forEach((span, index) => {
    if (terms.length >= limit || isStopword(span.token)) return
    const term = stemToken(span.token)
    if (term.length === 0) return
    terms.push(term)
    positions.push(span.position)
    kept.push(index)
  })
  if (terms.length === 0) return undefined
  const first = positions[0]
  const display = spans
    .slice(kept[0], kept[kept.length - 1] + 1)
    .map((span) => span.token)
    .join(' ')
  return { terms, offsets: positions.map((p) => p - first), display, first }
}

/** Counts the words read so far, over quoted and unquoted stretches (TParsedQuery.termPositions). */
type TCursor = { position: number }

/** Splits an unquoted stretch into clauses; returns whether it ends with a lone dash. */
function parseUnquoted(text: string, clauses: TClause[], cursor: TCursor): boolean {
  const chunks = text.split(/\s+/).filter((chunk) => chunk.length > 0)
  let trailingDash = false
  for (const rawChunk of chunks) {
    const chunk = rawChunk.replace(OPEN_BRACKETS, '')
    const spans = tokenSpans(chunk)
    const base = cursor.position
    cursor.position += spans.length > 0 ? spans[spans.length - 1].position + 1 : 0
    const negated = chunk.length > 0 && DASHES.has(chunk[0])
    trailingDash = negated && chunk.length === 1
    // Drop operators written in capitals and FTS column filters such as `title:foo`.
    const words = spans.filter((span) => {
      const raw = chunk.slice(span.start, span.end)
      if (OPERATORS.has(raw)) return false
      return !(chunk[span.end] === ':' && /[\p{L}\p{N}"(]/u.test(chunk[span.end + 1] ?? ''))
    })
    if (words.length === 0) continue
    if (negated) {
      const wordsText = words.map((w) => w.token).join(' ')
      const parts = phraseParts(wordsText, MAX_PHRASE_TERMS)
      if (!parts) continue
      if (parts.terms.length === 1) clauses.push({ kind: 'excludedTerm', term: parts.terms[0], display: parts.display })
      else clauses.push({ kind: 'excludedPhrase', phrase: parts })
      continue
    }
    for (const word of words) {
      if (isStopword(word.token)) continue
      const term = stemToken(word.token)
      if (term.length > 0) clauses.push({ kind: 'term', term, display: word.token, position: base + word.position })
    }
  }
  return trailingDash
}

function quoteDisplay(text: string): string {
  return `"${text}"`
}

/** Parses any input into a harmless query; never throws. */
export function parseQuery(raw: unknown): TParsedQuery {
  if (typeof raw !== 'string') return emptyQuery()
  try {
    return parseString(truncate(raw, MAX_QUERY_LENGTH))
  } catch {
    // Defensive: the parser is not expected to throw, but a search box must never fail.
    return emptyQuery()
  }
}

function parseString(text: string): TParsedQuery {
  // Quote positions; an unbalanced last quote is ignored (read as a space).
  const quotes: number[] = []
  for (let i = 0; i < text.length; i += 1) if (QUOTE_RE.test(text[i])) quotes.push(i)
  if (quotes.length % 2 === 1) quotes.pop()

  const clauses: TClause[] = []
  const words: TCursor = { position: 0 }
  let cursor = 0
  for (let q = 0; q < quotes.length; q += 2) {
    const open = quotes[q]
    const close = quotes[q + 1]
    // A dash glued to the opening quote (-"phrase") excludes the phrase.
    const before = text.slice(cursor, open)
    const negated = parseUnquoted(before, clauses, words) && !/\s$/.test(before)
    const quoted = text.slice(open + 1, close)
    const parts = phraseParts(quoted, MAX_PHRASE_TERMS)
    if (parts) {
      if (parts.terms.length === 1) {
        if (negated) clauses.push({ kind: 'excludedTerm', term: parts.terms[0], display: parts.display })
        else clauses.push({ kind: 'term', term: parts.terms[0], display: parts.display, position: words.position + parts.first })
      } else {
        clauses.push({ kind: negated ? 'excludedPhrase' : 'phrase', phrase: parts })
      }
    }
    const spans = tokenSpans(quoted)
    words.position += spans.length > 0 ? spans[spans.length - 1].position + 1 : 0
    cursor = close + 1
  }
  parseUnquoted(text.slice(cursor).replace(new RegExp(QUOTE_RE.source, 'g'), ' '), clauses, words)

  return assemble(clauses)
}

function assemble(clauses: TClause[]): TParsedQuery {
  const query = emptyQuery()
  const excludedSet = new Set<string>()
  const excludedPhraseKeys = new Set<string>()
  const display: { text: string; term?: string }[] = []

  // Exclusions first, so that a word both wanted and excluded is dropped from the terms.
  for (const clause of clauses) {
    if (clause.kind === 'excludedTerm') {
      if (excludedSet.has(clause.term) || query.excluded.length >= MAX_EXCLUDED_TERMS) continue
      excludedSet.add(clause.term)
      query.excluded.push(clause.term)
    } else if (clause.kind === 'excludedPhrase') {
      const key = phraseKey(clause.phrase)
      if (excludedPhraseKeys.has(key) || query.excludedPhrases.length >= MAX_EXCLUDED_PHRASES) continue
      excludedPhraseKeys.add(key)
      query.excludedPhrases.push(clause.phrase.terms)
      query.excludedPhraseOffsets.push(clause.phrase.offsets)
    }
  }

  const termSet = new Set<string>()
  const phraseKeys = new Set<string>()
  const languageText: string[] = []
  for (const clause of clauses) {
    switch (clause.kind) {
      case 'term': {
        if (excludedSet.has(clause.term) || termSet.has(clause.term) || query.terms.length >= MAX_TERMS) break
        termSet.add(clause.term)
        query.terms.push(clause.term)
        query.termPositions.push(clause.position)
        display.push({ text: clause.display })
        languageText.push(clause.display)
        break
      }
      case 'phrase': {
        const key = phraseKey(clause.phrase)
        if (phraseKeys.has(key) || query.phrases.length >= MAX_PHRASES) break
        phraseKeys.add(key)
        query.phrases.push(clause.phrase.terms)
        query.phraseOffsets.push(clause.phrase.offsets)
        display.push({ text: quoteDisplay(clause.phrase.display) })
        languageText.push(clause.phrase.display)
        break
      }
      case 'excludedTerm': {
        if (query.excluded.includes(clause.term) && !display.some((d) => d.term === clause.term)) {
          display.push({ text: `-${clause.display}`, term: clause.term })
        }
        break
      }
      case 'excludedPhrase': {
        const text = `-${quoteDisplay(clause.phrase.display)}`
        const index = query.excludedPhrases.findIndex((p, i) => phraseKey({ terms: p, offsets: query.excludedPhraseOffsets[i] }) === phraseKey(clause.phrase))
        if (index >= 0 && !display.some((d) => d.text === text)) display.push({ text })
        break
      }
    }
  }

  query.empty = query.terms.length === 0 && query.phrases.length === 0
  query.language = languageOf(languageText.join(' '))
  query.normalized = display.map((d) => d.text).join(' ')
  return query
}

function phraseKey(phrase: { terms: string[]; offsets: number[] }): string {
  return phrase.terms.map((term, i) => `${phrase.offsets[i]}:${term}`).join(' ')
}
