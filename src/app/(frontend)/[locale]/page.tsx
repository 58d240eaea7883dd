import Link from 'next/link'
import { formatDate } from '@/i18n/format'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { News, ThematicArea } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'

export default async function HomePage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const [areas, latest] = await Promise.all([
    findLocalized<ThematicArea>('thematic-areas', locale, { sort: 'order', depth: 0 }),
    findLocalized<News>('news', locale, { sort: '-publishedAt', limit: 3, depth: 0 }),
  ])
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p>
          <Link className="button" href={href(locale, routes.about())}>{t('home.aboutCta')}</Link>{' '}
          <Link className="button button--secondary" href={href(locale, routes.participants())}>{t('home.participantsCta')}</Link>
        </p>
      </section>

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">{t('home.areasTitle')}</h2>
        <ul className="card-grid">
          {areas.docs.map((area) => (
            <li key={area.id} className="card" lang={area.fallback ? area.shownIn : undefined}>
              <h3><Link href={href(locale, routes.thematicArea(area.slug))}>{area.title}</Link></h3>
              <p>{area.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pillars-title" className="pillars">
        <h2 id="pillars-title">{t('home.pillarsTitle')}</h2>
        <div className="card-grid card-grid--3">
          <div className="card"><h3>{t('home.dialogueTitle')}</h3><p>{t('home.dialogueText')}</p></div>
          <div className="card"><h3>{t('home.observatoryTitle')}</h3><p>{t('home.observatoryText')}</p></div>
          <div className="card"><h3>{t('home.academyTitle')}</h3><p>{t('home.academyText')}</p></div>
        </div>
      </section>

      <section aria-labelledby="news-title">
        <h2 id="news-title">{t('home.newsTitle')}</h2>
        <ul className="news-list">
          {latest.docs.map((item) => (
            <li key={item.id} lang={item.fallback ? item.shownIn : undefined}>
              <h3><Link href={href(locale, routes.article(item.slug))}>{item.title}</Link></h3>
              <p className="meta"><time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time></p>
              <p>{item.excerpt}</p>
            </li>
          ))}
        </ul>
        <p><Link href={href(locale, routes.news())}>{t('home.allNews')}</Link></p>
      </section>
    </>
  )
}
