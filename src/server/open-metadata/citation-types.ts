/**
 * What each publication type (src/seed/data/publication-types.ts) is called in the citation formats:
 * CSL (CSL 1.0.2 item types), RIS (TY), BibTeX (entry type, BibTeX and biblatex) and schema.org (@type).
 * Types the Secretariat adds later fall back to a generic document, which no format misreads.
 */

export type TCslType =
  | 'report'
  | 'book'
  | 'pamphlet'
  | 'graphic'
  | 'document'
  | 'motion_picture'
  | 'article'
  | 'article-journal'

export type TCitationType = {
  csl: TCslType
  /** RIS TY code (RIS specification / rispy): RPRT report, BOOK, PAMP pamphlet, FIGURE, VIDEO, JOUR, GEN generic. */
  ris: 'RPRT' | 'BOOK' | 'PAMP' | 'FIGURE' | 'VIDEO' | 'JOUR' | 'GEN'
  /** Entry type; @techreport and @book need a publisher and fall back to @misc without one. */
  bibtex: 'techreport' | 'book' | 'booklet' | 'misc' | 'article'
  schemaOrg: 'Report' | 'Book' | 'CreativeWork' | 'ImageObject' | 'LearningResource' | 'VideoObject' | 'Article' | 'ScholarlyArticle'
  /** info:eu-repo/semantics publication type (OpenAIRE guidelines), for OAI-PMH. */
  openAire: 'report' | 'book' | 'lecture' | 'contributionToPeriodical' | 'article' | 'other'
}

const REPORT: TCitationType = { csl: 'report', ris: 'RPRT', bibtex: 'techreport', schemaOrg: 'Report', openAire: 'report' }
const BOOK: TCitationType = { csl: 'book', ris: 'BOOK', bibtex: 'book', schemaOrg: 'Book', openAire: 'book' }

/** The generic fallback for a type not listed below. */
export const GENERIC_CITATION_TYPE: TCitationType = { csl: 'document', ris: 'GEN', bibtex: 'misc', schemaOrg: 'CreativeWork', openAire: 'other' }

export const CITATION_TYPES: Record<string, TCitationType> = {
  'policy-brief': REPORT,
  'analytical-report': REPORT,
  'background-report': REPORT,
  'information-note': REPORT,
  'migration-flow-analysis': REPORT,
  'quarterly-review': REPORT,
  'migration-profile-light': REPORT,
  'migration-profile-extended': REPORT,
  'national-factsheet': { csl: 'pamphlet', ris: 'PAMP', bibtex: 'booklet', schemaOrg: 'CreativeWork', openAire: 'report' },
  infographic: { csl: 'graphic', ris: 'FIGURE', bibtex: 'misc', schemaOrg: 'ImageObject', openAire: 'other' },
  handbook: BOOK,
  // A compilation of earlier publications, published as one volume.
  'selected-publications': BOOK,
  'training-material': { csl: 'document', ris: 'GEN', bibtex: 'misc', schemaOrg: 'LearningResource', openAire: 'lecture' },
  'programme-document': GENERIC_CITATION_TYPE,
  'webinar-recording': { csl: 'motion_picture', ris: 'VIDEO', bibtex: 'misc', schemaOrg: 'VideoObject', openAire: 'lecture' },
  // An opinion piece published on its own (not in a journal).
  commentary: { csl: 'article', ris: 'GEN', bibtex: 'misc', schemaOrg: 'Article', openAire: 'contributionToPeriodical' },
  'journal-article': { csl: 'article-journal', ris: 'JOUR', bibtex: 'article', schemaOrg: 'ScholarlyArticle', openAire: 'article' },
}

export function citationTypeOf(slug: string): TCitationType {
  return Object.hasOwn(CITATION_TYPES, slug) ? CITATION_TYPES[slug] : GENERIC_CITATION_TYPE
}
