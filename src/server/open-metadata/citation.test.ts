import { describe, expect, it } from 'vitest'

import { publicationTypes } from '@/seed/data/publication-types'
import {
  bibtexAuthor,
  citationAuthors,
  citationKey,
  citationMetaTags,
  escapeBibTeX,
  formatCitation,
  formatCitationParts,
  jsonLd,
  toBibTeX,
  toCslJson,
  toRIS,
} from './citation'
import { CITATION_TYPES, citationTypeOf, GENERIC_CITATION_TYPE } from './citation-types'
import { citationDoi, doiLink } from './doi'
import { makeRecord } from './test-support/fixtures'
import type { TPublicationRecord } from './types'

const tricky = makeRecord(12, {
  slug: 'migration-&-mobility',
  title: { en: 'Migration & "Mobility" {2024}: 50% of $costs_#1 ~ ^ \\ <x>', ru: 'Миграция и «мобильность» {2024} & "цитаты"' },
  abstract: { en: 'Line one.\nLine two & {braces}.', ru: 'Строка один.\nСтрока два.' },
  authors: [
    { name: 'Иван Петров', affiliation: 'МЦРМП' },
    { name: 'Jane Smith', affiliation: null },
  ],
  keywords: ['labour migration', 'трудовая миграция', 'R&D'],
  doi: 'https://doi.org/10.5555/PP.2024.12',
  series: 'Policy Brief Series',
})

/** Ivan Petrov (a person, with Russian name and affiliation), Jane Smith and the Secretariat (an organisation). */
const authorsInBothLanguages: TPublicationRecord['authors'] = [
  { name: 'Ivan Petrov', localizedName: { en: 'Ivan Petrov', ru: 'Иван Петров' }, kind: 'person', affiliation: 'ICMPD', localizedAffiliation: { en: 'ICMPD', ru: 'МЦРМП' } },
  { name: 'Jane Smith', localizedName: { en: 'Jane Smith', ru: 'Джейн Смит' }, kind: 'person' },
  { name: 'Prague Process Secretariat', localizedName: { en: 'Prague Process Secretariat', ru: 'Секретариат Пражского процесса' }, kind: 'organisation' },
]

const sample = makeRecord(7, {
  title: { en: 'Labour migration in the Prague Process region', ru: 'Трудовая миграция в регионе Пражского процесса' },
  authors: authorsInBothLanguages.slice(0, 2),
  doi: '10.5555/PP.2024.7',
})
const byOrganisation = makeRecord(8, { authors: authorsInBothLanguages.slice(2), doi: null, series: 'Policy Brief Series' })
const withType = (slug: string, record: TPublicationRecord = sample) => ({ ...record, type: { slug, name: { en: 'Some type', ru: 'Какой-то тип' } } })
const accessed = { accessed: new Date('2026-12-01T23:30:00Z') }
const nb = '\u00a0' // no-break space, as the GOST style writes it between initials and names
const nnb = '\u202f' // narrow no-break space, as citeproc writes it before ':' in Russian

/** BibTeX counts every brace, escaped or not; they must balance at every point and close at the end. */
function bracesBalanced(value: string): boolean {
  let depth = 0
  for (const c of value) {
    if (c === '{') depth++
    if (c === '}') depth--
    if (depth < 0) return false
  }
  return depth === 0
}

/** Splits `value` at `separator` where it is outside braces, as BibTeX does. */
function splitTopLevel(value: string, separator: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '{') depth++
    else if (value[i] === '}') depth--
    else if (depth === 0) {
      const m = separator.exec(value.slice(i))
      if (m && m.index === 0) {
        parts.push(value.slice(start, i))
        i += m[0].length - 1
        start = i + 1
      }
    }
  }
  parts.push(value.slice(start))
  return parts.map((p) => p.trim())
}

/** BibTeX's reading of an author field: names split at top-level 'and', each at its top-level commas. */
function parseBibTeXNames(field: string): ({ last: string; first?: string } | { literal: string })[] {
  return splitTopLevel(field, /^\s+and\s+/i).map((name) => {
    if (/^\{[^{}]*\}$/.test(name)) return { literal: name.slice(1, -1) }
    const [last, first] = splitTopLevel(name, /^,/)
    return first === undefined ? { last } : { last, first }
  })
}

const bibField = (bib: string, name: string) => /^ {2}(\w+) = \{(.*)\},?$/m.exec(bib.split('\n').find((line) => line.startsWith(`  ${name} = `)) ?? '')?.[2]

describe('formatCitation (citeproc-js with real CSL styles)', () => {
  it('writes APA 7 for English readers, the title in italics', () => {
    expect(formatCitation(sample, 'en')).toBe(
      'Petrov, I., & Smith, J. (2024). Labour migration in the Prague Process region [Policy brief]. Prague Process Secretariat (ICMPD). https://doi.org/10.5555/PP.2024.7',
    )
    expect(formatCitationParts(sample, 'en')).toEqual([
      { text: 'Petrov, I., & Smith, J. (2024). ' },
      { text: 'Labour migration in the Prague Process region', italic: true },
      { text: ' [Policy brief]. Prague Process Secretariat (ICMPD). https://doi.org/10.5555/PP.2024.7' },
    ])
  })

  it('writes ГОСТ Р 7.0.100-2018 with the Russian names for Russian readers', () => {
    expect(formatCitation(sample, 'ru', accessed)).toBe(
      `Петров,${nb}И. Трудовая миграция в регионе Пражского процесса / И.${nb}Петров, Д.${nb}Смит. – Секретариат Пражского процесса (МЦРМП), 2024. – 14${nb}с. – URL: https://pragueprocess.eu/ru/publications/publication-7 (дата обращения: 01.12.2026). – Текст${nnb}: электронный.`,
    )
  })

  it('cites an organisation by its whole name in both styles', () => {
    expect(formatCitation(byOrganisation, 'en')).toBe(
      'Prague Process Secretariat. (2024). Publication 8 (Policy Brief Series) [Policy brief]. Prague Process Secretariat (ICMPD). https://pragueprocess.eu/en/publications/publication-8',
    )
    expect(formatCitation(byOrganisation, 'ru', accessed)).toBe(
      `Секретариат Пражского процесса. Публикация 8 : Policy Brief Series / Секретариат Пражского процесса. – Секретариат Пражского процесса (МЦРМП), 2024. – 14${nb}с. – URL: https://pragueprocess.eu/ru/publications/publication-8 (дата обращения: 01.12.2026). – Текст${nnb}: электронный.`,
    )
  })

  it('lists up to 20 authors in APA and three plus [и др.] in GOST', () => {
    const many = makeRecord(10, { authors: ['Anna Black', 'Ben White', 'Carla Green', 'Dan Brown', 'Eva Grey'].map((name) => ({ name })) })
    expect(formatCitation(many, 'en')).toMatch(/^Black, A\., White, B\., Green, C\., Brown, D\., & Grey, E\. \(2024\)\. Publication 10 /)
    expect(formatCitation(many, 'ru', accessed)).toMatch(new RegExp(`^Публикация 10 / A\\.${nb}Black, B\\.${nb}White, C\\.${nb}Green \\[и др\\.\\]\\. – `))
  })

  it('keeps a DOI with %2F and percent-encodes it only in the link', () => {
    const record = makeRecord(11, { doi: '10.5555/pp%2F2024#7' })
    expect(formatCitation(record, 'en')).toMatch(/ https:\/\/doi\.org\/10\.5555\/pp%252F2024%237$/)
    expect(toCslJson(record)[0].DOI).toBe('10.5555/pp%2F2024#7')
  })

  it('keeps characters of a title that look like markup as text', () => {
    const parts = formatCitationParts(tricky, 'en')
    expect(parts.map((p) => p.text).join('')).toBe(formatCitation(tricky, 'en'))
    expect(parts.find((p) => p.italic)?.text).toBe('Migration & “Mobility” {2024}: 50% of $costs_#1 ~ ^ \\ <x>')
  })

  it('renders each record afresh on the engines it keeps', () => {
    const first = formatCitation(sample, 'en')
    const organisation = formatCitation(byOrganisation, 'en')
    expect(organisation).toMatch(/^Prague Process Secretariat\. \(2024\)\. Publication 8 /)
    expect([formatCitation(sample, 'en'), formatCitation(sample, 'en'), formatCitation(byOrganisation, 'en')]).toEqual([first, first, organisation])
  })

  it('uses the accessed date in UTC, today by default', () => {
    const today = new Date()
    const ddmmyyyy = [today.getUTCDate(), today.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${today.getUTCFullYear()}`
    expect(formatCitation(sample, 'ru')).toContain(`(дата обращения: ${ddmmyyyy})`)
  })
})

describe('authors', () => {
  it('takes names and affiliations in the reader language, falling back to the other one', () => {
    expect(citationAuthors(sample, 'ru')).toEqual([
      { kind: 'person', name: 'Иван Петров', affiliation: 'МЦРМП' },
      { kind: 'person', name: 'Джейн Смит' },
    ])
    expect(citationAuthors(sample, 'en')[0]).toEqual({ kind: 'person', name: 'Ivan Petrov', affiliation: 'ICMPD' })
    const englishOnly = makeRecord(1, { authors: [{ name: 'Jane Smith', localizedName: { en: 'Jane Smith', ru: '' }, kind: 'person' }] })
    expect(citationAuthors(englishOnly, 'ru')).toEqual([{ kind: 'person', name: 'Jane Smith' }])
  })
})

describe('toBibTeX', () => {
  it('writes persons as Family, Given and organisations as one braced literal, as BibTeX parses them', () => {
    const record = makeRecord(3, { authors: authorsInBothLanguages })
    const author = bibField(toBibTeX(record), 'author')!
    expect(author).toBe('Petrov, Ivan and Smith, Jane and {Prague Process Secretariat}')
    expect(parseBibTeXNames(author)).toEqual([{ last: 'Petrov', first: 'Ivan' }, { last: 'Smith', first: 'Jane' }, { literal: 'Prague Process Secretariat' }])
    const russian = bibField(toBibTeX(record, 'ru'), 'author')!
    expect(parseBibTeXNames(russian)).toEqual([{ last: 'Петров', first: 'Иван' }, { last: 'Смит', first: 'Джейн' }, { literal: 'Секретариат Пражского процесса' }])
  })

  it('keeps an "and" or a comma inside a name from splitting it', () => {
    const organisation = { kind: 'organisation' as const, name: 'Ministry of Labour and Social Protection, Armenia' }
    expect(bibtexAuthor(organisation)).toBe('{Ministry of Labour and Social Protection, Armenia}')
    expect(parseBibTeXNames(bibtexAuthor(organisation))).toEqual([{ literal: 'Ministry of Labour and Social Protection, Armenia' }])
    expect(bibtexAuthor({ kind: 'person', name: 'King, Martin Luther, Jr.' })).toBe('King, {Martin Luther, Jr.}')
    expect(bibtexAuthor({ kind: 'person', name: 'García López, Ana' })).toBe('García López, Ana')
    expect(bibtexAuthor({ kind: 'person', name: 'Madonna' })).toBe('Madonna')
  })

  it('escapes LaTeX specials, braces and quotes and keeps Cyrillic', () => {
    const bib = toBibTeX(tricky)
    expect(bib.startsWith('@techreport{petrov2024-migration-mobility,\n')).toBe(true)
    expect(bib.endsWith('\n}\n')).toBe(true)
    expect(bracesBalanced(bib)).toBe(true)
    const field = (name: string) => bib.split('\n').find((line) => line.startsWith(`  ${name} = `))
    expect(field('title')).toBe(
      '  title = {{Migration \\& {"}Mobility{"} \\textbraceleft{}2024\\textbraceright{}: 50\\% of \\$costs\\_\\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{}x\\textgreater{}}},',
    )
    expect(field('author')).toBe('  author = {Петров, Иван and Smith, Jane},')
    expect(field('institution')).toBe('  institution = {Prague Process Secretariat (ICMPD)},')
    expect(field('type')).toBe('  type = {Policy brief},')
    expect(field('year')).toBe('  year = {2024},')
    expect(field('month')).toBe('  month = mar,')
    expect(field('doi')).toBe('  doi = {10.5555/PP.2024.12},')
    expect(field('abstract')).toBe('  abstract = {Line one. Line two \\& \\textbraceleft{}braces\\textbraceright{}.},')
    expect(field('keywords')).toBe('  keywords = {labour migration, трудовая миграция, R\\&D}')
    expect(field('language')).toBe('  language = {english},')
  })

  it('exports the Russian texts on request', () => {
    const bib = toBibTeX(tricky, 'ru')
    expect(bracesBalanced(bib)).toBe(true)
    expect(bib).toContain('  title = {{Миграция и «мобильность» \\textbraceleft{}2024\\textbraceright{} \\& {"}цитаты{"}}},')
    expect(bib).toContain('  institution = {Секретариат Пражского процесса (МЦРМП)},')
    expect(bib).toContain('  language = {russian},')
  })

  it('chooses the entry type from the publication type', () => {
    const entry = (slug: string, record?: TPublicationRecord) => /^@(\w+)\{/.exec(toBibTeX(withType(slug, record)))?.[1]
    expect(entry('policy-brief')).toBe('techreport')
    expect(entry('analytical-report')).toBe('techreport')
    expect(entry('handbook')).toBe('book')
    expect(entry('selected-publications')).toBe('book')
    expect(entry('national-factsheet')).toBe('booklet')
    expect(entry('infographic')).toBe('misc')
    expect(entry('webinar-recording')).toBe('misc')
    expect(entry('a-type-added-later')).toBe('misc')
    const handbook = toBibTeX(withType('handbook'))
    expect(bibField(handbook, 'publisher')).toBe('Prague Process Secretariat (ICMPD)')
    expect(handbook).not.toContain('institution')
    expect(bibField(toBibTeX(withType('infographic')), 'howpublished')).toBe('Prague Process Secretariat (ICMPD)')
  })

  it('falls back to @misc without a publisher', () => {
    const record = makeRecord(3, { publisher: {}, authors: [{ name: 'Ministry of Labour and Social Protection', kind: 'organisation' }] })
    const bib = toBibTeX(record)
    expect(bib.startsWith('@misc{ministry2024-publication-3,')).toBe(true)
    expect(bib).toContain('  author = {{Ministry of Labour and Social Protection}},')
    expect(bib).not.toContain('institution')
    expect(bracesBalanced(bib)).toBe(true)
  })

  it('keeps a DOI with percent-encoded characters verbatim', () => {
    expect(bibField(toBibTeX(makeRecord(3, { doi: '10.5555/pp%2F2024' })), 'doi')).toBe('10.5555/pp%2F2024')
  })

  it('builds ASCII keys from the English names', () => {
    expect(citationKey(makeRecord(4, { authors: [{ name: 'Сергей Щёлоков' }], slug: 'Бюллетень-4' }))).toBe('shchelokov2024-4')
    expect(citationKey(makeRecord(5, { authors: [{ name: 'José Müller' }] }))).toBe('muller2024-publication-5')
    expect(citationKey(makeRecord(6, { authors: [], slug: '' }))).toBe('prague2024-publication6')
    expect(citationKey(makeRecord(7, { authors: authorsInBothLanguages }))).toBe('petrov2024-publication-7')
    expect(citationKey(makeRecord(8, { authors: authorsInBothLanguages.slice(2) }))).toBe('prague2024-publication-8')
    expect(escapeBibTeX('a\u0000b')).toBe('ab')
  })
})

describe('toRIS', () => {
  it('writes a CRLF RIS record', () => {
    const ris = toRIS(tricky)
    expect(ris.endsWith('ER  - \r\n')).toBe(true)
    const lines = ris.split('\r\n')
    expect(lines.pop()).toBe('')
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true)
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(lines).toEqual([
      'TY  - RPRT',
      'AU  - Петров, Иван',
      'AU  - Smith, Jane',
      'TI  - Migration & "Mobility" {2024}: 50% of $costs_#1 ~ ^ \\ <x>',
      'T3  - Policy Brief Series',
      'M3  - Policy brief',
      'PY  - 2024',
      'DA  - 2024/03/05/',
      'PB  - Prague Process Secretariat (ICMPD)',
      'AB  - Line one. Line two & {braces}.',
      'KW  - labour migration',
      'KW  - трудовая миграция',
      'KW  - R&D',
      'UR  - https://pragueprocess.eu/en/publications/publication-12',
      'L1  - https://pragueprocess.eu/files/p12-en.pdf',
      'DO  - 10.5555/PP.2024.12',
      'LA  - en',
      'LA  - ru',
      'ER  - ',
    ])
  })

  it('writes persons as Family, Given and organisations as they are, in the reader language', () => {
    const record = makeRecord(3, { authors: authorsInBothLanguages })
    const au = (locale: 'en' | 'ru') => toRIS(record, locale).split('\r\n').filter((l) => l.startsWith('AU  - '))
    expect(au('en')).toEqual(['AU  - Petrov, Ivan', 'AU  - Smith, Jane', 'AU  - Prague Process Secretariat'])
    expect(au('ru')).toEqual(['AU  - Петров, Иван', 'AU  - Смит, Джейн', 'AU  - Секретариат Пражского процесса'])
  })

  it('uses the Russian texts on request', () => {
    const ris = toRIS(tricky, 'ru')
    expect(ris).toContain('\r\nTI  - Миграция и «мобильность» {2024} & "цитаты"\r\n')
    expect(ris).toContain('\r\nL1  - https://pragueprocess.eu/files/p12-ru.pdf\r\n')
  })

  it('chooses TY from the publication type and keeps a DOI with %2F', () => {
    const ty = (slug: string) => toRIS(withType(slug)).split('\r\n')[0]
    expect(ty('policy-brief')).toBe('TY  - RPRT')
    expect(ty('handbook')).toBe('TY  - BOOK')
    expect(ty('national-factsheet')).toBe('TY  - PAMP')
    expect(ty('infographic')).toBe('TY  - FIGURE')
    expect(ty('webinar-recording')).toBe('TY  - VIDEO')
    expect(ty('commentary')).toBe('TY  - GEN')
    expect(ty('a-type-added-later')).toBe('TY  - GEN')
    expect(toRIS(makeRecord(3, { doi: 'doi:10.5555/pp%2F2024' }))).toContain('\r\nDO  - 10.5555/pp%2F2024\r\n')
  })
})

describe('toCslJson', () => {
  it('returns one item that survives a JSON round trip', () => {
    const items = toCslJson(tricky)
    expect(JSON.parse(JSON.stringify(items))).toEqual(items)
    expect(items).toEqual([
      {
        id: 'petrov2024-migration-mobility',
        type: 'report',
        title: 'Migration & "Mobility" {2024}: 50% of $costs_#1 ~ ^ \\ <x>',
        author: [
          { family: 'Петров', given: 'Иван' },
          { family: 'Smith', given: 'Jane' },
        ],
        issued: { 'date-parts': [[2024, 3, 5]] },
        publisher: 'Prague Process Secretariat (ICMPD)',
        'collection-title': 'Policy Brief Series',
        genre: 'Policy brief',
        'number-of-pages': 12,
        abstract: 'Line one. Line two & {braces}.',
        keyword: 'labour migration, трудовая миграция, R&D',
        DOI: '10.5555/PP.2024.12',
        URL: 'https://pragueprocess.eu/en/publications/publication-12',
        language: 'en',
      },
    ])
    expect(toCslJson(tricky, 'ru')[0].title).toBe('Миграция и «мобильность» {2024} & "цитаты"')
  })

  it('names persons by family and given names and organisations by a literal', () => {
    const record = makeRecord(3, { authors: authorsInBothLanguages })
    expect(toCslJson(record)[0].author).toEqual([{ family: 'Petrov', given: 'Ivan' }, { family: 'Smith', given: 'Jane' }, { literal: 'Prague Process Secretariat' }])
    expect(toCslJson(record, 'ru')[0].author).toEqual([{ family: 'Петров', given: 'Иван' }, { family: 'Смит', given: 'Джейн' }, { literal: 'Секретариат Пражского процесса' }])
    // A one-word name is never split, whatever its kind.
    expect(toCslJson(makeRecord(1, { authors: [{ name: 'ICMPD' }] }))[0].author).toEqual([{ literal: 'ICMPD' }])
  })

  it('types the item after the publication type', () => {
    const cslType = (slug: string) => toCslJson(withType(slug))[0].type
    expect(cslType('policy-brief')).toBe('report')
    expect(cslType('information-note')).toBe('report')
    expect(cslType('handbook')).toBe('book')
    expect(cslType('selected-publications')).toBe('book')
    expect(cslType('national-factsheet')).toBe('pamphlet')
    expect(cslType('infographic')).toBe('graphic')
    expect(cslType('training-material')).toBe('document')
    expect(cslType('webinar-recording')).toBe('motion_picture')
    expect(cslType('commentary')).toBe('article')
    expect(cslType('a-type-added-later')).toBe('document')
  })
})

describe('citation types', () => {
  it('maps every seeded publication type explicitly', () => {
    const missing = publicationTypes.map((t) => t.slug).filter((slug) => !Object.hasOwn(CITATION_TYPES, slug))
    expect(missing).toEqual([])
    const reports = publicationTypes.filter((t) => citationTypeOf(t.slug).csl === 'report').length
    expect(reports).toBeLessThan(publicationTypes.length)
    expect(citationTypeOf('toString')).toBe(GENERIC_CITATION_TYPE)
  })
})

describe('DOIs', () => {
  it('keeps a DOI as written and decodes only doi.org URLs', () => {
    expect(citationDoi('10.5555/pp%2F2024')).toBe('10.5555/pp%2F2024')
    expect(citationDoi('doi: 10.5555/pp%2F2024')).toBe('10.5555/pp%2F2024')
    expect(citationDoi('https://doi.org/10.5555/pp%2F2024')).toBe('10.5555/pp/2024')
    expect(citationDoi('https://dx.doi.org/10.5555/caf%C3%A9')).toBe('10.5555/café')
    // Not valid percent-encoded UTF-8: kept as written rather than dropped.
    expect(citationDoi('https://doi.org/10.5555/100%E9')).toBe('10.5555/100%E9')
    expect(citationDoi('10.5555/100%')).toBe('10.5555/100%')
    expect(citationDoi('not a doi')).toBeUndefined()
    expect(citationDoi('')).toBeUndefined()
  })

  it('percent-encodes only the link', () => {
    expect(doiLink('10.5555/pp%2F2024')).toBe('https://doi.org/10.5555/pp%252F2024')
    expect(doiLink('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0')).toBe(
      'https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0',
    )
    expect(doiLink('10.5555/a b?c#d')).toBe('https://doi.org/10.5555/a%20b%3Fc%23d')
    expect(doiLink('10.5555/café')).toBe('https://doi.org/10.5555/caf%C3%A9')
  })
})

describe('citationMetaTags', () => {
  it('emits Google Scholar tags in the reader language', () => {
    expect(citationMetaTags(tricky, 'ru')).toEqual([
      { name: 'citation_title', content: 'Миграция и «мобильность» {2024} & "цитаты"' },
      { name: 'citation_author', content: 'Петров, Иван' },
      { name: 'citation_author_institution', content: 'МЦРМП' },
      { name: 'citation_author', content: 'Smith, Jane' },
      { name: 'citation_publication_date', content: '2024/03/05' },
      { name: 'citation_pdf_url', content: 'https://pragueprocess.eu/files/p12-ru.pdf' },
      { name: 'citation_language', content: 'ru' },
      { name: 'citation_publisher', content: 'Секретариат Пражского процесса (МЦРМП)' },
      { name: 'citation_technical_report_institution', content: 'Секретариат Пражского процесса (МЦРМП)' },
      { name: 'citation_keywords', content: 'labour migration; трудовая миграция; R&D' },
      { name: 'citation_doi', content: '10.5555/PP.2024.12' },
      { name: 'citation_abstract_html_url', content: 'https://pragueprocess.eu/ru/publications/publication-12' },
    ])
  })

  it("puts each institution right after its own author's tag", () => {
    const record = makeRecord(2, {
      authors: [
        { name: 'Anna Black', affiliation: null },
        { name: 'Ben White', localizedName: { en: 'Ben White', ru: 'Бен Уайт' }, affiliation: 'IOM', localizedAffiliation: { en: 'IOM', ru: 'МОМ' } },
        { name: 'ICMPD', kind: 'organisation' },
      ],
    })
    const authorTags = (locale: 'en' | 'ru') => citationMetaTags(record, locale).filter((t) => t.name.startsWith('citation_author'))
    expect(authorTags('ru')).toEqual([
      { name: 'citation_author', content: 'Black, Anna' },
      { name: 'citation_author', content: 'Уайт, Бен' },
      { name: 'citation_author_institution', content: 'МОМ' },
      { name: 'citation_author', content: 'ICMPD' },
    ])
    expect(authorTags('en')[2]).toEqual({ name: 'citation_author_institution', content: 'IOM' })
  })

  it('names the report institution for reports only', () => {
    const names = (slug: string) => citationMetaTags(withType(slug), 'en').map((t) => t.name)
    expect(names('analytical-report')).toContain('citation_technical_report_institution')
    expect(names('handbook')).not.toContain('citation_technical_report_institution')
    expect(names('handbook')).toContain('citation_publisher')
  })

  it('falls back to the first edition and the available title language', () => {
    const record = makeRecord(1, {
      title: { en: 'Only English', ru: '' },
      editions: [{ language: 'en', url: 'https://pragueprocess.eu/files/only-en.pdf', mimeType: 'application/pdf' }],
      keywords: [],
      doi: null,
    })
    const tags = citationMetaTags(record, 'ru')
    const get = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content)
    expect(get('citation_title')).toEqual(['Only English'])
    expect(get('citation_language')).toEqual(['en'])
    expect(get('citation_pdf_url')).toEqual(['https://pragueprocess.eu/files/only-en.pdf'])
    expect(get('citation_keywords')).toEqual([])
    expect(get('citation_doi')).toEqual([])
  })
})

describe('jsonLd', () => {
  it('describes the publication as a schema.org Report', () => {
    const data = jsonLd(tricky, 'en')
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      '@id': 'https://pragueprocess.eu/en/publications/publication-12',
      name: 'Migration & "Mobility" {2024}: 50% of $costs_#1 ~ ^ \\ <x>',
      author: [
        { '@type': 'Person', name: 'Иван Петров', familyName: 'Петров', givenName: 'Иван', affiliation: { '@type': 'Organization', name: 'МЦРМП' } },
        { '@type': 'Person', name: 'Jane Smith', familyName: 'Smith', givenName: 'Jane' },
      ],
      datePublished: '2024-03-05',
      inLanguage: 'en',
      about: [{ '@type': 'Thing', name: 'Asylum and international protection' }],
      keywords: 'labour migration, трудовая миграция, R&D',
      publisher: { '@type': 'Organization', name: 'Prague Process Secretariat (ICMPD)' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/PP.2024.12', url: 'https://doi.org/10.5555/PP.2024.12' },
      encoding: [
        { '@type': 'MediaObject', contentUrl: 'https://pragueprocess.eu/files/p12-en.pdf', encodingFormat: 'application/pdf', inLanguage: 'en', contentSize: '1.2 MB' },
        { '@type': 'MediaObject', contentUrl: 'https://pragueprocess.eu/files/p12-ru.pdf', encodingFormat: 'application/pdf', inLanguage: 'ru', contentSize: '1.4 MB' },
      ],
    })
    expect((data.author as object[])[1]).not.toHaveProperty('affiliation')
    expect(jsonLd(tricky, 'ru')).toMatchObject({ name: 'Миграция и «мобильность» {2024} & "цитаты"', inLanguage: 'ru' })
  })

  it('makes organisations Organization and takes the names in the reader language', () => {
    const record = makeRecord(3, { authors: authorsInBothLanguages })
    expect(jsonLd(record, 'ru').author).toEqual([
      { '@type': 'Person', name: 'Иван Петров', familyName: 'Петров', givenName: 'Иван', affiliation: { '@type': 'Organization', name: 'МЦРМП' } },
      { '@type': 'Person', name: 'Джейн Смит', familyName: 'Смит', givenName: 'Джейн' },
      { '@type': 'Organization', name: 'Секретариат Пражского процесса' },
    ])
  })

  it('types the object after the publication type', () => {
    const type = (slug: string) => jsonLd(withType(slug), 'en')['@type']
    expect(type('policy-brief')).toBe('Report')
    expect(type('handbook')).toBe('Book')
    expect(type('infographic')).toBe('ImageObject')
    expect(type('training-material')).toBe('LearningResource')
    expect(type('webinar-recording')).toBe('VideoObject')
    expect(type('commentary')).toBe('Article')
    expect(type('journal-article')).toBe('ScholarlyArticle')
    expect(type('a-type-added-later')).toBe('CreativeWork')
  })

  it('links a DOI with %2F correctly', () => {
    const data = jsonLd(makeRecord(1, { doi: '10.5555/pp%2F2024' }), 'en')
    expect(data.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/pp%2F2024', url: 'https://doi.org/10.5555/pp%252F2024' })
  })

  it('leaves out what is unknown', () => {
    const data = jsonLd(makeRecord(1, { doi: null, licence: null, editions: [] }), 'en')
    expect(data).not.toHaveProperty('identifier')
    expect(data).not.toHaveProperty('license')
    expect(data).not.toHaveProperty('encoding')
    expect(Object.values(data)).not.toContain(undefined)
  })
})
