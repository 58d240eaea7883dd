import { describe, expect, it } from 'vitest'
import type { TLanguage } from './analyze'
import { parseQuery } from './parse-query'
import { buildPostings, postingTermsFor } from './postings'
import {
  BM25_B,
  BM25_K1,
  bm25Idf,
  matchPacked,
  minimumShouldMatch,
  orderMatches,
  OWN_LANGUAGE_BOOST,
  boostMatches,
  selectMatches,
  packFrequencies,
  TITLE_PHRASE_BOOST,
  TITLE_PROXIMITY_BOOST,
  titleProximity,
  packPostings,
  rankDocuments,
  type TDocStats,
  type TPosting,
} from './rank'
import { buildThesaurusIndex, expandQuery, type TExpandedTerm, type TThesaurusIndex } from './thesaurus'
import { thesaurus as seedThesaurus } from '@/seed/data/thesaurus'

type TDoc = { id: number; title?: string; body?: string; language?: TLanguage }
type TCorpus = {
  postings: TPosting[]
  docs: Map<number, TDocStats>
  docFreq: Map<string, number>
  totalDocs: number
  avgLength: number
}

function corpus(list: TDoc[]): TCorpus {
  const postings: TPosting[] = []
  const docs = new Map<number, TDocStats>()
  const docFreq = new Map<string, number>()
  for (const doc of list) {
    const built = buildPostings(doc.id, { title: doc.title, body: doc.body }, doc.language)
    postings.push(...built.postings)
    docs.set(doc.id, { length: built.length, language: built.language })
    for (const term of new Set(built.postings.map((p) => p.term))) docFreq.set(term, (docFreq.get(term) ?? 0) + 1)
  }
  const total = [...docs.values()].reduce((sum, d) => sum + d.length, 0)
  return { postings, docs, docFreq, totalDocs: docs.size, avgLength: total / Math.max(1, docs.size) }
}

const thesaurus = buildThesaurusIndex(seedThesaurus)
const noThesaurus = buildThesaurusIndex([])

function search(raw: string, c: TCorpus, readerLanguage: TLanguage = 'en', index: TThesaurusIndex = thesaurus) {
  const query = parseQuery(raw)
  const expanded = expandQuery(query, index)
  return rankDocuments({
    expanded,
    phrases: query.phrases,
    phraseOffsets: query.phraseOffsets,
    excluded: query.excluded,
    excludedPhrases: query.excludedPhrases,
    excludedPhraseOffsets: query.excludedPhraseOffsets,
    queryTerms: query.terms,
    queryPositions: query.termPositions,
    ...c,
    readerLanguage,
  })
}
const ids = (results: { docId: number }[]) => results.map((r) => r.docId)

/** Deterministic pseudo-random shuffle (mulberry32). */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  const random = () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const FILLER = 'annual report of the regional conference on cooperation'

describe('rankDocuments: BM25 and fields', () => {
  it('a title match weighs more than a body match', () => {
    const c = corpus([
      { id: 1, title: 'Annual report', body: `Labour migration ${FILLER}` },
      { id: 2, title: 'Labour migration', body: `Annual report ${FILLER}` },
      { id: 3, title: 'Unrelated', body: FILLER },
    ])
    const results = search('labour migration', c)
    expect(ids(results)).toEqual([2, 1])
    expect(results[0].score).toBeGreaterThan(results[1].score)
  })

  it('the rarer term weighs more', () => {
    expect(bm25Idf(1, 100)).toBeGreaterThan(bm25Idf(50, 100))
    expect(bm25Idf(100, 100)).toBeGreaterThan(0)
    const c = corpus([
      { id: 1, body: 'readmission readmission agreement' },
      { id: 2, body: 'readmission agreement agreement' },
      { id: 3, body: 'agreement signed' },
      { id: 4, body: 'agreement renewed' },
      { id: 5, body: 'agreement expired' },
    ])
    // Same length, same tf pattern: the document with more of the rare term wins. The
    // others have only the head word of the thesaurus term "readmission agreement": after.
    expect(ids(search('readmission agreement', c))).toEqual([1, 2, 3, 4, 5])
    expect(ids(search('readmission agreement', c, 'en', noThesaurus))).toEqual([1, 2, 3, 4, 5])
  })

  it('a shorter document with the same matches ranks higher', () => {
    const c = corpus([
      { id: 1, body: `asylum ${FILLER} ${FILLER}` },
      { id: 2, body: 'asylum procedures' },
    ])
    expect(ids(search('asylum', c))).toEqual([2, 1])
  })

  it('ranks documents covering more of the query higher; one concept of up to three is enough; accepts inflected forms', () => {
    const c = corpus([
      { id: 1, body: 'Мигранты и беженцы на границе' },
      { id: 2, body: 'Помощь беженцам' },
      { id: 3, body: 'Права мигрантов' },
      { id: 4, body: 'Другой текст' },
    ])
    const results = search('мигрантов беженцев', c, 'ru')
    expect(ids(results)).toEqual([1, 2, 3])
    // Docs 2 and 3 each cover one of two equally rare concepts: same score (tie by id), and
    // a coverage of 1/2 costs them a factor 4 against doc 1, which has both.
    expect(results[1].score).toBe(results[2].score)
    expect(results[0].score).toBeGreaterThan(4 * results[1].score)
    expect(new Set(ids(search('беженцами', c, 'ru')))).toEqual(new Set([1, 2]))
  })
})

describe('rankDocuments: how many concepts a document needs', () => {
  /** BM25 of one term in one document (body only), as rank.ts computes it. */
  const bm25 = (idf: number, tf: number, length: number, avgLength: number) =>
    (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / avgLength))

  it('minimumShouldMatch: one of up to three concepts, two of four, then 40 % rounded up', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(minimumShouldMatch)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 4])
  })

  it('a document with 2 of 2 concepts outranks one with 1 of 2 even when that one has more occurrences', () => {
    const c = corpus([
      { id: 1, body: 'asylum readmission' },
      { id: 2, title: 'Readmission', body: 'readmission readmission' },
      { id: 3, body: 'asylum policy' },
      { id: 4, body: 'asylum law' },
      { id: 5, body: 'asylum courts' },
    ])
    const results = search('asylum readmission', c, 'en', noThesaurus)
    expect(ids(results)).toEqual([1, 2, 3, 4, 5])

    const avg = c.avgLength
    const ia = bm25Idf(4, 5) // asylum: 4 of 5 documents
    const ir = bm25Idf(2, 5) // readmission: 2 of 5 documents
    const both = bm25(ia, 1, 2, avg) + bm25(ir, 1, 2, avg)
    const rawReadmission = bm25(ir, 3 + 2, 3, avg) // title 3× + body
    // Without coverage doc 2 would win: its BM25 alone exceeds doc 1's sum.
    expect(rawReadmission).toBeGreaterThan(both)
    // Score = BM25 sum × coverage², coverage = matched concept weight (idf) / all.
    expect(results[0].score).toBeCloseTo(both, 8)
    expect(results[1].score).toBeCloseTo(rawReadmission * (ir / (ia + ir)) ** 2, 8)
    expect(results[2].score).toBeCloseTo(bm25(ia, 1, 2, avg) * (ia / (ia + ir)) ** 2, 8)
  })

  it('four concepts need two, six need three', () => {
    const c = corpus([
      { id: 1, body: 'asylum border' },
      { id: 2, body: 'readmission' },
      { id: 3, body: 'visa border readmission' },
      { id: 4, body: 'asylum' },
      { id: 5, body: 'unrelated text' },
      { id: 6, body: 'return labour visa' },
      { id: 7, body: 'return labour' },
    ])
    expect(ids(search('asylum readmission border visa', c, 'en', noThesaurus))).toEqual([3, 1])
    expect(ids(search('asylum readmission border visa return labour', c, 'en', noThesaurus))).toEqual([3, 6])
  })

  it('a word found in no document neither counts towards the minimum nor lowers the coverage', () => {
    const c = corpus([
      { id: 1, body: 'asylum readmission' },
      { id: 2, body: 'readmission agreement' },
      { id: 3, body: 'asylum law' },
    ])
    const known = search('asylum readmission', c, 'en', noThesaurus)
    expect(ids(known)).toEqual([1, 2, 3])
    // Four concepts, two of them unknown: the minimum is that of two (one), scores unchanged.
    expect(search('asylum readmission zzyzx qwxv', c, 'en', noThesaurus)).toEqual(known)
  })
})

describe('rankDocuments: phrases and exclusions', () => {
  const c = corpus([
    { id: 1, title: 'Human rights of migrants', body: FILLER },
    { id: 2, title: 'Rights of migrants', body: 'human dignity and rights' },
    { id: 3, title: 'Human', body: 'rights' },
    { id: 4, title: 'Asylum and human rights', body: FILLER },
  ])

  it('a phrase requires adjacent positions in one field', () => {
    expect(ids(search('"human rights"', c))).toEqual([1, 4])
    // Without quotes, the words may be anywhere.
    expect(new Set(ids(search('human rights', c)))).toEqual(new Set([1, 2, 3, 4]))
  })

  it('phrases keep the stopword gaps of the query', () => {
    const t = corpus([
      { id: 1, body: 'Trafficking in human beings is a crime' },
      { id: 2, body: 'trafficking of human beings' },
      { id: 3, body: 'trafficking human beings' },
      { id: 4, body: 'trafficking children human beings' },
      { id: 5, body: 'trafficking of children and human beings' },
    ])
    // As in PostgreSQL's phraseto_tsquery, a stopword's slot may hold any one word
    // (doc 4), but the distance must be the same (doc 3 and doc 5 are out).
    expect(ids(search('"trafficking in human beings"', t))).toEqual([2, 1, 4])
  })

  it('phrases are checked even when passed without offsets or expansion', () => {
    const results = rankDocuments({
      expanded: [],
      phrases: [['human', 'right']],
      excluded: [],
      ...c,
      readerLanguage: 'en',
    })
    expect(ids(results)).toEqual([1, 4])
  })

  it('an excluded term removes documents in any field', () => {
    expect(ids(search('rights -asylum', c))).toEqual(ids(search('rights', c)).filter((id) => id !== 4))
    expect(ids(search('rights -dignity', c))).not.toContain(2)
  })

  it('a quoted phrase stays required while the other concepts are optional', () => {
    // Docs 2 and 3 have "migrants" or both words, but not adjacent: they are out.
    expect(ids(search('migrants "human rights"', c))).toEqual([1, 4])
    expect(ids(search('"human rights" migrants', c))).toEqual([1, 4])
    // Without quotes they are found.
    expect(new Set(ids(search('migrants human rights', c)))).toEqual(new Set([1, 2, 3, 4]))
    // A phrase no document has leaves nothing, even though "migrants" matches.
    expect(search('migrants "rights human"', c)).toEqual([])
  })

  it('an excluded phrase removes only documents with the phrase', () => {
    expect(new Set(ids(search('migrants -"human rights"', c)))).toEqual(new Set([2]))
  })
})

describe('rankDocuments: across languages', () => {
  const c = corpus([
    { id: 1, title: 'Return and reintegration of migrants', body: 'Assisted voluntary return programmes' },
    { id: 2, title: 'Возвращение мигрантов', body: 'Программы реинтеграции мигрантов после возвращения' },
    { id: 3, title: 'Торговля людьми', body: 'Противодействие торговле людьми' },
    { id: 4, title: 'Trafficking in human beings', body: 'Combating trafficking in human beings' },
    { id: 5, title: 'Human beings', body: 'trafficking of goods' },
  ])

  it('a Russian query finds English documents through the thesaurus; the language boost does not outweigh the translation discount', () => {
    const ru = search('возвращения мигрантов', c, 'ru')
    expect(ids(ru)).toEqual([2, 1])
    // For an English reader the translated match is boosted, but not past the Russian one;
    // the scores returned are the unboosted ones.
    expect(search('возвращения мигрантов', c, 'en')).toEqual(ru)
    expect(ru[1].score * OWN_LANGUAGE_BOOST).toBeLessThan(ru[0].score)
  })

  it('an English query finds Russian documents, after the much better English match for either reader', () => {
    const en = search('reintegration', c, 'en')
    expect(ids(en)).toEqual([1, 2])
    expect(search('reintegration', c, 'ru')).toEqual(en)
    expect(en[1].score * OWN_LANGUAGE_BOOST).toBeLessThan(en[0].score)
  })

  it('multiword entries work both ways', () => {
    // A fixed thesaurus: the seed one also translates торговля людьми by the single word
    // "trafficking", which (rightly) matches doc 5 anywhere and would hide what is tested here.
    const multiword = buildThesaurusIndex([
      { en: 'trafficking in human beings', ru: 'торговля людьми' },
      { en: 'human trafficking', ru: 'торговля людьми' },
    ])
    expect(ids(search('торговля людьми', c, 'ru', multiword))).toEqual([3, 4, 5])
    expect(ids(search('trafficking in human beings', c, 'en', multiword))).toEqual([4, 5, 3])
    // Quoted: the translation must be a phrase too, so doc 5 (words scattered) is out.
    expect(ids(search('"торговля людьми"', c, 'ru', multiword))).toEqual([3, 4])
    expect(ids(search('"trafficking in human beings"', c, 'en', multiword))).toEqual([4, 3])
  })

  it('an own-language document does not overtake a much better match in another language', () => {
    const own = corpus([
      { id: 10, title: 'Migration', body: 'migration migration migration' },
      { id: 11, body: `${FILLER} миграция ${FILLER} ${FILLER}`, language: 'ru' },
    ])
    const en = search('migration', own, 'en')
    const ru = search('migration', own, 'ru')
    expect(ids(en)).toEqual([10, 11])
    expect(ids(ru)).toEqual([10, 11])
    expect(ru[1].score * OWN_LANGUAGE_BOOST).toBeLessThan(ru[0].score)
  })

  it('an own-language document overtakes a slightly better match in another language', () => {
    const close = corpus([
      { id: 20, body: 'asylum procedures', language: 'en' },
      { id: 21, body: 'asylum procedures reviewed', language: 'ru' },
    ])
    const en = search('asylum procedures', close, 'en')
    const ru = search('asylum procedures', close, 'ru')
    expect(ids(en)).toEqual([20, 21])
    expect(ids(ru)).toEqual([21, 20])
    // The same unboosted scores for both readers: only the order changes.
    expect(ru).toEqual([en[1], en[0]])
    expect(en[0].score).toBeGreaterThan(en[1].score)
    expect(en[1].score * OWN_LANGUAGE_BOOST).toBeGreaterThan(en[0].score)
  })

  it('a document matching a concept in both languages counts it once', () => {
    const both = corpus([
      { id: 1, body: 'возвращение программа', language: 'ru' },
      { id: 2, body: 'возвращение return', language: 'ru' },
      { id: 3, body: 'return программа', language: 'ru' },
      { id: 4, body: 'другой текст', language: 'ru' },
    ])
    const [a, b, c] = search('возвращение', both, 'ru')
    expect([a.docId, b.docId, c.docId]).toEqual([1, 2, 3])
    // Doc 2 gets its best alternative (the Russian word), not the sum of both languages.
    expect(b.score).toBe(a.score)
    expect(c.score).toBeCloseTo(a.score / 2, 9)
  })
})

describe('rankDocuments: determinism and robustness', () => {
  const c = corpus([
    { id: 7, title: 'Migration data', body: 'Annual migration statistics' },
    { id: 3, title: 'Migration data', body: 'Annual migration statistics' },
    { id: 5, title: 'Миграция', body: 'Статистика миграции за год' },
    { id: 1, title: 'Labour migration', body: 'Migration of workers and migration policy' },
    { id: 9, body: 'Migration' },
    { id: 2, body: 'migrants', language: 'ru' },
  ])

  it('breaks ties by document id ascending', () => {
    const results = search('migration', c)
    const three = results.findIndex((r) => r.docId === 3)
    const seven = results.findIndex((r) => r.docId === 7)
    expect(results[three].score).toBe(results[seven].score)
    expect(seven).toBe(three + 1)
  })

  it('gives the same output whatever the order of postings and documents', () => {
    const expected = search('migration', c)
    expect(expected.length).toBe(5)
    for (let seed = 1; seed <= 20; seed += 1) {
      const shuffled: TCorpus = {
        ...c,
        postings: shuffle(c.postings, seed),
        docs: new Map(shuffle([...c.docs.entries()], seed + 100)),
      }
      expect(search('migration', shuffled)).toEqual(expected)
      expect(search('migration', shuffled, 'ru')).toEqual(search('migration', c, 'ru'))
    }
  })

  it('scores are rounded to 1e-9', () => {
    for (const { score } of search('migration statistics', c)) {
      expect(Math.round(score * 1e9) / 1e9).toBe(score)
    }
  })

  it('ignores postings of documents it was not given, and duplicate postings', () => {
    const docs = new Map(c.docs)
    docs.delete(1)
    const results = rankDocuments({ ...c, docs, expanded: expandQuery(parseQuery('migration'), thesaurus), phrases: [], excluded: [], readerLanguage: 'en' })
    expect(ids(results)).not.toContain(1)
    const doubled = rankDocuments({ ...c, postings: [...c.postings, ...c.postings], expanded: expandQuery(parseQuery('migration'), thesaurus), phrases: [], excluded: [], readerLanguage: 'en' })
    expect(doubled).toEqual(search('migration', c))
  })

  it('accepts hand-built expansions: OR within a group, documents with more groups first', () => {
    const expanded: TExpandedTerm[] = [
      { term: 'migrat', weight: 1, origin: 'query', group: 0 },
      { term: 'миграц', weight: 0.5, origin: 'thesaurus', group: 0 },
      { term: 'annual', weight: 1, origin: 'query', group: 1 },
    ]
    const results = rankDocuments({ ...c, expanded, phrases: [], excluded: [], readerLanguage: 'en' })
    // 3 and 7 have both groups; 5 (only through миграц), 1 and 9 have group 0 only; 2 neither.
    expect(ids(results)).toEqual([3, 7, 5, 1, 9])
    expect(Math.min(results[0].score, results[1].score)).toBeGreaterThan(Math.max(...results.slice(2).map((r) => r.score)))
  })

  it('an empty or absurd query ranks nothing and does not throw', () => {
    for (const raw of ['', '""""', '-', '"; DROP TABLE x; --', 'title:foo AND NOT (bar*)', 'NEAR(a b)', '😀', 'x'.repeat(5000)]) {
      expect(() => search(raw, c)).not.toThrow()
    }
    expect(search('', c)).toEqual([])
    expect(rankDocuments({ ...c, docs: new Map(), expanded: expandQuery(parseQuery('migration'), thesaurus), phrases: [], excluded: [], readerLanguage: 'en' })).toEqual([])
    expect(
      rankDocuments({
        expanded: expandQuery(parseQuery('migration'), thesaurus),
        phrases: [],
        excluded: [],
        postings: [{ term: 'migrat', docId: 1, field: 'body', tf: Number.NaN, positions: [] }],
        docs: new Map([[1, { length: Number.NaN, language: undefined }]]),
        totalDocs: 0,
        avgLength: 0,
        docFreq: new Map(),
        readerLanguage: 'en',
      }),
    ).toEqual([])
  })
})

describe('rankDocuments: head words of thesaurus terms', () => {
  const terms = buildThesaurusIndex([
    { en: 'displaced persons', ru: 'перемещённые лица' },
    { en: 'reintegration assistance', ru: 'помощь в реинтеграции' },
  ])
  const c = corpus([
    { id: 1, title: 'Life after the war', body: 'Families displaced by the fighting in the east' },
    { id: 2, title: 'Displaced persons in Europe', body: 'A report on displaced persons' },
    { id: 3, title: 'Persons of concern', body: 'Registered persons and their status' },
    { id: 4, title: 'Reintegration of returnees', body: 'Programmes for returnees' },
    { id: 5, title: 'Reintegration assistance', body: 'Assistance to returnees' },
    { id: 6, title: 'Помощь в реинтеграции', body: 'Программы помощи', language: 'ru' },
    { id: 7, title: 'Social assistance', body: 'Assistance to families' },
  ])

  it('a document with only the head word matches, below the whole term', () => {
    const results = search('displaced persons', c, 'en', terms)
    expect(ids(results)).toEqual([2, 1])
    expect(results[0].score).toBeGreaterThan(results[1].score * 2)
    // and so in the other language, through the translation's head
    expect(ids(search('перемещённые лица', c, 'ru', terms))).toEqual([2, 1])
    // the light word alone (persons, assistance) is no head
    expect(ids(search('reintegration assistance', c, 'en', terms))).toEqual([5, 6, 4])
    expect(ids(search('помощь в реинтеграции', c, 'ru', terms))).toEqual([6, 5, 4])
  })

  it('a quoted term does not match by its head', () => {
    expect(ids(search('"displaced persons"', c, 'en', terms))).toEqual([2])
  })

  it('a head that carries little of the term (a frequent word) covers little of it', () => {
    const labour = buildThesaurusIndex([{ en: 'labour migration', ru: 'трудовая миграция' }])
    const m = corpus([
      { id: 1, title: 'Labour migration', body: FILLER },
      { id: 2, title: 'Migration trends', body: `Migration and ${FILLER}` },
      { id: 3, title: 'Migration data', body: `Migration statistics ${FILLER}` },
      { id: 4, title: 'Migration policy', body: `Migration and asylum ${FILLER}` },
      { id: 5, title: 'Europe', body: `Cooperation in Europe ${FILLER}` },
    ])
    // "migration" alone says little of "labour migration": the item on Europe comes first.
    const results = ids(search('labour migration Europe', m, 'en', labour))
    expect(results.slice(0, 2)).toEqual([1, 5])
    expect(new Set(results.slice(2))).toEqual(new Set([2, 3, 4]))
  })
})

describe('rankDocuments: title proximity', () => {
  it('query words close together in the title rank above the same words apart', () => {
    const c = corpus([
      { id: 1, title: 'Return: trends, policies, practice and data on migration', body: FILLER },
      { id: 2, title: 'Return migration: trends, policies, practice and data', body: FILLER },
    ])
    for (const index of [noThesaurus, thesaurus]) {
      const results = search('return migration', c, 'en', index)
      expect(ids(results)).toEqual([2, 1])
      expect(results[0].score / results[1].score).toBeCloseTo(1 + TITLE_PROXIMITY_BOOST + TITLE_PHRASE_BOOST, 5)
    }
  })

  it('an exact phrase of the query as typed in the title ranks above the same words in another order', () => {
    const c = corpus([
      { id: 1, title: 'Central Asia: migrants in the EU', body: FILLER },
      { id: 2, title: 'Migrants from Central Asia in the EU', body: FILLER },
    ])
    const results = search('migrants from Central Asia', c, 'en', noThesaurus)
    expect(ids(results)).toEqual([2, 1])
    expect(results[0].score / results[1].score).toBeCloseTo((1 + TITLE_PROXIMITY_BOOST + TITLE_PHRASE_BOOST) / (1 + TITLE_PROXIMITY_BOOST), 5)
  })

  it('words close in the title rank above the same words scattered in title and text', () => {
    const c = corpus([
      { id: 1, title: 'Readmission: the region, its neighbours, visas and the agreement', body: 'Readmission is discussed first, the agreement later.' },
      { id: 2, title: 'The readmission agreement: the region, its neighbours and visas', body: 'Annual review of cooperation, discussed first and later.' },
    ])
    // More occurrences would put 1 first; the words standing together in 2's title win.
    expect(ids(search('readmission agreement', c, 'en', noThesaurus))).toEqual([2, 1])
  })

  it('works across languages, and reads no positions when no title can gain', () => {
    const c = corpus([
      { id: 1, title: 'Labour markets and the migration of workers', body: FILLER },
      { id: 2, title: 'Labour migration and markets of workers', body: FILLER },
    ])
    const labour = buildThesaurusIndex([{ en: 'labour migration', ru: 'трудовая миграция' }])
    expect(ids(search('трудовая миграция', c, 'ru', labour))).toEqual([2, 1])
    const one = parseQuery('migration')
    const proximity = titleProximity({ expanded: expandQuery(one, noThesaurus), phrases: [], postings: () => packPostings([{ doc: 0, field: 'title', tf: 1, positions: [0] }], true), queryTerms: one.terms, queryPositions: one.termPositions })
    expect(proximity.terms).toEqual([])
    expect(Array.from(proximity.boosts([0], () => [0]))).toEqual([1])
  })
})

describe('postings helpers', () => {
  it('builds one posting per term and field with positions', () => {
    const built = buildPostings(4, { title: 'Migrants and migration', body: 'Migrants, migrants!' })
    expect(built.postings).toEqual([
      { term: 'migrant', docId: 4, field: 'title', tf: 1, positions: [0] },
      { term: 'migrat', docId: 4, field: 'title', tf: 1, positions: [2] },
      { term: 'migrant', docId: 4, field: 'body', tf: 2, positions: [0, 1] },
    ])
    expect(built.length).toBe(4)
    expect(built.language).toBe('en')
    expect(buildPostings(1, { title: null, body: undefined })).toEqual({ postings: [], length: 0, language: undefined })
  })

  it('lists every stem a query needs, synonyms in the same language included', () => {
    const query = parseQuery('торговля людьми "labour migration" -asylum -"human rights"')
    // торговец людьми joins through "trafficker"/"trafficking" in the same synonym set.
    expect(postingTermsFor(query, expandQuery(query, thesaurus))).toEqual(
      ['asylum', 'be', 'human', 'labor', 'migrat', 'person', 'right', 'traffick', 'человек', 'торговл', 'торговц', 'трудов', 'миграц'].sort(),
    )
  })
})

describe('packed postings and ordering', () => {
  it('packs postings by document, merging duplicates whatever their order', () => {
    const a = packPostings(
      [
        { doc: 7, field: 'body', tf: 2, positions: [9, 4] },
        { doc: 2, field: 'title', tf: 1, positions: [0] },
        { doc: 7, field: 'body', tf: 1, positions: [4, 12] },
        { doc: 5, field: 'body', tf: 0, positions: [] },
      ],
      true,
    )
    expect(Array.from(a.docs)).toEqual([2, 7])
    expect(Array.from(a.titleTf)).toEqual([1, 0])
    expect(Array.from(a.bodyTf)).toEqual([0, 2])
    // Positions of doc 7's body: the union, ascending.
    expect(Array.from(a.positions!.data.subarray(a.positions!.offsets[3], a.positions!.offsets[4]))).toEqual([4, 9, 12])
    expect(packPostings([{ doc: 1, field: 'title', tf: 3 }], false).positions).toBeUndefined()
  })

  it('packs parallel arrays exactly as it packs postings without positions', () => {
    let seed = 5
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let round = 0; round < 30; round++) {
      const input = Array.from({ length: Math.floor(random() * 40) }, () => ({ doc: Math.floor(random() * 12) - 1, field: random() < 0.5 ? ('title' as const) : ('body' as const), tf: Math.floor(random() * 4) }))
      const expected = packPostings(input.filter((p) => p.doc >= 0 && p.doc < 10), false)
      const actual = packFrequencies(10, input.map((p) => p.doc), input.map((p) => (p.field === 'title' ? 0 : 1)), input.map((p) => p.tf))
      expect(actual).toEqual(expected)
    }
  })

  it('only matches documents the caller lets rank', () => {
    const postings = packPostings([0, 1, 2, 3].map((doc) => ({ doc, field: 'body' as const, tf: 1 })), false)
    const matches = matchPacked({
      expanded: [{ term: 'migrant', weight: 1, origin: 'query', group: 0, alternative: 0 }],
      phrases: [],
      excluded: [],
      postings: (term) => (term === 'migrant' ? postings : undefined),
      rankable: Uint8Array.from([1, 0, 1, 0]),
      lengths: Float64Array.from([10, 10, 10, 10]),
      totalDocs: 4,
      avgLength: 10,
    })
    expect(Array.from(matches.docs)).toEqual([0, 2])
  })

  it('boosts the reader\'s language by OWN_LANGUAGE_BOOST, then orders by score, then by id', () => {
    const docs = Int32Array.from([0, 1])
    const ids = Int32Array.from([5, 3])
    const order = (ownScore: number, otherScore: number, own = Uint8Array.from([1, 0])) =>
      Array.from(orderMatches({ docs, scores: Float64Array.from([ownScore, otherScore]) }, own, ids))
    expect(OWN_LANGUAGE_BOOST).toBe(1.25)
    expect(order(1, 1.2)).toEqual([0, 1]) // 1.25 > 1.2: the own-language document first
    expect(order(1, 1.3)).toEqual([1, 0]) // 1.25 < 1.3: the better one first
    expect(order(1, 1.25)).toEqual([1, 0]) // equal after the boost: the lower id (3) first
    expect(order(1, 1.2, Uint8Array.from([0, 0]))).toEqual([1, 0]) // no boost: by score
    expect(order(1, 1.2, Uint8Array.from([1, 1]))).toEqual([1, 0]) // both boosted: by score
  })

  it('orders the best k exactly as the full order begins, for any k', () => {
    let seed = 11
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(random() * 60)
      const docs = Int32Array.from({ length: n }, (_, i) => i * 2)
      // Few distinct scores, so ties (broken by id) are common.
      const scores = Float64Array.from({ length: n }, () => Math.floor(random() * 5) / 4)
      const own = Uint8Array.from({ length: 2 * n }, () => (random() < 0.5 ? 1 : 0))
      // Distinct ids in a scrambled order, as in an index.
      const ids = Int32Array.from({ length: 2 * n }, (_, i) => (i * 7919 + round) % 10007)
      const full = Array.from(orderMatches({ docs, scores }, own, ids))
      for (let i = 1; i < full.length; i++) {
        const [a, b] = [full[i - 1], full[i]]
        const [sa, sb] = [scores[a / 2] * (own[a] ? OWN_LANGUAGE_BOOST : 1), scores[b / 2] * (own[b] ? OWN_LANGUAGE_BOOST : 1)]
        expect(sa > sb || (sa === sb && ids[a] < ids[b])).toBe(true)
      }
      for (const k of [0, 1, 3, 20, n]) expect(Array.from(orderMatches({ docs, scores }, own, ids, k))).toEqual(full.slice(0, k))
    }
  })

  it('boosting the best candidates: ordering them alone gives the same first page as ordering all', () => {
    let seed = 11
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let round = 0; round < 50; round++) {
      const n = 2 + Math.floor(random() * 80)
      const docs = Int32Array.from({ length: n }, (_, i) => i)
      const scores = Float64Array.from({ length: n }, () => Math.floor(random() * 8) / 4)
      const own = Uint8Array.from({ length: n }, () => (random() < 0.5 ? 1 : 0))
      const ids = Int32Array.from({ length: n }, (_, i) => (i * 7919 + round) % 10007)
      const matches = { docs, scores }
      const top = orderMatches(matches, own, ids, 10)
      const factors = Float64Array.from(top, () => 1 + Math.floor(random() * 4) / 4)
      const all = Array.from(orderMatches(boostMatches(matches, top, factors), own, ids))
      // the boosted candidates stay ahead of every other match
      expect(new Set(all.slice(0, top.length))).toEqual(new Set(top))
      for (const k of [1, 5, top.length]) expect(Array.from(orderMatches(selectMatches(matches, top, factors), own, ids, k))).toEqual(all.slice(0, k))
    }
  })
})
