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
import { parseRepositoryQuery, searchHref } from '@/server/search-index/search-params'
import type { TSearchKind } from '@/server/search-index/index-store'
import { searchSite } from '@/server/search-index/search-site'

type Props = LocaleParams & { searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('search.title'), robots: { index: false } }
}

/** The whole site in one search: publications (with their PDF text), news, pages, areas, projects. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, t } = await resolveLocale(params)
  const query = parseRepositoryQuery(await searchParams)
  const [{ audience }, payload] = await Promise.all([readerAudience(), getPayloadClient()])
  const result = await searchSite(payload, { q: query.q, page: query.page, locale, audience, sort: 'relevance', pageSize: 20 })
  const base = href(locale, '/search')
  return (
    <>
      <PageHeader title={query.q ? t('search.resultsFor', { query: query.q.slice(0, 120) }) : t('search.title')} />
      <form method="get" action={base} role="search" className="search-form search-form--inline">
        <label htmlFor="site-q">{t('search.label')}</label>
        <input id="site-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={500} />
        <button type="submit" className="button">{t('search.submit')}</button>
      </form>
      <h2 aria-live="polite">
        {result.facets.kind.length > 1
          ? t('search.countByKind', {
              count: result.total,
              kinds: result.facets.kind.map((k) => t(`search.kindCount.${k.value as TSearchKind}`, { count: k.count })).join(', '),
            })
          : t('search.count', { count: result.total })}
      </h2>
      {result.suggestion ? <DidYouMean label={t('search.didYouMean', { suggestion: '\u0000' })} suggestion={result.suggestion} href={searchHref(base, query, { q: result.suggestion })} /> : null}
      {result.total === 0 && query.q ? <p>{t('repository.noResults')}</p> : null}
      <ol className="results">
        {result.hits.map((hit) => (
          <li key={hit.id}>
            <p className="meta">{t(`search.kind.${hit.kind}` as 'search.kind.page')}</p>
            <h3 lang={hit.titleLanguage !== locale ? hit.titleLanguage : undefined}>
              <Link href={href(locale, hit.urlPath)}>{hit.title}</Link>
            </h3>
            <p className="meta">
              {hit.publishedAt ? <time dateTime={hit.publishedAt}>{formatDate(locale, hit.publishedAt)}</time> : null}
              {hit.kind === 'publication' ? ` · ${hit.languages.map((l) => t('repository.edition', { language: l })).join(' · ')}` : null}
            </p>
            <Snippet segments={hit.snippet} lang={hit.snippetLanguage !== locale ? hit.snippetLanguage : undefined} />
          </li>
        ))}
      </ol>
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} pageHref={(p) => searchHref(base, query, { page: p })} />
    </>
  )
}
