import type { Metadata } from 'next'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { SearchParams } from '@/i18n/search-params'
import { currentViewer } from '@/server/account/current-user'
import { formatEventDays } from '@/server/events/event-time'
import { eventFilterOptions, loadEvents } from '@/server/events/event-list'
import { eventListQuery, parseEventFilters } from '@/server/events/event-params'

type Props = LocaleParams & { searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('events.title'), description: t('events.intro') }
}

/** The public calendar: upcoming events soonest first, past ones latest first, by type and thematic area. */
export default async function EventsPage({ params, searchParams }: Props) {
  const { locale, t } = await resolveLocale(params)
  const filters = parseEventFilters(await searchParams)
  const [viewer, options] = await Promise.all([currentViewer(), eventFilterOptions(locale)])
  const { events, page, totalPages, total } = await loadEvents(locale, filters, viewer)
  const list = href(locale, routes.events())
  const tab = (when: 'upcoming' | 'past') => `${list}${eventListQuery({ ...filters, when, page: 1 })}`
  return (
    <>
      <PageHeader title={t('events.title')} intro={t('events.intro')} />
      <nav aria-label={t('events.title')} className="tabs">
        <ul>
          {(['upcoming', 'past'] as const).map((when) => (
            <li key={when}>
              {filters.when === when ? <span aria-current="page">{t(`events.${when}`)}</span> : <a href={tab(when)}>{t(`events.${when}`)}</a>}
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={list} className="form event-filters">
        {filters.when === 'past' ? <input type="hidden" name="when" value="past" /> : null}
        <fieldset className="facets">
          <div className="field">
            <label htmlFor="event-type">{t('events.filter.type')}</label>
            <select id="event-type" name="type" defaultValue={filters.type ?? ''}>
              <option value="">{t('events.filter.anyType')}</option>
              {options.types.map((type) => <option key={type.slug} value={type.slug}>{type.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="event-area">{t('events.filter.area')}</label>
            <select id="event-area" name="area" defaultValue={filters.area ?? ''}>
              <option value="">{t('events.filter.anyArea')}</option>
              {options.areas.map((area) => <option key={area.slug} value={area.slug}>{area.title}</option>)}
            </select>
          </div>
        </fieldset>
        <button type="submit" className="button">{t('events.filter.submit')}</button>
      </form>
      <p aria-live="polite">{t('events.count', { count: total })}</p>
      {events.length === 0 ? (
        <p>{t(filters.when === 'upcoming' ? 'events.none.upcoming' : 'events.none.past')}</p>
      ) : (
        <ol className="event-list">
          {events.map((event) => (
            <li key={event.id} className="event-list__item" lang={event.lang}>
              <h2 className="event-list__title"><a href={event.href}>{event.title}</a></h2>
              <p className="meta">
                <time dateTime={event.startsAt}>{formatEventDays(locale, event.startsAt, event.endsAt, event.zone)}</time>
                {[event.typeName, event.place].filter(Boolean).map((part) => ` · ${part}`).join('')}
              </p>
              {event.summary ? <p>{event.summary}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination locale={locale} page={page} totalPages={totalPages} pageHref={(p) => `${list}${eventListQuery({ ...filters, page: p })}`} />
      <p><a href={href(locale, routes.eventsCalendar(filters.type))}>{t('events.subscribe')}</a></p>
    </>
  )
}
