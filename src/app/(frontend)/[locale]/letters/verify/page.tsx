import type { Metadata } from 'next'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { param, type SearchParams } from '@/i18n/search-params'
import { getPayloadClient } from '@/server/payload'
import { verifyLetter } from '@/server/invitations/invitation-letters'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('letter.verify.title'), robots: { index: false } }
}

/**
 * Where a consulate checks a visa invitation letter by its reference number, without an
 * account: whether it stands, for whom and for which meeting; never the passport details.
 * A plain GET form; never cached (the answer depends on the query).
 */
export default async function LetterVerificationPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const reference = (param((await searchParams).reference) ?? '').slice(0, 40)
  const result = reference ? await verifyLetter(await getPayloadClient(), reference, locale) : undefined
  return (
    <div className="narrow">
      <PageHeader title={t('letter.verify.title')} intro={t('letter.verify.intro')} />
      <form method="get" className="form">
        <div className="field">
          <label htmlFor="reference">{t('letter.verify.reference', { example: 'PP-2027-7K3M9QX2' })}</label>
          <input id="reference" name="reference" type="text" required maxLength={40} autoComplete="off" spellCheck={false} defaultValue={reference} />
        </div>
        <button type="submit" className="button">{t('letter.verify.submit')}</button>
      </form>
      {reference ? (
        <section aria-live="polite" aria-labelledby="verification-result">
          {result ? (
            <>
              <p id="verification-result" className={result.status === 'valid' ? 'notice' : 'alert'}><strong>{t(result.status === 'valid' ? 'letter.verify.valid' : 'letter.verify.revoked')}</strong></p>
              <dl className="facts">
                <dt>{t('letter.verify.name')}</dt>
                <dd>{result.name}</dd>
                <dt>{t('letter.verify.event')}</dt>
                <dd>{result.event}</dd>
                <dt>{t('letter.verify.dates')}</dt>
                <dd>{result.dates}</dd>
                <dt>{t('letter.verify.issued')}</dt>
                <dd>{result.issuedOn}</dd>
              </dl>
            </>
          ) : (
            <p id="verification-result" className="alert">{t('letter.verify.unknown')}</p>
          )}
        </section>
      ) : null}
    </div>
  )
}
