import type { Metadata } from 'next'
import { AccountForm, Field, FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { param, type SearchParams } from '@/i18n/search-params'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.forgot.title'), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const q = await searchParams
  return (
    <div className="narrow">
      <PageHeader title={t('account.forgot.title')} intro={t('account.forgot.intro')} />
      <FormStatus locale={locale} error={param(q.error)} />
      <AccountForm action="forgot-password" locale={locale} submit={t('account.forgot.submit')}>
        <Field id="email" type="email" label={t('account.email')} autoComplete="email" />
      </AccountForm>
    </div>
  )
}
