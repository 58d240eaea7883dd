import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { localeLabels, locales } from '@/i18n/locales'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import type { Participant } from '@/payload-types'
import { currentUser } from '@/server/account/current-user'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.profile.title'), robots: { index: false } }
}

export default async function ProfilePage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.profile()))}`)
  const q = await searchParams
  const participant = typeof user.participant === 'object' && user.participant ? (user.participant as Participant) : null
  return (
    <div className="narrow">
      <PageHeader title={t('account.profile.title')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <dl className="facts">
        <dt>{t('account.email')}</dt><dd>{user.email}</dd>
        <dt>{t('account.roles')}</dt><dd>{user.roles.map((r) => t(`role.${r}` as 'role.learner')).join(', ')}</dd>
        {participant ? (<><dt>{t('account.participant')}</dt><dd>{participant.name}</dd></>) : null}
      </dl>
      <AccountForm action="profile" locale={locale} submit={t('account.profile.submit')}>
        <Field id="name" label={t('account.name')} autoComplete="name" defaultValue={user.name} />
        <fieldset className="field">
          <legend>{t('account.preferredLanguage')}</legend>
          {locales.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="preferredLanguage" value={l} defaultChecked={user.preferredLanguage === l} required /> <span lang={l}>{localeLabels[l]}</span>
            </label>
          ))}
        </fieldset>
      </AccountForm>
      <form method="post" action="/forms/sign-out" className="form">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--secondary">{t('account.signOut')}</button>
      </form>
    </div>
  )
}
