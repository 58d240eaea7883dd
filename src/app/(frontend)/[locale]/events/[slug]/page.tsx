import type { Metadata } from 'next'
import Link from 'next/link'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { MeetingDocumentList } from '@/components/MeetingDocuments/MeetingDocumentList'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { RichText } from '@/components/RichText'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { EventType, Participant, ThematicArea } from '@/payload-types'
import { currentViewer } from '@/server/account/current-user'
import { openGraphFor } from '@/server/content/open-graph'
import { eventDocumentsForRoles } from '@/server/events/event-documents'
import { eventJsonLd } from '@/server/events/event-json-ld'
import { loadEvent, placeOf, zoneOf } from '@/server/events/event-list'
import { eventDay, formatEventDays, formatEventTime, formatEventWhen } from '@/server/events/event-time'

async function load(params: SlugParams['params']) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  const viewer = await currentViewer()
  return { locale, t, viewer, event: await loadEvent(locale, slug, viewer) }
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, event } = await load(params)
  if (!event) return notFoundMetadata(locale)
  return { title: event.title, description: event.summary ?? undefined, openGraph: openGraphFor(locale, { type: 'article' }) }
}

/** One event: when (in its own time zone, with the offset), where, who hosts it, its agenda, and a calendar file. */
export default async function EventPage({ params }: SlugParams) {
  const { locale, t, viewer, event } = await load(params)
  if (!event) return <NotFoundView locale={locale} />
  // The documents this render's roles may read; a session lists those of them it names.
  const documents = await eventDocumentsForRoles(event.id, locale, viewer)
  const documentsOf = (session: { documents?: (number | { id: number })[] | null }) => {
    const ids = new Set((session.documents ?? []).map((d) => (typeof d === 'object' ? d.id : d)))
    return documents.filter((d) => d.files.some((f) => ids.has(f.id)))
  }
  const zone = zoneOf(event)
  const type = typeof event.type === 'object' ? (event.type as EventType) : undefined
  const host = typeof event.host === 'object' && event.host ? (event.host as Participant) : undefined
  const areas = (event.thematicAreas ?? []).filter((a): a is ThematicArea => typeof a === 'object' && a !== null)
  const place = placeOf(event, locale)
  // The agenda by day, each day headed by its date in the event's zone.
  const days = new Map<string, NonNullable<typeof event.agenda>>()
  for (const session of event.agenda ?? []) {
    const day = eventDay(session.startsAt, zone)
    days.set(day, [...(days.get(day) ?? []), session])
  }
  // Static words only: this page is cached and shared; whether registration is still open, and
  // the reader's own registration, are on the registration page, rendered for each reader.
  const registration = event.registration?.mode && event.registration.mode !== 'none' && Date.parse(event.endsAt) > Date.now() ? event.registration.mode : undefined
  const registrationDeadline = event.registration?.deadline || event.startsAt
  const country = typeof event.venue?.country === 'object' && event.venue.country ? (event.venue.country as Participant).name : null
  const structured = eventJsonLd({ title: event.title, summary: event.summary, startsAt: event.startsAt, endsAt: event.endsAt, zone, format: event.format, place: event.venue?.place, city: event.venue?.city, country, path: href(locale, routes.event(event.slug)) }, locale)
  return (
    <article lang={event.fallback ? event.shownIn : undefined} className="event">
      <JsonLd data={structured} />
      <p className="breadcrumb"><Link href={href(locale, routes.events())}>{t('events.title')}</Link></p>
      <FallbackNotice locale={locale} shownIn={event.shownIn} />
      <h1>{event.title}</h1>
      {event.summary ? <p className="lead">{event.summary}</p> : null}
      {event.visibility === 'members' ? <p className="badge">{t('events.visibility.members')}</p> : null}
      <dl className="facts">
        <dt>{t('events.when')}</dt>
        <dd><time dateTime={event.startsAt}>{formatEventWhen(locale, event.startsAt, event.endsAt, zone)}</time></dd>
        {type ? (<><dt>{t('events.type')}</dt><dd>{type.name}</dd></>) : null}
        <dt>{t('events.format')}</dt>
        <dd>{t(`events.format.${event.format}`)}</dd>
        {place && event.format !== 'online' ? (<><dt>{t('events.venue')}</dt><dd>{place}</dd></>) : null}
        {host ? (<><dt>{t('events.host')}</dt><dd>{host.slug ? <Link href={href(locale, routes.participant(host.slug))}>{host.name}</Link> : host.name}</dd></>) : null}
        {event.interpretation?.length ? (<><dt>{t('events.interpretation')}</dt><dd>{event.interpretation.map((l) => t(`language.${l}`)).join(', ')}</dd></>) : null}
        {areas.length ? (
          <>
            <dt>{t('events.thematicAreas')}</dt>
            <dd>{areas.map((a, i) => <span key={a.id}>{i > 0 ? ', ' : ''}<Link href={href(locale, routes.thematicArea(a.slug))}>{a.title}</Link></span>)}</dd>
          </>
        ) : null}
      </dl>
      <p><a href={href(locale, routes.eventCalendar(event.slug))} download={`${event.slug}.ics`}>{t('events.addToCalendar')}</a></p>
      {registration ? (
        <section aria-labelledby="registration-title" className="event__registration">
          <h2 id="registration-title">{t('registration.event.heading')}</h2>
          <p>{t(`registration.event.${registration}`)}</p>
          <p>{t('registration.event.deadline', { date: formatEventWhen(locale, registrationDeadline, registrationDeadline, zone) })}</p>
          <p><a className="button" href={href(locale, routes.eventRegistration(event.slug))}>{t('registration.event.link')}</a></p>
        </section>
      ) : null}
      <RichText data={event.description} />
      {days.size ? (
        <section aria-labelledby="agenda-title">
          <h2 id="agenda-title">{t('events.agenda')}</h2>
          {[...days.entries()].map(([day, sessions]) => (
            <table key={day} className="agenda">
              <caption>{formatEventDays(locale, sessions[0].startsAt, sessions[0].startsAt, zone)}</caption>
              <thead>
                <tr><th scope="col">{t('events.agenda.time')}</th><th scope="col">{t('events.agenda.session')}</th></tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td><time dateTime={s.startsAt}>{formatEventTime(locale, s.startsAt, zone)}</time>{s.endsAt ? <>–<time dateTime={s.endsAt}>{formatEventTime(locale, s.endsAt, zone)}</time></> : null}</td>
                    <td>
                      <span className="agenda__title">{s.title}</span>
                      {documentsOf(s).length ? <MeetingDocumentList locale={locale} documents={documentsOf(s)} /> : null}
                      {s.speakers ? (
                        <span className="agenda__speakers">
                          <span className="visually-hidden">{t('events.agenda.speakers')}: </span>
                          {s.speakers.split('\n').filter(Boolean).map((line, i) => <span key={i} className="agenda__speaker">{line}</span>)}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ) : null}
      {documents.length ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t('events.documents')}</h2>
          <MeetingDocumentList locale={locale} documents={documents} />
        </section>
      ) : null}
    </article>
  )
}
