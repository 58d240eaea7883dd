import type { Metadata } from 'next'
import { PageHeader } from '@/components/PageHeader'
import { RepositorySearch } from '@/components/Search/RepositorySearch'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { SearchParams } from '@/i18n/search-params'
import { trainingLibraryTypes } from '@/server/academy/library'
import { parseRepositoryQuery } from '@/server/search-index/search-params'

type Props = LocaleParams & { searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('academy.library.title') }
}

/** The Academy's training library: the repository's handbooks and training materials. */
export default async function TrainingLibraryPage({ params, searchParams }: Props) {
  const { locale, t } = await resolveLocale(params)
  const query = parseRepositoryQuery(await searchParams)
  return (
    <>
      <PageHeader title={t('academy.library.title')} intro={t('academy.library.intro')} />
      <RepositorySearch locale={locale} t={t} query={query} path={routes.academyLibrary()} facets={['type', 'area', 'language']} types={trainingLibraryTypes} formLabel={t('academy.library.formLabel')} />
      <p><a href={href(locale, routes.repository())}>{t('academy.library.wholeRepository')}</a></p>
    </>
  )
}
