import Link from 'next/link'
import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href } from '@/i18n/routes'
import { readerAudience } from '@/server/account/reader-audience'
import { getPayloadClient } from '@/server/payload'
import { searchHref } from '@/server/search-index/search-params'
import { searchSite, type TSearchFilters } from '@/server/search-index/search-site'

/** The newest publications of a country or thematic area, linking to the full filtered list. */
export async function RelatedPublications({ locale, filters, query }: { locale: Locale; filters: TSearchFilters; query: { area?: string; country?: string } }) {
  const t = getTranslator(locale)
  const [{ audience }, payload] = await Promise.all([readerAudience(), getPayloadClient()])
  const result = await searchSite(payload, { locale, audience, filters: { ...filters, kinds: ['publication'] }, sort: 'newest', pageSize: 5 })
  if (result.total === 0) return null
  return (
    <section aria-labelledby="publications-title">
      <h2 id="publications-title">{t('repository.title')}</h2>
      <ul className="results">
        {result.hits.map((hit) => (
          <li key={hit.id}>
            <Link href={href(locale, hit.urlPath)} lang={hit.titleLanguage !== locale ? hit.titleLanguage : undefined}>{hit.title}</Link>
            <span className="meta">
              {[hit.publishedAt ? formatDate(locale, hit.publishedAt, 'year') : '', ...hit.languages.map((l) => t('repository.edition', { language: l }))]
                .filter(Boolean)
                .map((part) => ` · ${part}`)
                .join('')}
            </span>
          </li>
        ))}
      </ul>
      <p><a href={searchHref(href(locale, '/repository'), {}, query)}>{t('repository.count', { count: result.total })}</a></p>
    </section>
  )
}
