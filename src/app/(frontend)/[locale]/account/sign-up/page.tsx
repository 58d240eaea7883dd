import type { Metadata } from 'next'
import Link from 'next/link'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { minPasswordLength } from '@/server/account/password-rule'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.signUp.title'), robots: { index: false } }
}

export default async function SignUpPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const q = await searchParams
  const error = param(q.error)
  return (
    <div className="narrow">
      <PageHeader title={t('account.signUp.title')} intro={t('account.signUp.intro')} />
      <FormStatus locale={locale} error={error} />
      <AccountForm action="sign-up" locale={locale} submit={t('account.signUp.submit')}>
        <input type="hidden" name="preferredLanguage" value={locale} />
        <Field id="name" label={t('account.name')} autoComplete="name" defaultValue={param(q.name)} />
        <Field id="email" type="email" label={t('account.email')} autoComplete="email" defaultValue={param(q.email)} />
        <Field
          id="password"
          type="password"
          label={t('account.password')}
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={t('account.passwordHint', { min: minPasswordLength })}
          invalid={error === 'password-too-short' || error === 'passwords-differ'}
        />
        <Field id="passwordConfirm" type="password" label={t('account.passwordConfirm')} autoComplete="new-password" invalid={error === 'passwords-differ'} />
      </AccountForm>
      <p>{t('account.signUp.haveAccount')} <Link href={href(locale, routes.signIn())}>{t('account.signIn.link')}</Link></p>
    </div>
  )
}
