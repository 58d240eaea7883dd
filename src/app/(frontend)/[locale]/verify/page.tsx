import type { Metadata } from 'next'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { param, type SearchParams } from '@/i18n/search-params'
import { CertificateCheck } from './CertificateCheck'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('certificate.verify.title'), robots: { index: false } }
}

/** Where anyone types a certificate's code (`?code=`). */
export default async function CertificateLookupPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale } = await resolveLocale(params)
  return <CertificateCheck locale={locale} code={param((await searchParams).code)} />
}
