import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import { learnerFill, type TLearnerPage } from '@/server/learning/learner-state'

/** A completed course's certificate for its learner: the PDF and its public page, or that it is on its way, or revoked. */
export function CertificateNote({ locale, learner, course }: { locale: Locale; learner: TLearnerPage; course: number }) {
  const t = getTranslator(locale)
  const certificate = learner.state.certificates.find((c) => c.course === course)
  if (!certificate) return <p className="hint">{t('certificate.pending')}</p>
  if (certificate.status === 'revoked') return <p className="alert alert--error">{t('certificate.revokedNote')}</p>
  // The code is the person's own: in a shared render, a slot the front fills in.
  const code = learner.text(learnerFill.certificateCode(course))
  return (
    <p>
      <a href={href(locale, routes.certificatePdf(code))} download>{t('certificate.download')}</a>
      {' · '}
      <a href={href(locale, routes.certificate(code))}>{t('certificate.verify.title')}</a>
    </p>
  )
}
