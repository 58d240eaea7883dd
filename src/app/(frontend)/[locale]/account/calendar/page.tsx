import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { env } from '@/env'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { currentFeedName } from '@/server/events/personal-calendar'
import { getPayloadClient } from '@/server/payload'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('calendar.personal.title'), robots: { index: false } }
}

/**
 * One's personal calendar address (rendered for the person alone, never cached): the meetings
 * one is registered for, for a calendar application to subscribe to, and a form to replace the
 * address when it has been shared by mistake.
 */
export default async function PersonalCalendarPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.personalCalendar()))}`)
  const q = await searchParams
  const feed = new URL(href(locale, routes.personalCalendarFeed(await currentFeedName(await getPayloadClient(), env.secret, user.id))), env.publicUrl).toString()
  return (
    <div className="narrow">
      <PageHeader title={t('calendar.personal.title')} intro={t('calendar.personal.intro')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <div className="form">
        <div className="field">
          <label htmlFor="feed">{t('calendar.personal.address')}</label>
          <input id="feed" type="text" readOnly value={feed} aria-describedby="feed-hint" />
          <p id="feed-hint" className="hint">{t('calendar.personal.hint')}</p>
        </div>
      </div>
      <p><a href={feed} download="prague-process-meetings.ics">{t('calendar.personal.download')}</a></p>
      <h2>{t('calendar.personal.renewHeading')}</h2>
      <p>{t('calendar.personal.renewText')}</p>
      <form method="post" action="/forms/renew-calendar" className="form">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--secondary">{t('calendar.personal.renew')}</button>
      </form>
    </div>
  )
}
