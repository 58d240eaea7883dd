import type { Metadata } from 'next'
import { resolveLocale } from '@/i18n/page-params'
import { CertificateCheck } from '../CertificateCheck'

type Props = { params: Promise<{ locale: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('certificate.verify.title'), robots: { index: false } }
}

/** A certificate's own verification page: the address in its QR code. */
export default async function CertificatePage({ params }: Props) {
  const { locale } = await resolveLocale(params)
  const { code } = await params
  return <CertificateCheck locale={locale} code={decodeURIComponent(code)} />
}
