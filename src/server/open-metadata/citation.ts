/**
 * Citation exports of a publication: a plain-text APA-like citation, BibTeX, RIS, CSL-JSON, Google Scholar
 * (Highwire) meta tags and a schema.org JSON-LD object. All pure; callers escape for their output context
 * (meta tags and JSON-LD are returned as data, not markup).
 */
import {
  asciiToken,
  clean,
  datePart,
  doiUrl,
  formatBytes,
  localizedEntries,
  normaliseDoi,
  pickLocalized,
  splitPersonName,
  stripControlChars,
  unique,
} from './shared'
import type { TLocale, TPublicationRecord } from './types'

const authorNames = (record: TPublicationRecord): string[] => record.authors.map((a) => clean(a.name)).filter((n): n is string => !!n)

const keywordList = (record: TPublicationRecord): string[] => unique(record.keywords.map((k) => clean(k)).filter((k): k is string => !!k))

/** DOI link if there is a DOI, else the item page in `locale` (or the other language). */
function preferredLink(record: TPublicationRecord, locale: TLocale): string | undefined {
  const doi = normaliseDoi(record.doi)
  return doi ? doiUrl(doi) : pickLocalized(record.pageUrl, locale)?.value
}

/** The edition in `locale`, else the first one. */
function preferredEdition(record: TPublicationRecord, locale: TLocale) {
  return record.editions.find((e) => e.language === locale) ?? record.editions[0]
}

const endsWithPunctuation = (value: string) => /[.!?…]$/.test(value)
const sentence = (value: string) => (endsWithPunctuation(value) ? value : `${value}.`)

const CITATION_LABELS: Record<TLocale, { and: string; serialComma: boolean; etAl: string; noDate: string }> = {
  en: { and: '&', serialComma: true, etAl: 'et al.', noDate: 'n.d.' },
  ru: { and: 'и', serialComma: false, etAl: 'и др.', noDate: 'б. г.' },
}

/**
 * An APA-like plain-text citation in the reader's language:
 * `Authors (Year). Title. Publisher. https://doi.org/…` (page URL when there is no DOI). More than three
 * authors become 'First et al.' / 'First и др.'; without authors the publisher takes their place.
 */
export function formatCitation(record: TPublicationRecord, locale: TLocale): string {
  const labels = CITATION_LABELS[locale]
  const names = authorNames(record)
  const publisher = pickLocalized(record.publisher, locale)?.value
  const title = pickLocalized(record.title, locale)?.value
  const year = datePart(record.publishedOn)?.year
  const yearPart = `(${year ?? labels.noDate}).`

  let authorPart: string | undefined
  if (names.length > 3) authorPart = `${names[0]} ${labels.etAl}`
  else if (names.length === 1) authorPart = names[0]
  else if (names.length > 1) {
    const head = names.slice(0, -1).join(', ')
    authorPart = `${head}${labels.serialComma && names.length > 2 ? ',' : ''} ${labels.and} ${names[names.length - 1]}`
  }

  const parts: string[] = []
  if (authorPart) {
    parts.push(`${authorPart} ${yearPart}`)
    if (title) parts.push(sentence(title))
    if (publisher) parts.push(sentence(publisher))
  } else if (publisher) {
    // Group author: the publisher is named once, in the author position.
    parts.push(`${publisher} ${yearPart}`)
    if (title) parts.push(sentence(title))
  } else {
    if (title) parts.push(sentence(title))
    parts.push(yearPart)
  }
  const link = preferredLink(record, locale)
  if (link) parts.push(link)
  return parts.join(' ')
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

/** A name BibTeX must not split: an 'and' inside it would otherwise start a new author. */
const bibtexName = (name: string) => (/\band\b/i.test(name) || name.includes(',') ? `{${escapeBibTeX(name)}}` : escapeBibTeX(name))

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const BIBTEX_LANGUAGES: Record<TLocale, string> = { en: 'english', ru: 'russian' }

/** Citation key: first author's surname + year + slug, ASCII only (Cyrillic transliterated), e.g. 'petrov2024-labour-migration'. */
export function citationKey(record: TPublicationRecord): string {
  const first = authorNames(record)[0]
  const surname = first ? asciiToken(splitPersonName(first).family) : ''
  const fallback = asciiToken(pickLocalized(record.publisher, 'en')?.value.split(' ')[0] ?? '')
  const slug = record.slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
  return `${surname || fallback || 'anon'}${datePart(record.publishedOn)?.year ?? 'nd'}-${slug || `publication${record.id}`}`
}

/**
 * A BibTeX entry: @techreport (institution = publisher) or @misc when there is no publisher. Texts are taken
 * in `locale` (default English) with a fallback to the other language.
 */
export function toBibTeX(record: TPublicationRecord, locale: TLocale = 'en'): string {
  const title = pickLocalized(record.title, locale)
  const publisher = pickLocalized(record.publisher, locale)?.value
  const date = datePart(record.publishedOn)
  const doi = normaliseDoi(record.doi)
  const url = pickLocalized(record.pageUrl, locale)?.value
  const abstract = pickLocalized(record.abstract, locale)?.value
  const typeName = pickLocalized(record.type.name, locale)?.value
  const keywords = keywordList(record)
  const names = authorNames(record)

  const fields: [string, string | undefined][] = [
    ['author', names.length > 0 ? names.map(bibtexName).join(' and ') : undefined],
    // Double braces keep the title's capitalisation from being changed by bibliography styles.
    ['title', title ? `{${escapeBibTeX(title.value)}}` : undefined],
    [publisher ? 'institution' : 'howpublished', publisher ? escapeBibTeX(publisher) : undefined],
    ['type', typeName ? escapeBibTeX(typeName) : undefined],
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
  return `@${publisher ? 'techreport' : 'misc'}{${citationKey(record)},\n${lines.join(',\n')}\n}\n`
}

// ---------------------------------------------------------------------------------------------------------
// RIS

/** RIS 'Family, Given' form of a name written 'Given Family'. */
const risName = (name: string) => {
  const { family, given } = splitPersonName(name)
  return given ? `${family}, ${given}` : family
}

/**
 * An RIS record (TY RPRT … ER) with CRLF line endings. Values are single-line; texts are taken in `locale`
 * (default English) with a fallback to the other language.
 */
export function toRIS(record: TPublicationRecord, locale: TLocale = 'en'): string {
  const lines: string[] = []
  const add = (tag: string, value: string | null | undefined) => {
    const v = clean(stripControlChars(value ?? ''))
    if (v) lines.push(`${tag}  - ${v}`)
  }
  const date = datePart(record.publishedOn)
  const pad = (n: number) => String(n).padStart(2, '0')

  add('TY', 'RPRT')
  for (const name of authorNames(record)) add('AU', risName(name))
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
  add('DO', normaliseDoi(record.doi))
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
  type: 'report'
  title?: string
  author?: TCslName[]
  issued?: { 'date-parts': [[number, number, number]] }
  publisher?: string
  'collection-title'?: string
  genre?: string
  abstract?: string
  keyword?: string
  DOI?: string
  URL?: string
  language?: string
}

/** A CSL-JSON array with one 'report' item (texts in `locale`, default English, with fallback). */
export function toCslJson(record: TPublicationRecord, locale: TLocale = 'en'): TCslItem[] {
  const title = pickLocalized(record.title, locale)
  const date = datePart(record.publishedOn)
  const item: TCslItem = { id: citationKey(record), type: 'report' }
  if (title) item.title = title.value
  const names = authorNames(record)
  if (names.length > 0) {
    item.author = names.map((name) => {
      const { family, given } = splitPersonName(name)
      return given ? { family, given } : { literal: name }
    })
  }
  if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day]] }
  const publisher = pickLocalized(record.publisher, locale)?.value
  if (publisher) item.publisher = publisher
  const series = clean(record.series)
  if (series) item['collection-title'] = series
  const genre = pickLocalized(record.type.name, locale)?.value
  if (genre) item.genre = genre
  const abstract = pickLocalized(record.abstract, locale)?.value
  if (abstract) item.abstract = abstract
  const keywords = keywordList(record)
  if (keywords.length > 0) item.keyword = keywords.join(', ')
  const doi = normaliseDoi(record.doi)
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
 * `<meta name content>` pairs for Google Scholar, in the reader's language. Empty values are left out; the
 * caller renders (and escapes) them.
 */
export function citationMetaTags(record: TPublicationRecord, locale: TLocale): TMetaTag[] {
  const tags: TMetaTag[] = []
  const add = (name: string, content: string | null | undefined) => {
    const value = clean(content)
    if (value) tags.push({ name, content: value })
  }
  const title = pickLocalized(record.title, locale)
  add('citation_title', title?.value)
  for (const author of record.authors) {
    const name = clean(author.name)
    if (!name) continue
    add('citation_author', name)
    add('citation_author_institution', author.affiliation)
  }
  const date = datePart(record.publishedOn)
  if (date) add('citation_publication_date', date.iso.replace(/-/g, '/'))
  const edition = preferredEdition(record, locale)
  if (edition) add('citation_pdf_url', edition.url)
  add('citation_language', title?.lang ?? locale)
  const publisher = pickLocalized(record.publisher, locale)?.value
  add('citation_publisher', publisher)
  add('citation_technical_report_institution', publisher)
  const keywords = keywordList(record)
  if (keywords.length > 0) add('citation_keywords', keywords.join('; '))
  add('citation_doi', normaliseDoi(record.doi))
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

/**
 * A schema.org object for the item page: `ScholarlyArticle` when the publication type is an article, else
 * `Report`. A plain object; the caller serialises it safely into a script tag.
 */
export function jsonLd(record: TPublicationRecord, locale: TLocale): TJsonLd {
  const title = pickLocalized(record.title, locale)
  const url = pickLocalized(record.pageUrl, locale)?.value
  const doi = normaliseDoi(record.doi)
  const publisher = pickLocalized(record.publisher, locale)?.value
  const keywords = keywordList(record)
  const series = clean(record.series)
  const licence = record.licence ? (clean(record.licence.url) ?? clean(record.licence.code)) : undefined
  const sameAs = unique([...localizedEntries(record.pageUrl).map((u) => u.value), ...(doi ? [doiUrl(doi)] : [])]).filter((u) => u !== url)

  return compact({
    '@context': 'https://schema.org',
    '@type': /article/i.test(record.type.slug) ? 'ScholarlyArticle' : 'Report',
    '@id': url,
    url,
    name: title?.value,
    headline: title?.value,
    description: pickLocalized(record.abstract, locale)?.value,
    author: record.authors
      .filter((a) => clean(a.name))
      .map((a) => {
        const affiliation = clean(a.affiliation)
        return compact({
          '@type': 'Person',
          name: clean(a.name),
          affiliation: affiliation ? { '@type': 'Organization', name: affiliation } : undefined,
        })
      }),
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
    identifier: doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: doi, url: doiUrl(doi) } : undefined,
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
