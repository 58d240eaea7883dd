import { describe, expect, it } from 'vitest'
import { hasFilters, MAX_FACET_VALUES, parseRepositoryQuery, searchHref, toSearchArgs, withoutFacetValueHref } from './search-params'

/** What Next.js hands a page for a query string: repeated keys become arrays. */
function nextSearchParams(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of new URLSearchParams(query)) {
    const known = out[k]
    out[k] = known === undefined ? v : Array.isArray(known) ? [...known, v] : [known, v]
  }
  return out
}
const parse = (query: string) => parseRepositoryQuery(nextSearchParams(query))

describe('repository query', () => {
  it('reads several values per facet from repeated parameters', () => {
    const q = parse('type=policy-brief&type=national-factsheet&country=AM&country=KZ&area=integration&language=en&language=ru')
    expect(q.type).toEqual(['policy-brief', 'national-factsheet'])
    expect(q.country).toEqual(['AM', 'KZ'])
    expect(q.area).toEqual(['integration'])
    expect(q.language).toEqual(['en', 'ru'])
    expect(toSearchArgs(q).filters).toMatchObject({ type: ['policy-brief', 'national-factsheet'], country: ['AM', 'KZ'], language: ['en', 'ru'] })
  })

  it('still reads the single-value links of before', () => {
    const q = parse('q=return&type=policy-brief&area=integration&country=AF&language=ru&from=2018&to=2022&sort=newest&page=3')
    expect(q).toEqual({ q: 'return', type: ['policy-brief'], area: ['integration'], country: ['AF'], language: ['ru'], from: 2018, to: 2022, sort: 'newest', page: 3 })
    // The old form's "any" option sent an empty value: no filter.
    expect(parse('type=&area=&country=&language=')).toEqual({})
  })

  it('drops invalid values and keeps the valid ones beside them', () => {
    const q = parse('type=Policy%20Brief&type=policy-brief&type=a/b&country=%3Cscript%3E&country=KZ&language=de&language=ru&area=' + 'x'.repeat(81))
    expect(q).toEqual({ type: ['policy-brief'], country: ['KZ'], language: ['ru'] })
    expect(parseRepositoryQuery({ type: ['', 'policy-brief'], language: 'fr' })).toEqual({ type: ['policy-brief'] })
  })

  it('takes each value once and at most MAX_FACET_VALUES per facet', () => {
    expect(parse('country=AM&country=AM&country=KZ&country=AM').country).toEqual(['AM', 'KZ'])
    const many = Array.from({ length: 100 }, (_, i) => `country=C${i}`).join('&')
    const q = parse(`${many}&type=policy-brief`)
    expect(q.country).toHaveLength(MAX_FACET_VALUES)
    expect(q.country?.slice(0, 2)).toEqual(['C0', 'C1'])
    expect(q.type).toEqual(['policy-brief'])
    // Duplicates and invalid values do not use up the allowance.
    const padded = [...Array(30).fill('language=ru'), ...Array(30).fill('language=xx'), 'language=en'].join('&')
    expect(parse(padded).language).toEqual(['ru', 'en'])
  })

  it('reads other parameters once (the first), as before', () => {
    expect(parseRepositoryQuery({ q: ['first', 'second'], page: ['2', '5'], sort: ['downloads', 'newest'] })).toEqual({ q: 'first', page: 2, sort: 'downloads' })
    expect(parse('page=0&from=1800&to=abc&sort=best')).toEqual({})
  })

  it('writes the same search back as repeated parameters, starting again at page 1', () => {
    const q = parse('q=migration&type=policy-brief&type=national-factsheet&country=AM&sort=newest&page=4')
    const href = searchHref('/en/repository', q, { q: 'migrants' })
    expect(href).toBe('/en/repository?q=migrants&type=policy-brief&type=national-factsheet&country=AM&sort=newest')
    expect(parse(href.split('?')[1])).toEqual({ ...q, q: 'migrants', page: undefined })
    expect(searchHref('/en/repository', q, { page: 2 })).toContain('&page=2')
    // A link to one filter (RelatedPublications) and the bare base.
    expect(searchHref('/ru/repository', {}, { country: 'AM' })).toBe('/ru/repository?country=AM')
    expect(searchHref('/ru/repository', {}, {})).toBe('/ru/repository')
  })

  it('removes one value of a facet, keeping the others and the rest of the search', () => {
    const q = parse('q=return&country=AM&country=KZ&language=ru&from=2019')
    expect(withoutFacetValueHref('/en/repository', q, 'country', 'AM')).toBe('/en/repository?q=return&country=KZ&language=ru&from=2019')
    expect(withoutFacetValueHref('/en/repository', q, 'language', 'ru')).toBe('/en/repository?q=return&country=AM&country=KZ&from=2019')
    expect(hasFilters(q)).toBe(true)
    expect(hasFilters(parse('q=return&sort=newest'))).toBe(false)
    expect(hasFilters(parse('to=2020'))).toBe(true)
  })
})
