import type { Metadata } from 'next'
import Link from 'next/link'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.signIn.title'), robots: { index: false } }
}

export default async function SignInPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const q = await searchParams
  const error = param(q.error)
  return (
    <div className="narrow">
      <PageHeader title={t('account.signIn.title')} />
      <FormStatus locale={locale} error={error} notice={param(q.notice)} retry={param(q.retry, 8)} />
      <AccountForm action="sign-in" locale={locale} submit={t('account.signIn.submit')}>
        {param(q.next) ? <input type="hidden" name="next" value={param(q.next)} /> : null}
        <Field id="email" type="email" label={t('account.email')} autoComplete="email" defaultValue={param(q.email)} invalid={Boolean(error)} />
        <Field id="password" type="password" label={t('account.password')} autoComplete="current-password" invalid={Boolean(error)} />
      </AccountForm>
      <p><Link href={href(locale, routes.forgotPassword())}>{t('account.forgot.link')}</Link></p>
      <p>{t('account.signIn.noAccount')} <Link href={href(locale, routes.signUp())}>{t('account.signUp.link')}</Link></p>
    </div>
  )
}
