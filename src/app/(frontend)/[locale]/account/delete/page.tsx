import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { mayDeleteOwnAccount } from '@/server/account/account-actions'
import { currentViewer } from '@/server/account/current-user'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.delete.title'), robots: { index: false } }
}

/** A learner or trainer deletes their own account, confirming with their password (a plain form). */
export default async function DeleteAccountPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const viewer = await currentViewer()
  if (!viewer) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.deleteAccount()))}`)
  const q = await searchParams
  const error = param(q.error)
  return (
    <div className="narrow">
      <PageHeader title={t('account.delete.title')} />
      {mayDeleteOwnAccount(viewer) ? (
        <>
          <FormStatus locale={locale} error={error} retry={param(q.retry, 8)} />
          <p>{t('account.delete.intro')}</p>
          <p>{t('account.delete.kept')}</p>
          <AccountForm action="delete-account" locale={locale} submit={t('account.delete.submit')}>
            <Field id="password" type="password" label={t('account.delete.password')} autoComplete="current-password" invalid={error === 'wrong-password'} />
            <div className="field">
              <label className="choice">
                <input type="checkbox" name="confirm" value="yes" required aria-invalid={error === 'confirm-deletion' ? true : undefined} /> <span>{t('account.delete.confirm')}</span>
              </label>
            </div>
          </AccountForm>
        </>
      ) : (
        <p>{t('account.delete.managed')}</p>
      )}
      <p><a href={href(locale, routes.profile())}>{t('account.profile.title')}</a></p>
    </div>
  )
}
