import type { Metadata } from 'next'
import Link from 'next/link'
import { FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { verifyEmail } from '@/server/account/account-actions'
import { getPayloadClient } from '@/server/payload'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('account.verify.title'), robots: { index: false } }
}

/** Opening the link from the e-mail verifies the address (the token is single-use). */
export default async function VerifyPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const token = param((await searchParams).token)
  const result = token ? await verifyEmail(await getPayloadClient(), token) : { ok: false as const, error: 'invalid-token' as const }
  return (
    <div className="narrow">
      <PageHeader title={t('account.verify.title')} />
      <FormStatus locale={locale} error={result.ok ? undefined : result.error} notice={result.ok ? result.notice : undefined} />
      <p><Link href={href(locale, routes.signIn())}>{t('account.signIn.link')}</Link></p>
    </div>
  )
}
