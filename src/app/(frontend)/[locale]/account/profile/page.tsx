import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { localeLabels, locales } from '@/i18n/locales'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { isMember } from '@/access/visibility'
import { mayDeleteOwnAccount } from '@/server/account/account-actions'
import { currentViewer } from '@/server/account/current-user'
import { viewerLanguageChecked, viewerText } from '@/server/account/viewer'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.profile.title'), robots: { index: false } }
}

export default async function ProfilePage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  // Shared by everyone with the same roles (the HTTP front fills in the person's details).
  const viewer = await currentViewer()
  if (!viewer) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.profile()))}`)
  const q = await searchParams
  return (
    <div className="narrow">
      <PageHeader title={t('account.profile.title')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <dl className="facts">
        <dt>{t('account.email')}</dt><dd>{viewerText(viewer, 'email')}</dd>
        <dt>{t('account.roles')}</dt><dd>{viewer.roles.map((r) => t(`role.${r}` as 'role.learner')).join(', ')}</dd>
        {/* Only members belong to a participant (their state or organisation). */}
        {isMember(viewer) ? (<><dt>{t('account.participant')}</dt><dd>{viewerText(viewer, 'participantName') || '—'}</dd></>) : null}
      </dl>
      <AccountForm action="profile" locale={locale} submit={t('account.profile.submit')}>
        <Field id="name" label={t('account.name')} autoComplete="name" defaultValue={viewerText(viewer, 'name')} />
        <fieldset className="field">
          <legend>{t('account.preferredLanguage')}</legend>
          {locales.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="preferredLanguage" value={l} {...viewerLanguageChecked(viewer, l)} required /> <span lang={l}>{localeLabels[l]}</span>
            </label>
          ))}
        </fieldset>
      </AccountForm>
      {isMember(viewer) ? <p><a href={href(locale, routes.contactPoints())}>{t('account.directory')}</a></p> : null}
      <p><a href={href(locale, routes.dashboard())}>{t('dashboard.link')}</a> · <a href={href(locale, routes.personalCalendar())}>{t('calendar.personal.link')}</a></p>
      <p>
        <a href={href(locale, routes.learning())}>{t('learning.dashboard.title')}</a> · <a href={href(locale, routes.trainerAccount())}>{viewer.roles.includes('trainer') ? t('academy.profile.title') : t('academy.apply.title')}</a>
        {viewer.roles.some((r) => r === 'trainer' || r === 'secretariat' || r === 'admin') ? <> · <a href={href(locale, routes.teaching())}>{t('learning.report.title')}</a></> : null}
      </p>
      {mayDeleteOwnAccount(viewer) ? <p><a href={href(locale, routes.deleteAccount())}>{t('account.delete.link')}</a></p> : null}
      <form method="post" action="/forms/sign-out" className="form">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--secondary">{t('account.signOut')}</button>
      </form>
    </div>
  )
}
