import Link from 'next/link'
import { NewsList, newsListPopulate } from '@/components/NewsList'
import { ResponsiveImage } from '@/components/Image'
import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { Translate } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { LatestNewsBlock, LatestPublicationsBlock, News, Publication, ThematicArea, ThematicAreasBlock, UpcomingEventsBlock } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'
import { upcomingEvents } from '@/server/content/upcoming-events'

type Props<B> = { block: B; locale: Locale; t: Translate }

function sectionId(block: { id?: string | null }, kind: string) {
  return `${kind}-${block.id ?? 'default'}`
}

export async function ThematicAreasView({ block, locale, t }: Props<Pick<ThematicAreasBlock, 'id' | 'heading'>>) {
  const areas = await findLocalized<ThematicArea>('thematic-areas', locale, { sort: 'order', depth: 0 })
  if (!areas.docs.length) return null
  const id = sectionId(block, 'areas')
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{block.heading || t('home.areasTitle')}</h2>
      <ul className="card-grid">
        {areas.docs.map((area) => (
          <li key={area.id} className="card" lang={area.fallback ? area.shownIn : undefined}>
            <h3><Link href={href(locale, routes.thematicArea(area.slug))}>{area.title}</Link></h3>
            <p>{area.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

export async function LatestNewsView({ block, locale, t }: Props<Pick<LatestNewsBlock, 'id' | 'heading' | 'count'>>) {
  const news = await findLocalized<News>('news', locale, { sort: '-publishedAt', limit: block.count ?? 3, depth: 1, populate: newsListPopulate })
  if (!news.docs.length) return null
  const id = sectionId(block, 'news')
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{block.heading || t('home.newsTitle')}</h2>
      <NewsList items={news.docs} locale={locale} t={t} headingLevel={3} />
      <p><Link href={href(locale, routes.news())}>{t('home.allNews')}</Link></p>
    </section>
  )
}

export async function LatestPublicationsView({ block, locale, t }: Props<Pick<LatestPublicationsBlock, 'id' | 'heading' | 'count'>>) {
  const publications = await findLocalized<Publication>('publications', locale, {
    sort: '-publishedOn',
    limit: block.count ?? 4,
    depth: 1,
    populate: { 'publication-types': { name: true } },
  })
  if (!publications.docs.length) return null
  const id = sectionId(block, 'publications')
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{block.heading || t('home.publicationsTitle')}</h2>
      <ul className="card-grid publication-cards">
        {publications.docs.map((p) => (
          <li key={p.id} className="card" lang={p.fallback ? p.shownIn : undefined}>
            <ResponsiveImage media={p.cover} sizes="(min-width: 48rem) 8rem, 30vw" className="publication-cards__cover" />
            <h3><Link href={href(locale, `/repository/${p.slug}`)}>{p.title}</Link></h3>
            <p className="meta">
              {typeof p.type === 'object' && p.type?.name ? <>{p.type.name} · </> : null}
              <time dateTime={p.publishedOn}>{formatDate(locale, p.publishedOn)}</time>
            </p>
          </li>
        ))}
      </ul>
      <p><Link href={href(locale, '/repository')}>{t('home.allPublications')}</Link></p>
    </section>
  )
}

export async function UpcomingEventsView({ block, locale, t }: Props<Pick<UpcomingEventsBlock, 'id' | 'heading' | 'count'>>) {
  const events = await upcomingEvents(locale, block.count ?? 3)
  if (!events.length) return null
  const id = sectionId(block, 'events')
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{block.heading || t('home.eventsTitle')}</h2>
      <ul className="timeline">
        {events.map((e) => (
          <li key={e.id} lang={e.lang}>
            <h3><Link href={e.href}>{e.title}</Link></h3>
            <p className="meta">{[e.when ?? formatDate(locale, e.startsAt, e.precision), e.place].filter(Boolean).join(' · ')}</p>
          </li>
        ))}
      </ul>
      <p><Link href={href(locale, routes.events())}>{t('home.events.all')}</Link></p>
    </section>
  )
}
