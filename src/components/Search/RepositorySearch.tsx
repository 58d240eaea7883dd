import Link from 'next/link'
import { ResponsiveImage } from '@/components/Image'
import { Pagination } from '@/components/Pagination'
import { ActiveFilters, type TActiveFilter } from '@/components/Search/ActiveFilters'
import { DidYouMean } from '@/components/Search/DidYouMean'
import { FacetFilter, type TFacetOption } from '@/components/Search/FacetFilter'
import { Snippet } from '@/components/Search/Snippet'
import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { Translate } from '@/i18n/messages'
import { href } from '@/i18n/routes'
import { readerAudience } from '@/server/account/reader-audience'
import { getPayloadClient } from '@/server/payload'
import { facetLabels } from '@/server/publications/facet-labels'
import { resultCovers } from '@/server/publications/result-covers'
import { countryName, isIsoCountryCode } from '@/server/places/iso-countries'
import { hasFilters, searchHref, toSearchArgs, withoutFacetValueHref, type TRepositoryFacet, type TRepositoryQuery } from '@/server/search-index/search-params'
import { searchSite } from '@/server/search-index/search-site'

type Props = {
  locale: Locale
  t: Translate
  query: TRepositoryQuery
  /** The view's own address (the form's action and every filter link). */
  path: string
  /** The facets offered, in this order. */
  facets: readonly TRepositoryFacet[]
  /** A view of part of the repository: only items of these types (the type facet offers only them). */
  types?: readonly string[]
  formLabel: string
}

/** Each chosen value and year bound, with a link to the same search without it. */
function activeFilters(base: string, query: TRepositoryQuery, facets: readonly TRepositoryFacet[], label: (facet: TRepositoryFacet, value: string) => string, t: Translate): TActiveFilter[] {
  return [
    ...facets.flatMap((facet) => (query[facet] ?? []).map((value) => ({ key: `${facet}:${value}`, label: label(facet, value), href: withoutFacetValueHref(base, query, facet, value) }))),
    ...(query.from ? [{ key: 'from', label: t('repository.yearFrom', { year: String(query.from) }), href: searchHref(base, query, { from: undefined }) }] : []),
    ...(query.to ? [{ key: 'to', label: t('repository.yearTo', { year: String(query.to) }), href: searchHref(base, query, { to: undefined }) }] : []),
  ]
}

/**
 * The Online Repository's search form and results: the whole repository, or a view of part of
 * it (the Academy's training library) over the same index, so there is one search to keep right.
 */
export async function RepositorySearch({ locale, t, query: asked, path, facets, types, formLabel }: Props) {
  // A view keeps only the facets it offers, and only its own types.
  const query: TRepositoryQuery = { ...asked }
  for (const facet of ['type', 'area', 'country', 'language'] as const) if (!facets.includes(facet)) delete query[facet]
  if (types) query.type = query.type?.filter((type) => types.includes(type)).length ? query.type.filter((type) => types.includes(type)) : undefined
  const [{ audience }, labels, payload] = await Promise.all([readerAudience(), facetLabels(locale), getPayloadClient()])
  const args = toSearchArgs(query)
  const result = await searchSite(payload, { ...args, locale, audience, filters: { ...args.filters, type: query.type ?? types, kinds: ['publication'] }, pageSize: 20 })
  const covers = await resultCovers(payload, result.hits.map((hit) => hit.refId), locale)
  const base = href(locale, path)
  // A country that is not a participant is named from its ISO code.
  const label = (facet: TRepositoryFacet, value: string) =>
    facet === 'language' ? t('repository.languageValue', { language: value }) : (labels[facet].get(value) ?? (facet === 'country' && isIsoCountryCode(value) ? countryName(value, locale) : value))
  // The counts of the results, and a chosen value that has none still shows (checked).
  const options = (facet: TRepositoryFacet): TFacetOption[] => {
    const chosen = new Set<string>(query[facet] ?? [])
    const counts = result.facets[facet].filter((c) => facet !== 'type' || !types || types.includes(c.value))
    const none = [...chosen].filter((value) => !counts.some((c) => c.value === value)).map((value) => ({ value, count: 0 }))
    return [...counts, ...none].map((c) => ({ ...c, label: label(facet, c.value), checked: chosen.has(c.value) }))
  }
  const selected = hasFilters(query)

  return (
    <>
      <form method="get" action={base} className="search-form" role="search" aria-label={formLabel}>
        <div className="field search-form__query">
          <label htmlFor="q">{t('repository.query')}</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={500} aria-describedby="q-hint" />
          <p className="hint" id="q-hint">{t('repository.queryHint')}</p>
        </div>
        {/* Phones: the filters fold behind one line (open when some are set); wider screens show them. */}
        <details className="filters" open={selected ? true : undefined}>
          <summary>{t('repository.filters')}</summary>
          <fieldset className="facets">
            <legend>{t('repository.refine')}</legend>
            {facets.map((facet) => (
              <FacetFilter key={facet} locale={locale} name={facet} legend={t(`repository.facet.${facet}`)} options={options(facet)} />
            ))}
            <div className="field field--years">
              <label htmlFor="from">{t('repository.facet.from')}</label>
              <input id="from" name="from" type="number" min={1990} max={2100} inputMode="numeric" defaultValue={query.from ?? ''} />
              <label htmlFor="to">{t('repository.facet.to')}</label>
              <input id="to" name="to" type="number" min={1990} max={2100} inputMode="numeric" defaultValue={query.to ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="sort">{t('repository.sort')}</label>
              <select id="sort" name="sort" defaultValue={result.sort}>
                <option value="relevance">{t('repository.sort.relevance')}</option>
                <option value="newest">{t('repository.sort.newest')}</option>
                <option value="downloads">{t('repository.sort.downloads')}</option>
              </select>
            </div>
          </fieldset>
        </details>
        <p>
          <button type="submit" className="button">{t('repository.submit')}</button>{' '}
          {selected || query.q ? <a href={base}>{t('repository.clear')}</a> : null}
        </p>
      </form>

      <ActiveFilters locale={locale} filters={activeFilters(base, query, facets, label, t)} />
      <h2 id="results" aria-live="polite">{t('repository.count', { count: result.total })}</h2>
      {result.suggestion ? <DidYouMean label={t('search.didYouMean', { suggestion: '\u0000' })} suggestion={result.suggestion} href={searchHref(base, query, { q: result.suggestion })} /> : null}
      {result.total === 0 ? (
        <p>{query.q ? t('repository.noResults') : t('repository.empty')}</p>
      ) : (
        <ol className="results">
          {result.hits.map((hit) => (
            <li key={hit.id} className={covers.has(hit.refId) ? 'results__item--cover' : undefined}>
              <ResponsiveImage media={covers.get(hit.refId)} sizes="4.5rem" className="results__cover" />
              <h3 lang={hit.titleLanguage !== locale ? hit.titleLanguage : undefined}>
                <Link href={href(locale, hit.urlPath)}>{hit.title}</Link>
              </h3>
              <p className="meta">
                {hit.publishedAt ? <time dateTime={hit.publishedAt}>{formatDate(locale, hit.publishedAt)}</time> : null}
                {' · '}
                {hit.languages.map((l) => t('repository.edition', { language: l })).join(' · ')}
              </p>
              <Snippet segments={hit.snippet} lang={hit.snippetLanguage !== locale ? hit.snippetLanguage : undefined} />
            </li>
          ))}
        </ol>
      )}
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} pageHref={(p) => searchHref(base, query, { page: p })} />
    </>
  )
}
