import type { Metadata } from 'next'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { param, type SearchParams } from '@/i18n/search-params'
import { minPasswordLength } from '@/server/account/password-rule'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.reset.title'), robots: { index: false } }
}

export default async function ResetPasswordPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const q = await searchParams
  return (
    <div className="narrow">
      <PageHeader title={t('account.reset.title')} />
      <FormStatus locale={locale} error={param(q.error)} />
      <AccountForm action="reset-password" locale={locale} submit={t('account.reset.submit')}>
        <input type="hidden" name="token" value={param(q.token) ?? ''} />
        <Field id="password" type="password" label={t('account.newPassword')} autoComplete="new-password" minLength={minPasswordLength} hint={t('account.passwordHint', { min: minPasswordLength })} />
        <Field id="passwordConfirm" type="password" label={t('account.passwordConfirm')} autoComplete="new-password" />
      </AccountForm>
    </div>
  )
}
