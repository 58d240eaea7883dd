import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { Certificate } from '@/payload-types'

/** A completed course's certificate for its learner: the PDF and its public page, or that it is on its way, or revoked. */
export function CertificateNote({ locale, certificate }: { locale: Locale; certificate?: Certificate }) {
  const t = getTranslator(locale)
  if (!certificate) return <p className="hint">{t('certificate.pending')}</p>
  if (certificate.status === 'revoked') return <p className="alert alert--error">{t('certificate.revokedNote')}</p>
  return (
    <p>
      <a href={href(locale, routes.certificatePdf(certificate.code))} download>{t('certificate.download')}</a>
      {' · '}
      <a href={href(locale, routes.certificate(certificate.code))}>{t('certificate.verify.title')}</a>
    </p>
  )
}
