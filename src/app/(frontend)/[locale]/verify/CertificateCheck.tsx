import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import { PageHeader } from '@/components/PageHeader'
import { formatCertificateCode } from '@/server/learning/certificate-code'
import { certificateByCode } from '@/server/learning/certificates'
import { getPayloadClient } from '@/server/payload'

/**
 * The public check of a course certificate, without an account: to whom, which course, when,
 * and whether it is valid or revoked (never why: the reason is the Secretariat's). A plain GET
 * form; never cached, so a revocation shows at once.
 */
export async function CertificateCheck({ locale, code }: { locale: Locale; code?: string }) {
  const t = getTranslator(locale)
  const typed = (code ?? '').slice(0, 60)
  const certificate = typed ? await certificateByCode(await getPayloadClient(), typed) : undefined
  return (
    <div className="narrow">
      <PageHeader title={t('certificate.verify.title')} intro={t('certificate.verify.intro')} />
      <form method="get" action={href(locale, routes.certificateLookup())} className="form">
        <div className="field">
          <label htmlFor="code">{t('certificate.verify.code')}</label>
          <p className="hint" id="code-hint">{t('certificate.verify.codeHint')}</p>
          <input id="code" name="code" type="text" required maxLength={60} autoComplete="off" spellCheck={false} aria-describedby="code-hint" defaultValue={certificate ? formatCertificateCode(certificate.code) : typed} />
        </div>
        <button type="submit" className="button">{t('certificate.verify.submit')}</button>
      </form>
      {typed ? (
        <section aria-live="polite" aria-labelledby="verification-result">
          {certificate ? (
            <>
              <p id="verification-result" className={certificate.status === 'valid' ? 'alert alert--ok' : 'alert alert--error'}>
                <strong>{t(certificate.status === 'valid' ? 'certificate.verify.valid' : 'certificate.verify.revoked')}</strong>
                {certificate.status === 'revoked' && certificate.revokedAt ? <> {t('certificate.verify.revokedOn', { date: formatDate(locale, certificate.revokedAt) })}</> : null}
              </p>
              <dl className="facts">
                <dt>{t('certificate.verify.name')}</dt>
                <dd>{certificate.name}</dd>
                <dt>{t('certificate.verify.course')}</dt>
                <dd lang={certificate.language}>{certificate.courseTitle}</dd>
                <dt>{t('certificate.verify.completedOn')}</dt>
                <dd>{formatDate(locale, certificate.completedOn)}</dd>
                <dt>{t('certificate.verify.hours')}</dt>
                <dd>{certificate.hours}</dd>
                <dt>{t('certificate.verify.codeLabel')}</dt>
                <dd>{formatCertificateCode(certificate.code)}</dd>
              </dl>
            </>
          ) : (
            <p id="verification-result" className="alert alert--error">{t('certificate.verify.notFound')}</p>
          )}
        </section>
      ) : null}
    </div>
  )
}
