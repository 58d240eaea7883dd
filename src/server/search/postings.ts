/**
 * Helpers between the pure search core and storage: what to store for a document and
 * which stems to fetch for a query. Storage keeps these postings as they are and hands
 * them back to rankDocuments(); it never analyses or ranks itself.
 */
import { analyze, languageOf, type TLanguage } from './analyze'
import type { TParsedQuery } from './parse-query'
import type { TField, TPosting } from './rank'
import type { TExpandedTerm } from './thesaurus'

export type TDocumentPostings = {
  postings: TPosting[]
  /** Number of indexed terms (title + body, stopwords excluded): the BM25 document length. */
  length: number
  language: TLanguage | undefined
}

/**
 * Postings of one document: one per (term, field), positions ascending, ordered by
 * field (title, body) then term. `language` is decided from title and body together;
 * pass `language` when the document's locale is known (it wins).
 */
export function buildPostings(
  docId: number,
  fields: { title?: string | null; body?: string | null },
  language?: TLanguage,
): TDocumentPostings {
  const postings: TPosting[] = []
  let length = 0
  for (const field of ['title', 'body'] as TField[]) {
    const text = fields[field]
    if (typeof text !== 'string' || text.length === 0) continue
    const byTerm = new Map<string, number[]>()
    for (const { term, position } of analyze(text)) {
      const positions = byTerm.get(term)
      if (positions) positions.push(position)
      else byTerm.set(term, [position])
      length += 1
    }
    for (const term of [...byTerm.keys()].sort()) {
      const positions = byTerm.get(term)!
      postings.push({ term, docId, field, tf: positions.length, positions })
    }
  }
  const detected = languageOf(`${fields.title ?? ''} ${fields.body ?? ''}`)
  return { postings, length, language: language ?? detected }
}

/** Every stem whose postings rankDocuments() needs for this query, sorted, distinct. */
export function postingTermsFor(query: TParsedQuery, expanded: TExpandedTerm[]): string[] {
  const terms = new Set<string>()
  for (const t of expanded) terms.add(t.term)
  for (const list of [query.terms, query.excluded, ...query.phrases, ...(query.excludedPhrases ?? [])]) {
    for (const term of list) terms.add(term)
  }
  return [...terms].filter((t) => t.length > 0).sort()
}
