import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { DidYouMean } from '@/components/Search/DidYouMean'
import { Snippet } from '@/components/Search/Snippet'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href } from '@/i18n/routes'
import type { SearchParams } from '@/i18n/search-params'
import { readerAudience } from '@/server/account/reader-audience'
import { getPayloadClient } from '@/server/payload'
import { facetLabels } from '@/server/publications/facet-labels'
import { countryName, isIsoCountryCode } from '@/server/places/iso-countries'
import { parseRepositoryQuery, searchHref, toSearchArgs } from '@/server/search-index/search-params'
import { searchSite, type TFacetCount } from '@/server/search-index/search-site'

type Props = LocaleParams & { searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await resolveLocale(params)
  return {
    title: t('repository.title'),
    alternates: { types: { 'application/atom+xml': `/${locale}/repository/feed` } },
  }
}

export default async function RepositoryPage({ params, searchParams }: Props) {
  const { locale, t } = await resolveLocale(params)
  const query = parseRepositoryQuery(await searchParams)
  const [{ audience }, labels, payload] = await Promise.all([readerAudience(), facetLabels(locale), getPayloadClient()])
  const args = toSearchArgs(query)
  const result = await searchSite(payload, { ...args, locale, audience, filters: { ...args.filters, kinds: ['publication'] }, pageSize: 20 })
  const base = href(locale, '/repository')
  // A country that is not a participant is named from its ISO code.
  const label = (facet: 'type' | 'area' | 'country', value: string) => labels[facet].get(value) ?? (facet === 'country' && isIsoCountryCode(value) ? countryName(value, locale) : value)
  const options = (facet: 'type' | 'area' | 'country' | 'language', counts: TFacetCount[]) =>
    counts.map((c) => (
      <option key={c.value} value={c.value}>
        {facet === 'language' ? t(`language.${c.value as 'en' | 'ru'}`) : label(facet, c.value)} ({c.count})
      </option>
    ))
  const selected = query.type || query.area || query.country || query.language || query.from || query.to

  return (
    <>
      <PageHeader title={t('repository.title')} intro={t('repository.intro')} />
      <form method="get" action={base} className="search-form" role="search" aria-label={t('repository.formLabel')}>
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
            {(['type', 'area', 'country', 'language'] as const).map((facet) => (
              <div className="field" key={facet}>
                <label htmlFor={facet}>{t(`repository.facet.${facet}`)}</label>
                <select id={facet} name={facet} defaultValue={query[facet] ?? ''}>
                  <option value="">{t(`repository.any.${facet}`)}</option>
                  {options(facet, result.facets[facet])}
                </select>
              </div>
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

      <h2 id="results" aria-live="polite">{t('repository.count', { count: result.total })}</h2>
      {result.suggestion ? <DidYouMean label={t('search.didYouMean', { suggestion: '\u0000' })} suggestion={result.suggestion} href={searchHref(base, query, { q: result.suggestion })} /> : null}
      {result.total === 0 ? (
        <p>{query.q ? t('repository.noResults') : t('repository.empty')}</p>
      ) : (
        <ol className="results">
          {result.hits.map((hit) => (
            <li key={hit.id}>
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
      <p><a href={`/${locale}/repository/feed`}>{t('repository.feed')}</a></p>
    </>
  )
}
