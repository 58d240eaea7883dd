import type { Metadata } from 'next'
import { PageHeader } from '@/components/PageHeader'
import { RepositorySearch } from '@/components/Search/RepositorySearch'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import type { SearchParams } from '@/i18n/search-params'
import { parseRepositoryQuery, repositoryFacets } from '@/server/search-index/search-params'

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
  return (
    <>
      <PageHeader title={t('repository.title')} intro={t('repository.intro')} />
      <RepositorySearch locale={locale} t={t} query={query} path="/repository" facets={repositoryFacets} formLabel={t('repository.formLabel')} />
      <p><a href={`/${locale}/repository/feed`}>{t('repository.feed')}</a></p>
    </>
  )
}
