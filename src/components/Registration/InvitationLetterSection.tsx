import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { TRegistrationPage } from '@/server/registrations/registration-page'

type TField = { name: 'passportName' | 'passportNumber' | 'dateOfBirth' | 'nationality' | 'consulate'; type?: string; autoComplete?: string; maxLength: number }
const fields: TField[] = [
  { name: 'passportName', autoComplete: 'name', maxLength: 120 },
  { name: 'passportNumber', maxLength: 20 },
  { name: 'dateOfBirth', type: 'date', autoComplete: 'bday', maxLength: 10 },
  { name: 'nationality', maxLength: 80 },
  { name: 'consulate', maxLength: 160 },
]

/**
 * An approved participant's visa invitation letter: the request form (plain HTML, refused
 * input comes back sealed), or how the request stands, with the letter's downloads once issued.
 */
export function InvitationLetterSection({ locale, letter, registrationId, hidden, values }: { locale: Locale; letter: NonNullable<TRegistrationPage['letter']> | null; registrationId: number; hidden: ReactNode; values: Record<string, string> }) {
  const t = getTranslator(locale)
  return (
    <section aria-labelledby="letter-title">
      <h2 id="letter-title">{t('letter.request.heading')}</h2>
      {letter === null ? (
        <>
          <p className="hint">{t('letter.request.intro')}</p>
          <form method="post" action="/forms/request-letter" className="form">
            {hidden}
            <input type="hidden" name="registration" value={registrationId} />
            {fields.map((f) => (
              <div className="field" key={f.name}>
                <label htmlFor={`letter-${f.name}`}>{t(`letter.request.${f.name}`)}</label>
                <input id={`letter-${f.name}`} name={f.name} type={f.type ?? 'text'} required maxLength={f.maxLength} autoComplete={f.autoComplete} defaultValue={values[f.name]} />
              </div>
            ))}
            <button type="submit" className="button">{t('letter.request.submit')}</button>
          </form>
        </>
      ) : letter.status === 'requested' ? (
        <p>{t('letter.request.requested')}</p>
      ) : letter.status === 'revoked' ? (
        <p>{t('letter.request.revoked', { reason: letter.revokeReason ?? '' })}</p>
      ) : (
        <>
          <p>{t('letter.request.issued', { reference: letter.reference ?? '' })}</p>
          <ul>
            {letter.languages.map((language) => (
              <li key={language}>
                <a href={`/api/invitation-letters/${letter.id}/pdf?language=${language}`} hrefLang={language} type="application/pdf" download>
                  {t('letter.request.download', { language: t(`language.${language}`) })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
