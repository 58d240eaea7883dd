/**
 * Citation exports of a publication: the "how to cite" text (APA for English readers, ГОСТ Р 7.0.100-2018 for
 * Russian readers, rendered by a CSL processor from the CSL-JSON export), BibTeX, RIS, CSL-JSON, Google
 * Scholar (Highwire) meta tags and a schema.org JSON-LD object. Authors are taken in the reader's language;
 * organisations are one literal name everywhere, persons are split into family and given names. The
 * publication type decides the entry type of each format (citation-types.ts). All server-side; callers escape
 * for their output context (meta tags and JSON-LD are returned as data, not markup).
 */
import { citationTypeOf } from './citation-types'
import { renderCslEntry, type TCitationPart } from './csl-processor'
import { citationDoi, doiLink } from './doi'
import { asciiToken, clean, datePart, formatBytes, localizedEntries, pickLocalized, splitPersonName, stripControlChars, unique } from './shared'
import type { TAuthorKind, TLocale, TPublicationRecord } from './types'

export type { TCitationPart }

export type TCitationAuthor = { kind: TAuthorKind; name: string; affiliation?: string }

/** The authors in `locale`, each name and affiliation falling back to the other language; unnamed ones left out. */
export function citationAuthors(record: TPublicationRecord, locale: TLocale): TCitationAuthor[] {
  return record.authors.flatMap((author) => {
    const name = pickLocalized(author.localizedName, locale)?.value ?? clean(author.name)
    if (!name) return []
    const affiliation = pickLocalized(author.localizedAffiliation, locale)?.value ?? clean(author.affiliation)
    const kind: TAuthorKind = author.kind === 'organisation' ? 'organisation' : 'person'
    return [affiliation ? { kind, name, affiliation } : { kind, name }]
  })
}

/** 'Family, Given' for a person with a given name; the name as it is for an organisation or a one-word name. */
export function invertedName(author: TCitationAuthor): string {
  if (author.kind === 'organisation') return author.name
  const { family, given } = splitPersonName(author.name)
  return given ? `${family}, ${given}` : family
}

const keywordList = (record: TPublicationRecord): string[] => unique(record.keywords.map((k) => clean(k)).filter((k): k is string => !!k))

/** The edition in `locale`, else the first one. */
function preferredEdition(record: TPublicationRecord, locale: TLocale) {
  return record.editions.find((e) => e.language === locale) ?? record.editions[0]
}

// ---------------------------------------------------------------------------------------------------------
// How to cite

export type TFormatOptions = {
  /** The reader's date of access, which ГОСТ gives for an online resource; default today (UTC). */
  accessed?: Date
}

/**
 * The "how to cite" entry, rendered from this module's CSL-JSON by citeproc-js: APA 7th edition in English,
 * ГОСТ Р 7.0.100-2018 in Russian (see csl-processor.ts). Text runs, italic where the style sets it.
 */
export function formatCitationParts(record: TPublicationRecord, locale: TLocale, options: TFormatOptions = {}): TCitationPart[] {
  const [item] = toCslJson(record, locale)
  if (locale === 'en') {
    const parts = renderCslEntry(item, 'apa')
    // APA writes 'https://doi.org/' + DOI as is; a DOI holding '%', '#', '?' or spaces needs encoding there.
    const doi = item.DOI
    if (!doi || doiLink(doi) === `https://doi.org/${doi}`) return parts
    return parts.map((part) => ({ ...part, text: part.text.split(`https://doi.org/${doi}`).join(doiLink(doi)) }))
  }
  const accessed = options.accessed ?? new Date()
  const date = [accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]
  return renderCslEntry({ ...item, accessed: { 'date-parts': [date] } }, 'gost')
}

/** The "how to cite" entry as plain text. */
export function formatCitation(record: TPublicationRecord, locale: TLocale, options: TFormatOptions = {}): string {
  return formatCitationParts(record, locale, options)
    .map((part) => part.text)
    .join('')
}

// ---------------------------------------------------------------------------------------------------------
// BibTeX

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // \{ would still count as a brace for BibTeX's own brace matching; these commands keep braces balanced.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '"': '{"}',
}

/** Escapes text for a brace-delimited BibTeX field (LaTeX specials, braces, quotes); UTF-8 is kept as is. */
export function escapeBibTeX(value: string): string {
  return (clean(stripControlChars(value)) ?? '').replace(/[\\{}&%$#_^~<>"]/g, (c) => BIBTEX_ESCAPES[c])
}

/** URLs and DOIs go into BibTeX verbatim, except characters that would break the field. */
const bibtexUrl = (value: string) =>
  stripControlChars(value)
    .trim()
    .replace(/[{}\\\s]/g, (c) => encodeURIComponent(c))

/** A part of a person's name; braced when BibTeX would read an 'and' or a comma in it as structure. */
const bibtexNamePart = (value: string) => (/\band\b/i.test(value) || value.includes(',') ? `{${escapeBibTeX(value)}}` : escapeBibTeX(value))

/**
 * An author as BibTeX reads it: a person as 'Family, Given' (BibTeX splits it into last and first names),
 * an organisation as one braced literal ('{Prague Process Secretariat}'), which BibTeX never splits.
 */
export function bibtexAuthor(author: TCitationAuthor): string {
  if (author.kind === 'organisation') return `{${escapeBibTeX(author.name)}}`
  const { family, given } = splitPersonName(author.name)
  return given ? `${bibtexNamePart(family)}, ${bibtexNamePart(given)}` : bibtexNamePart(family)
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const BIBTEX_LANGUAGES: Record<TLocale, string> = { en: 'english', ru: 'russian' }

/**
 * Citation key: first author's surname (an organisation's first word) + year + slug, ASCII only (Cyrillic
 * transliterated), e.g. 'petrov2024-labour-migration'. Built from the English names, so both languages agree.
 */
export function citationKey(record: TPublicationRecord): string {
  const first = citationAuthors(record, 'en')[0]
  const head = first ? asciiToken(first.kind === 'organisation' ? first.name.split(' ')[0] : splitPersonName(first.name).family) : ''
  const fallback = asciiToken(pickLocalized(record.publisher, 'en')?.value.split(' ')[0] ?? '')
  const slug = record.slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
  return `${head || fallback || 'anon'}${datePart(record.publishedOn)?.year ?? 'nd'}-${slug || `publication${record.id}`}`
}

/** The entry type; @techreport and @book need a publisher and become @misc without one. */
function bibtexEntryType(record: TPublicationRecord, publisher: string | undefined): string {
  const { bibtex } = citationTypeOf(record.type.slug)
  return (bibtex === 'techreport' || bibtex === 'book') && !publisher ? 'misc' : bibtex
}

/** Where each entry type names the publisher, and whether it takes a `type` (the genre). */
const BIBTEX_PUBLISHER_FIELD: Record<string, { publisher: string; type: boolean }> = {
  techreport: { publisher: 'institution', type: true },
  book: { publisher: 'publisher', type: false },
  article: { publisher: 'publisher', type: false },
  booklet: { publisher: 'howpublished', type: true },
  misc: { publisher: 'howpublished', type: true },
}

/**
 * A BibTeX entry whose type follows the publication type (citation-types.ts). Texts are taken in `locale`
 * (default English) with a fallback to the other language.
 */
export function toBibTeX(record: TPublicationRecord, locale: TLocale = 'en'): string {
  const title = pickLocalized(record.title, locale)
  const publisher = pickLocalized(record.publisher, locale)?.value
  const entryType = bibtexEntryType(record, publisher)
  const spec = BIBTEX_PUBLISHER_FIELD[entryType]
  const date = datePart(record.publishedOn)
  const doi = citationDoi(record.doi)
  const url = pickLocalized(record.pageUrl, locale)?.value
  const abstract = pickLocalized(record.abstract, locale)?.value
  const typeName = pickLocalized(record.type.name, locale)?.value
  const keywords = keywordList(record)
  const authors = citationAuthors(record, locale)

  const fields: [string, string | undefined][] = [
    ['author', authors.length > 0 ? authors.map(bibtexAuthor).join(' and ') : undefined],
    // Double braces keep the title's capitalisation from being changed by bibliography styles.
    ['title', title ? `{${escapeBibTeX(title.value)}}` : undefined],
    [spec.publisher, publisher ? escapeBibTeX(publisher) : undefined],
    ['type', spec.type && typeName ? escapeBibTeX(typeName) : undefined],
    ['series', record.series && clean(record.series) ? escapeBibTeX(record.series) : undefined],
    ['year', date ? String(date.year) : undefined],
    ['month', date ? BIBTEX_MONTHS[date.month - 1] : undefined],
    ['date', date?.iso],
    ['doi', doi ? bibtexUrl(doi) : undefined],
    ['url', url ? bibtexUrl(url) : undefined],
    ['language', title ? BIBTEX_LANGUAGES[title.lang] : undefined],
    ['abstract', abstract ? escapeBibTeX(abstract) : undefined],
    ['keywords', keywords.length > 0 ? keywords.map(escapeBibTeX).join(', ') : undefined],
  ]
  const lines = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    // Month is a predefined BibTeX macro and is written without braces.
    .map(([key, value]) => (key === 'month' ? `  ${key} = ${value}` : `  ${key} = {${value}}`))
  return `@${entryType}{${citationKey(record)},\n${lines.join(',\n')}\n}\n`
}

// ---------------------------------------------------------------------------------------------------------
// RIS

/**
 * An RIS record (TY from the publication type … ER) with CRLF line endings. Persons are 'Family, Given',
 * organisations their name as it is. Values are single-line; texts are taken in `locale` (default English)
 * with a fallback to the other language.
 */
export function toRIS(record: TPublicationRecord, locale: TLocale = 'en'): string {
  const lines: string[] = []
  const add = (tag: string, value: string | null | undefined) => {
    const v = clean(stripControlChars(value ?? ''))
    if (v) lines.push(`${tag}  - ${v}`)
  }
  const date = datePart(record.publishedOn)
  const pad = (n: number) => String(n).padStart(2, '0')

  add('TY', citationTypeOf(record.type.slug).ris)
  for (const author of citationAuthors(record, locale)) add('AU', invertedName(author))
  add('TI', pickLocalized(record.title, locale)?.value)
  add('T3', record.series)
  add('M3', pickLocalized(record.type.name, locale)?.value)
  if (date) {
    add('PY', String(date.year).padStart(4, '0'))
    add('DA', `${String(date.year).padStart(4, '0')}/${pad(date.month)}/${pad(date.day)}/`)
  }
  add('PB', pickLocalized(record.publisher, locale)?.value)
  add('AB', pickLocalized(record.abstract, locale)?.value)
  for (const keyword of keywordList(record)) add('KW', keyword)
  add('UR', pickLocalized(record.pageUrl, locale)?.value)
  const edition = preferredEdition(record, locale)
  if (edition) add('L1', edition.url)
  add('DO', citationDoi(record.doi))
  for (const language of unique(record.editions.map((e) => e.language))) add('LA', language)
  if (record.editions.length === 0) add('LA', pickLocalized(record.title, locale)?.lang)
  lines.push('ER  - ')
  return `${lines.join('\r\n')}\r\n`
}

// ---------------------------------------------------------------------------------------------------------
// CSL-JSON

export type TCslName = { family: string; given?: string } | { literal: string }

export type TCslItem = {
  id: string
  type: ReturnType<typeof citationTypeOf>['csl']
  title?: string
  author?: TCslName[]
  issued?: { 'date-parts': [[number, number, number]] }
  publisher?: string
  'collection-title'?: string
  genre?: string
  'number-of-pages'?: number
  abstract?: string
  keyword?: string
  DOI?: string
  URL?: string
  language?: string
}

/** A CSL name: a person with a given name as family/given, an organisation (or a one-word name) as a literal. */
export function cslName(author: TCitationAuthor): TCslName {
  if (author.kind === 'organisation') return { literal: author.name }
  const { family, given } = splitPersonName(author.name)
  return given ? { family, given } : { literal: author.name }
}

/** A CSL-JSON array with one item typed after the publication type (texts in `locale`, default English, with fallback). */
export function toCslJson(record: TPublicationRecord, locale: TLocale = 'en'): TCslItem[] {
  const title = pickLocalized(record.title, locale)
  const date = datePart(record.publishedOn)
  const item: TCslItem = { id: citationKey(record), type: citationTypeOf(record.type.slug).csl }
  if (title) item.title = title.value
  const authors = citationAuthors(record, locale)
  if (authors.length > 0) item.author = authors.map(cslName)
  if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day]] }
  const publisher = pickLocalized(record.publisher, locale)?.value
  if (publisher) item.publisher = publisher
  const series = clean(record.series)
  if (series) item['collection-title'] = series
  const genre = pickLocalized(record.type.name, locale)?.value
  if (genre) item.genre = genre
  const pages = preferredEdition(record, locale)?.pages
  if (typeof pages === 'number' && pages > 0) item['number-of-pages'] = pages
  const abstract = pickLocalized(record.abstract, locale)?.value
  if (abstract) item.abstract = abstract
  const keywords = keywordList(record)
  if (keywords.length > 0) item.keyword = keywords.join(', ')
  const doi = citationDoi(record.doi)
  if (doi) item.DOI = doi
  const url = pickLocalized(record.pageUrl, locale)?.value
  if (url) item.URL = url
  if (title) item.language = title.lang
  return [item]
}

// ---------------------------------------------------------------------------------------------------------
// Google Scholar (Highwire Press) meta tags

export type TMetaTag = { name: string; content: string }

/**
 * `<meta name content>` pairs for Google Scholar, in the reader's language and in order: each
 * citation_author_institution directly follows its own author's citation_author (Scholar pairs them by
 * position), so the caller must render every tag, in this order. Empty values are left out.
 */
export function citationMetaTags(record: TPublicationRecord, locale: TLocale): TMetaTag[] {
  const tags: TMetaTag[] = []
  const add = (name: string, content: string | null | undefined) => {
    const value = clean(content)
    if (value) tags.push({ name, content: value })
  }
  const title = pickLocalized(record.title, locale)
  add('citation_title', title?.value)
  for (const author of citationAuthors(record, locale)) {
    add('citation_author', invertedName(author))
    add('citation_author_institution', author.affiliation)
  }
  const date = datePart(record.publishedOn)
  if (date) add('citation_publication_date', date.iso.replace(/-/g, '/'))
  const edition = preferredEdition(record, locale)
  if (edition) add('citation_pdf_url', edition.url)
  add('citation_language', title?.lang ?? locale)
  const publisher = pickLocalized(record.publisher, locale)?.value
  add('citation_publisher', publisher)
  if (citationTypeOf(record.type.slug).csl === 'report') add('citation_technical_report_institution', publisher)
  const keywords = keywordList(record)
  if (keywords.length > 0) add('citation_keywords', keywords.join('; '))
  add('citation_doi', citationDoi(record.doi))
  add('citation_abstract_html_url', pickLocalized(record.pageUrl, locale)?.value)
  return tags
}

// ---------------------------------------------------------------------------------------------------------
// schema.org JSON-LD

export type TJsonLd = { [key: string]: TJsonLdValue }
export type TJsonLdValue = string | number | boolean | TJsonLd | TJsonLdValue[]

/** Drops undefined values and empty arrays so the object only carries what is known. */
function compact(object: Record<string, TJsonLdValue | undefined>): TJsonLd {
  const out: TJsonLd = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    out[key] = value
  }
  return out
}

/** A schema.org Organization, or a Person with family and given names when they are known. */
function jsonLdAuthor(author: TCitationAuthor): TJsonLd {
  if (author.kind === 'organisation') return { '@type': 'Organization', name: author.name }
  const name = cslName(author)
  return compact({
    '@type': 'Person',
    name: author.name,
    familyName: 'family' in name ? name.family : undefined,
    givenName: 'given' in name ? name.given : undefined,
    affiliation: author.affiliation ? { '@type': 'Organization', name: author.affiliation } : undefined,
  })
}

/**
 * A schema.org object for the item page, typed after the publication type (Report, Book, VideoObject, …).
 * A plain object; the caller serialises it safely into a script tag.
 */
export function jsonLd(record: TPublicationRecord, locale: TLocale): TJsonLd {
  const title = pickLocalized(record.title, locale)
  const url = pickLocalized(record.pageUrl, locale)?.value
  const doi = citationDoi(record.doi)
  const publisher = pickLocalized(record.publisher, locale)?.value
  const keywords = keywordList(record)
  const series = clean(record.series)
  const licence = record.licence ? (clean(record.licence.url) ?? clean(record.licence.code)) : undefined
  const sameAs = unique([...localizedEntries(record.pageUrl).map((u) => u.value), ...(doi ? [doiLink(doi)] : [])]).filter((u) => u !== url)

  return compact({
    '@context': 'https://schema.org',
    '@type': citationTypeOf(record.type.slug).schemaOrg,
    '@id': url,
    url,
    name: title?.value,
    headline: title?.value,
    description: pickLocalized(record.abstract, locale)?.value,
    author: citationAuthors(record, locale).map(jsonLdAuthor),
    datePublished: datePart(record.publishedOn)?.iso,
    dateModified: clean(record.updatedAt),
    inLanguage: title?.lang ?? locale,
    genre: pickLocalized(record.type.name, locale)?.value,
    about: record.thematicAreas
      .map((area) => pickLocalized(area.name, locale)?.value)
      .filter((name): name is string => !!name)
      .map((name) => ({ '@type': 'Thing', name })),
    spatialCoverage: record.countries
      .map((country) => pickLocalized(country.name, locale)?.value)
      .filter((name): name is string => !!name)
      .map((name) => ({ '@type': 'Country', name })),
    keywords: keywords.length > 0 ? keywords.join(', ') : undefined,
    isPartOf: series ? { '@type': 'CreativeWorkSeries', name: series } : undefined,
    publisher: publisher ? { '@type': 'Organization', name: publisher } : undefined,
    license: licence,
    identifier: doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: doi, url: doiLink(doi) } : undefined,
    sameAs,
    encoding: record.editions.map((edition) =>
      compact({
        '@type': 'MediaObject',
        contentUrl: edition.url,
        encodingFormat: edition.mimeType,
        inLanguage: edition.language,
        contentSize: typeof edition.bytes === 'number' && edition.bytes >= 0 ? formatBytes(edition.bytes) : undefined,
      }),
    ),
  })
}
