import { describe, expect, it } from 'vitest'

import { citationKey, citationMetaTags, escapeBibTeX, formatCitation, jsonLd, toBibTeX, toCslJson, toRIS } from './citation'
import { makeRecord } from './test-support/fixtures'

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

describe('formatCitation', () => {
  it('formats an APA-like citation in English and Russian', () => {
    expect(formatCitation(tricky, 'en')).toBe(
      'Иван Петров & Jane Smith (2024). Migration & "Mobility" {2024}: 50% of $costs_#1 ~ ^ \\ <x>. Prague Process Secretariat (ICMPD). https://doi.org/10.5555/PP.2024.12',
    )
    expect(formatCitation(tricky, 'ru')).toBe(
      'Иван Петров и Jane Smith (2024). Миграция и «мобильность» {2024} & "цитаты". Секретариат Пражского процесса (МЦРМП). https://doi.org/10.5555/PP.2024.12',
    )
  })

  it('uses et al. / и др. beyond three authors, a serial comma for three, and the page URL without a DOI', () => {
    const authors = ['Anna Black', 'Ben White', 'Carla Green', 'Dan Brown'].map((name) => ({ name }))
    const many = makeRecord(1, { authors, title: { en: 'Why return?', ru: null } })
    expect(formatCitation(many, 'en')).toBe(
      'Anna Black et al. (2024). Why return? Prague Process Secretariat (ICMPD). https://pragueprocess.eu/en/publications/publication-1',
    )
    expect(formatCitation(many, 'ru')).toBe(
      'Anna Black и др. (2024). Why return? Секретариат Пражского процесса (МЦРМП). https://pragueprocess.eu/ru/publications/publication-1',
    )
    const three = makeRecord(1, { authors: authors.slice(0, 3) })
    expect(formatCitation(three, 'en')).toMatch(/^Anna Black, Ben White, & Carla Green \(2024\)\. Publication 1\. /)
    expect(formatCitation(three, 'ru')).toMatch(/^Anna Black, Ben White и Carla Green \(2024\)\. Публикация 1\. /)
  })

  it('puts the publisher in the author position when there are no authors', () => {
    const record = makeRecord(2, { authors: [], publishedOn: 'not a date' })
    expect(formatCitation(record, 'en')).toBe(
      'Prague Process Secretariat (ICMPD) (n.d.). Publication 2. https://pragueprocess.eu/en/publications/publication-2',
    )
    expect(formatCitation(record, 'ru')).toBe(
      'Секретариат Пражского процесса (МЦРМП) (б. г.). Публикация 2. https://pragueprocess.eu/ru/publications/publication-2',
    )
  })
})

describe('toBibTeX', () => {
  it('escapes LaTeX specials, braces and quotes and keeps Cyrillic', () => {
    const bib = toBibTeX(tricky)
    expect(bib.startsWith('@techreport{petrov2024-migration-mobility,\n')).toBe(true)
    expect(bib.endsWith('\n}\n')).toBe(true)
    expect(bracesBalanced(bib)).toBe(true)
    const field = (name: string) => bib.split('\n').find((line) => line.startsWith(`  ${name} = `))
    expect(field('title')).toBe(
      '  title = {{Migration \\& {"}Mobility{"} \\textbraceleft{}2024\\textbraceright{}: 50\\% of \\$costs\\_\\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{}x\\textgreater{}}},',
    )
    expect(field('author')).toBe('  author = {Иван Петров and Jane Smith},')
    expect(field('institution')).toBe('  institution = {Prague Process Secretariat (ICMPD)},')
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

  it('falls back to @misc without a publisher and protects names containing "and"', () => {
    const record = makeRecord(3, { publisher: {}, authors: [{ name: 'Ministry of Labour and Social Protection' }] })
    const bib = toBibTeX(record)
    expect(bib.startsWith('@misc{protection2024-publication-3,')).toBe(true)
    expect(bib).toContain('  author = {{Ministry of Labour and Social Protection}},')
    expect(bib).not.toContain('institution')
    expect(bracesBalanced(bib)).toBe(true)
  })

  it('builds ASCII keys', () => {
    expect(citationKey(makeRecord(4, { authors: [{ name: 'Сергей Щёлоков' }], slug: 'Бюллетень-4' }))).toBe('shchelokov2024-4')
    expect(citationKey(makeRecord(5, { authors: [{ name: 'José Müller' }] }))).toBe('muller2024-publication-5')
    expect(citationKey(makeRecord(6, { authors: [], slug: '' }))).toBe('prague2024-publication6')
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

  it('uses the Russian texts on request', () => {
    const ris = toRIS(tricky, 'ru')
    expect(ris).toContain('\r\nTI  - Миграция и «мобильность» {2024} & "цитаты"\r\n')
    expect(ris).toContain('\r\nL1  - https://pragueprocess.eu/files/p12-ru.pdf\r\n')
  })
})

describe('toCslJson', () => {
  it('returns one report item that survives a JSON round trip', () => {
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
        abstract: 'Line one. Line two & {braces}.',
        keyword: 'labour migration, трудовая миграция, R&D',
        DOI: '10.5555/PP.2024.12',
        URL: 'https://pragueprocess.eu/en/publications/publication-12',
        language: 'en',
      },
    ])
    expect(toCslJson(tricky, 'ru')[0].title).toBe('Миграция и «мобильность» {2024} & "цитаты"')
    expect(toCslJson(makeRecord(1, { authors: [{ name: 'ICMPD' }] }))[0].author).toEqual([{ literal: 'ICMPD' }])
  })
})

describe('citationMetaTags', () => {
  it('emits Google Scholar tags in the reader language', () => {
    expect(citationMetaTags(tricky, 'ru')).toEqual([
      { name: 'citation_title', content: 'Миграция и «мобильность» {2024} & "цитаты"' },
      { name: 'citation_author', content: 'Иван Петров' },
      { name: 'citation_author_institution', content: 'МЦРМП' },
      { name: 'citation_author', content: 'Jane Smith' },
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
        { '@type': 'Person', name: 'Иван Петров', affiliation: { '@type': 'Organization', name: 'МЦРМП' } },
        { '@type': 'Person', name: 'Jane Smith' },
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
    expect(jsonLd(makeRecord(1, { type: { slug: 'journal-article', name: { en: 'Article' } } }), 'en')['@type']).toBe('ScholarlyArticle')
  })

  it('leaves out what is unknown', () => {
    const data = jsonLd(makeRecord(1, { doi: null, licence: null, editions: [] }), 'en')
    expect(data).not.toHaveProperty('identifier')
    expect(data).not.toHaveProperty('license')
    expect(data).not.toHaveProperty('encoding')
    expect(Object.values(data)).not.toContain(undefined)
  })
})
