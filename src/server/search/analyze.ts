/**
 * Text analysis for the site-wide bilingual (English/Russian) search.
 *
 * Design: every step that decides *what matches and how well* runs here, in plain
 * TypeScript, and never in the database. Text is normalised (NFKC, lower case, ё→е, soft
 * hyphens and zero-width characters removed), split into Unicode words, stopwords are
 * dropped and every remaining word is reduced with the Snowball stemmer of its script
 * (Cyrillic → Russian, Latin → English, anything else is kept as is). The resulting
 * `{ term, position }` pairs are what gets indexed: the database (SQLite or PostgreSQL)
 * only stores and fetches postings (term, document, field, term frequency, positions).
 * Query parsing (parse-query.ts), thesaurus expansion across languages (thesaurus.ts),
 * BM25 ranking with phrase checks (rank.ts) and snippets (snippet.ts) are pure functions
 * too, so the same query gives the same ranked results on both databases, with no
 * dependence on `like`, FTS5 or tsvector behaviour (which differ between them).
 *
 * Positions count every token, stopwords included, so phrase adjacency survives dropping
 * stopwords: "trafficking in human beings" gives traffick@0, human@2, be@3.
 */
import * as snowballModule from 'snowball-stemmers'

export type TLanguage = 'en' | 'ru'
export type TToken = { token: string; position: number }
export type TTerm = { term: string; position: number }

/** Tokens longer than this (after normalisation) are dropped; they still use a position. */
export const MAX_TOKEN_LENGTH = 40

type TStemmer = { stem(word: string): string }
type TSnowball = { newStemmer(language: string): TStemmer }

/**
 * `snowball-stemmers` is CommonJS with an `__esModule` flag: Node ESM and vitest expose
 * `newStemmer` as a named export, some bundlers only under `default`. Accept both.
 */
function loadSnowball(): TSnowball {
  const ns = snowballModule as unknown as Partial<TSnowball> & { default?: Partial<TSnowball> }
  if (typeof ns.newStemmer === 'function') return ns as TSnowball
  if (ns.default && typeof ns.default.newStemmer === 'function') return ns.default as TSnowball
  throw new Error('snowball-stemmers: newStemmer not found')
}

let stemmers: { ru: TStemmer; en: TStemmer } | undefined
function getStemmers(): { ru: TStemmer; en: TStemmer } {
  if (!stemmers) {
    const snowball = loadSnowball()
    stemmers = { ru: snowball.newStemmer('russian'), en: snowball.newStemmer('english') }
  }
  return stemmers
}

// Stems of the same words recur constantly while indexing; a bounded cache saves work.
const STEM_CACHE_LIMIT = 50_000
const stemCache = new Map<string, string>()

const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g
const APOSTROPHE_RE = /[’ʼ`´]/g
const CYRILLIC_RE = /\p{Script=Cyrillic}/gu
const LATIN_RE = /\p{Script=Latin}/gu
/**
 * A word starts with a letter or digit and continues with letters, combining marks,
 * digits, apostrophes and invisible characters (removed later). Hyphens and everything
 * else split words, so "counter-trafficking" is two tokens at consecutive positions and
 * a hyphenated query still matches as a phrase.
 */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼ\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]*/gu

/**
 * Canonical form of a text for comparison: NFKC, lower case, ё→е, no soft hyphens or
 * zero-width characters; only letters (any script), combining marks and digits are kept,
 * every other run of characters becomes one space.
 */
export function normalize(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return ''
  return text
    .replace(INVISIBLE_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(INVISIBLE_RE, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
}

/** Normalises one word as found by the tokenizer (keeps inner apostrophes, e.g. "migrant's"). */
const PLAIN_TOKEN_RE = /^[a-z0-9а-я]+$/

export function normalizeToken(raw: string): string {
  if (PLAIN_TOKEN_RE.test(raw)) return raw // already normal: the common case when indexing
  const token = raw
    .replace(INVISIBLE_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(APOSTROPHE_RE, "'")
    .replace(INVISIBLE_RE, '')
    .replace(/[^\p{L}\p{M}\p{N}']+/gu, '')
  return token.replace(/^'+|'+$/g, '')
}

export type TTokenSpan = { token: string; position: number; start: number; end: number }

/**
 * Tokens with their character offsets in the original text (used for snippets). Tokens
 * that normalise to nothing or are longer than MAX_TOKEN_LENGTH are skipped but still
 * use a position, so that adjacency is never invented across them.
 */
export function tokenSpans(text: string): TTokenSpan[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const spans: TTokenSpan[] = []
  let position = 0
  for (const match of text.matchAll(WORD_RE)) {
    const raw = match[0]
    const start = match.index ?? 0
    const token = normalizeToken(raw)
    const current = position
    position += 1
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) continue
    spans.push({ token, position: current, start, end: start + raw.length })
  }
  return spans
}

/** Unicode-aware word split; positions count every token (stopwords included). */
export function tokenize(text: string): TToken[] {
  return tokenSpans(text).map(({ token, position }) => ({ token, position }))
}

function countMatches(text: string, re: RegExp): number {
  return text.length - text.replace(re, '').length
}

/**
 * Changes whenever analysis changes what a text is indexed as: the index is then built
 * again (requeue-stale.ts compares it with the version the index was built with).
 * 3: irregular English plurals and -sis nouns, Russian fleeting vowels, suppletive plurals,
 * feminine person nouns, -анин/-ане, genitive plurals in -ан/-ян and nouns in -пись/-русь.
 */
export const ANALYZER_VERSION = 3

/**
 * British and American spellings meet: the word is spelt the American way before it is
 * stemmed (mobilisation/mobilization, labour/labor, analyse/analyze, centre/center,
 * programme/program). Index and query go through the same step, so a word that has no
 * American form (promise → promize) only changes its key, never what matches it.
 * Greek nouns in -sis are spelt as their plural in -ses, which Snowball already stems like
 * the related verb: analysis = analyses = analyse, crisis = crises, hypothesis = hypotheses.
 */
const SPELLING_RULES: [RegExp, string][] = [
  [/^practis(e|es|ed|ing)$/, 'practic$1'],
  [/isation(s?)$/, 'ization$1'],
  [/(.{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/(.{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/(.{3,})our(s|er|ers|ed|ing)?$/, '$1or$2'],
  [/(.{3,})tre(s?)$/, '$1ter$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'],
]
/** Greek -sis nouns (not thesis: Snowball's stem of theses is the stopword these). */
const GREEK_SIS = /^(?!thesis$)(.{3,})sis$/
/** Words in -ise that have no -ize spelling (precise, promise, exercise…): left as they are. */
const NOT_BRITISH_ISE = /(precis|concis|promis|premis|surpris|enterpris|expertis|exercis|compromis|advertis|advis|devis|revis|supervis|televis|compris|franchis|merchandis|otherwis|likewis|rais|prais|nois|cruis|disguis|paradis|wis|ris)(e|es|ed|ing|er|ers|ely)$/

/**
 * English plurals that are not made with -s, by the stem Snowball gives them (so that the
 * possessive, women's, goes the same way): children = child, women = woman, men = man,
 * people = person (persons already is).
 */
const EN_IRREGULAR_STEMS: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['women', 'woman'],
  ['men', 'man'],
  ['peopl', 'person'],
])
/** Compounds of man and woman: businesswomen = businesswoman, spokesmen = spokesman. */
const EN_MAN_COMPOUND = /^(.+(?:wo|s))men$/

function englishStem(word: string): string {
  let spelt = word.replace(GREEK_SIS, '$1ses')
  for (const [pattern, replacement] of NOT_BRITISH_ISE.test(word) ? [] : SPELLING_RULES) {
    if (pattern.test(spelt)) {
      spelt = spelt.replace(pattern, replacement)
      break
    }
  }
  let stem = getStemmers().en.stem(spelt)
  stem = EN_IRREGULAR_STEMS.get(stem) ?? stem.replace(EN_MAN_COMPOUND, '$1man')
  // Snowball keeps a final e in some stems only: refugee → refuge, refuge → refug,
  // returnee → returne, return → return. Without it the forms meet.
  return stem.length >= 6 && stem.endsWith('e') ? stem.slice(0, -1) : stem
}

/**
 * Russian stems that Snowball leaves apart although they are one word, by stem → the
 * stem used for all its forms (the oblique one, as for -ец below). Fleeting о of -ок that
 * no rule can tell from a kept one (ребёнок / ребёнка like подросток, but поток / потока,
 * восток / востока), and suppletive plurals (дети → ребёнок, люди → человек).
 */
const RU_STEM_EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ['ребенок', 'ребенк'],
  ['дет', 'ребенк'],
  ['люд', 'человек'],
  ['рынок', 'рынк'],
  ['подросток', 'подростк'],
  ['недостаток', 'недостатк'],
  ['порядок', 'порядк'],
  ['участок', 'участк'],
  ['остаток', 'остатк'],
  ['потомок', 'потомк'],
  // Feminine forms of person nouns in -ец (беженка, беженок = беженец): -енка and -анка
  // also end words that are no persons (оценка, банка), so only these are listed.
  ...['беженц', 'переселенц', 'иностранц', 'украинц', 'чеченц', 'возвращенц', 'уроженц', 'американц'].flatMap(
    (masculine): [string, string][] => [
      [`${masculine.slice(0, -1)}к`, masculine],
      [`${masculine.slice(0, -1)}ок`, masculine],
    ],
  ),
])

/**
 * Russian Snowball, with the forms it leaves apart brought together (ANALYZER_VERSION 3):
 * - the н that Snowball takes for a verb ending after а/я is kept: граждан (genitive
 *   plural) = граждане, Ирана = Иран, Узбекистан = Узбекистана = Узбекистане;
 * - -анин/-янин singulars meet their plurals: гражданин = граждане, россиянин = россияне;
 * - the fleeting vowel of -ец (беженец / беженцев → беженц), and of the words above;
 * - -ьми instrumentals: людьми = люди, детьми = дети;
 * - nouns in -пись and -русь, whose -сь Snowball takes for a reflexive ending
 *   (перепись = переписи, Беларусь = Беларуси);
 * - feminine -антка/-ентка: мигрантка = мигрант, студентка = студент.
 */
function russianStem(word: string): string {
  if (word.length > 4 && word.endsWith('ьми')) return russianEquivalent(word.slice(0, -3))
  if (/(пис|рус)ь$/.test(word)) return word.slice(0, -1)
  let stem = getStemmers().ru.stem(word)
  if (/[ая]$/.test(stem) && word.charAt(stem.length) === 'н' && word.startsWith(stem)) stem = `${stem}н`
  if (stem.length >= 7 && /[ая]нин$/.test(stem)) stem = stem.slice(0, -2)
  if (stem.length >= 5 && stem.endsWith('ец')) stem = `${stem.slice(0, -2)}ц`
  else if (stem.length >= 6 && stem.endsWith('нтк')) stem = stem.slice(0, -1)
  else if (stem.length >= 7 && stem.endsWith('нток')) stem = stem.slice(0, -2)
  return russianEquivalent(stem)
}

function russianEquivalent(stem: string): string {
  return RU_STEM_EQUIVALENTS.get(stem) ?? stem
}

/** Stems one token: Cyrillic with the Russian Snowball stemmer, Latin with the English one. */
export function stemToken(token: string): string {
  if (typeof token !== 'string' || token.length === 0) return ''
  const cached = stemCache.get(token)
  if (cached !== undefined) return cached
  const word = normalizeToken(token)
  let stem = word
  if (word.length > 0) {
    const cyrillic = countMatches(word, CYRILLIC_RE)
    const latin = cyrillic === word.length ? 0 : countMatches(word, LATIN_RE)
    if (cyrillic > 0 && cyrillic >= latin) stem = russianStem(word)
    else if (latin > 0) stem = englishStem(word)
    if (stem.length === 0) stem = word
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
  stemCache.set(token, stem)
  return stem
}

// Small stopword lists (normalised: lower case, ё→е). Deliberately absent: "us" (the US)
// and "being" ("human being"; Snowball stems "beings" to "be").
const EN_STOPWORDS = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any',
  'are', 'as', 'at', 'be', 'because', 'been', 'before', 'below', 'between', 'both', 'but',
  'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'few', 'for',
  'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself',
  'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', "it's", 'its', 'itself',
  'just', 'may', 'me', 'more', 'most', 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off',
  'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own',
  'same', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs',
  'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to',
  'too', 'under', 'until', 'up', 'very', 'was', 'we', 'were', 'what', 'when', 'where',
  'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours',
]
const RU_STOPWORDS = [
  'а', 'без', 'более', 'бы', 'был', 'была', 'были', 'было', 'быть', 'в', 'вам', 'вас',
  'ведь', 'во', 'вот', 'все', 'всего', 'всех', 'вы', 'где', 'да', 'даже', 'для', 'до',
  'его', 'ее', 'ей', 'ему', 'если', 'есть', 'еще', 'же', 'за', 'здесь', 'и', 'из', 'или',
  'им', 'их', 'к', 'как', 'какая', 'какой', 'когда', 'кто', 'ли', 'либо', 'между', 'меня',
  'мне', 'мы', 'на', 'над', 'надо', 'нас', 'не', 'него', 'нее', 'нет', 'ни', 'них', 'но',
  'ну', 'о', 'об', 'однако', 'он', 'она', 'они', 'оно', 'от', 'по', 'под', 'при', 'про',
  'с', 'сам', 'себе', 'себя', 'со', 'так', 'также', 'такой', 'там', 'тем', 'то', 'того',
  'тоже', 'той', 'только', 'том', 'тот', 'ту', 'тут', 'у', 'уже', 'чего', 'чем', 'что',
  'чтобы', 'эта', 'эти', 'этим', 'этих', 'это', 'этого', 'этой', 'этом', 'этот', 'эту', 'я',
]
const STOPWORDS: ReadonlySet<string> = new Set([...EN_STOPWORDS, ...RU_STOPWORDS])

/** True for a normalised token that is an English or Russian stopword. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token)
}

/** Tokenize, drop stopwords, stem. The terms are the indexing unit. */
export function analyze(text: string): TTerm[] {
  const terms: TTerm[] = []
  for (const { token, position } of tokenSpans(text)) {
    if (STOPWORDS.has(token)) continue
    const term = stemToken(token)
    if (term.length > 0) terms.push({ term, position })
  }
  return terms
}

/** 'ru' or 'en' by the majority of Cyrillic vs Latin letters; undefined if neither or a tie. */
export function languageOf(text: string): TLanguage | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined
  const cyrillic = countMatches(text, CYRILLIC_RE)
  const latin = countMatches(text, LATIN_RE)
  if (cyrillic === 0 && latin === 0) return undefined
  if (cyrillic > latin) return 'ru'
  if (latin > cyrillic) return 'en'
  return undefined
}
