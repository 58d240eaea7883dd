import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { FacetFilter } from '@/components/Search/FacetFilter'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { SearchParams } from '@/i18n/search-params'
import { loadTrainerDirectory, trainerFacets, type TTrainerFacet } from '@/server/academy/trainer-directory'
import { languageName, ZTrainerFilters, type TTrainerFilters } from '@/server/academy/trainer-rules'

type Props = LocaleParams & { searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('academy.trainers.title') }
}

/** The same directory with other filters or another page (a plain link: no JavaScript). */
function directoryHref(base: string, filters: TTrainerFilters, page?: number): string {
  const params = new URLSearchParams()
  for (const facet of trainerFacets) for (const value of filters[facet]) params.append(facet, value)
  if (page && page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${base}?${query}` : base
}

/** The public directory of the Academy's trainers, filtered by a plain GET form. */
export default async function TrainersPage({ params, searchParams }: Props) {
  const { locale, t } = await resolveLocale(params)
  const filters = ZTrainerFilters.parse(await searchParams)
  const directory = await loadTrainerDirectory(locale, filters)
  const base = href(locale, routes.academyTrainers())
  const label = (facet: TTrainerFacet, value: string, fallback: string) =>
    facet === 'language' ? languageName(value, locale) : facet === 'kind' ? t(`academy.trainer.kind.${value as 'state' | 'non-state'}`) : fallback
  const chosen = trainerFacets.some((facet) => filters[facet].length > 0)
  return (
    <>
      <p className="breadcrumb"><Link href={href(locale, routes.academy())}>{t('academy.title')}</Link></p>
      <PageHeader title={t('academy.trainers.title')} intro={t('academy.trainers.intro')} />
      <form method="get" action={base} className="search-form" aria-label={t('academy.trainers.filters')}>
        <details className="filters" open={chosen ? true : undefined}>
          <summary>{t('repository.filters')}</summary>
          <fieldset className="facets">
            <legend>{t('repository.refine')}</legend>
            {trainerFacets.map((facet) => (
              <FacetFilter key={facet} locale={locale} name={facet} legend={t(`academy.trainers.facet.${facet}`)} options={directory.options[facet].map((o) => ({ ...o, label: label(facet, o.value, o.label) }))} />
            ))}
          </fieldset>
        </details>
        <p>
          <button type="submit" className="button">{t('repository.submit')}</button>{' '}
          {chosen ? <a href={base}>{t('repository.clear')}</a> : null}
        </p>
      </form>
      <h2 id="results">{t('academy.trainers.count', { count: directory.total })}</h2>
      {directory.total === 0 ? (
        <p>{chosen ? t('academy.trainers.noMatch') : t('academy.trainers.empty')}</p>
      ) : (
        <ul className="card-grid">
          {directory.trainers.map((trainer) => (
            <li key={trainer.slug} className="card">
              <h3><Link href={href(locale, routes.academyTrainer(trainer.slug))}>{trainer.name}</Link></h3>
              <p className="meta">
                {t(`academy.trainer.kind.${trainer.kind}`)}
                {trainer.country ? ` · ${trainer.country.name}` : ''}
              </p>
              {trainer.institution ? <p>{trainer.institution}</p> : null}
              {trainer.areas.length ? <p className="meta">{trainer.areas.map((a) => a.name).join(' · ')}</p> : null}
              {trainer.languages.length ? <p className="meta">{t('academy.trainer.languages')}: {trainer.languages.map((l) => languageName(l, locale)).join(', ')}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={directory.page} totalPages={directory.totalPages} pageHref={(p) => directoryHref(base, filters, p)} />
      <p><Link href={href(locale, routes.trainerAccount())}>{t('academy.apply.title')}</Link></p>
    </>
  )
}
