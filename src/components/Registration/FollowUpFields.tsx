import type { Locale } from '@/i18n/locales'
import { getTranslator, type MessageKey } from '@/i18n/messages'
import type { Registration } from '@/payload-types'
import { accommodationChoices, fundingChoices, travelModes } from '@/server/registrations/registration-rules'

/** The saved follow-up as the form's values (days as YYYY-MM-DD). */
export function followUpValues(followUp: Registration['followUp']): Record<string, string> {
  const day = (iso?: string | null) => (iso ? iso.slice(0, 10) : undefined)
  const entries = { arrival: day(followUp?.arrival), departure: day(followUp?.departure), travelMode: followUp?.travelMode, accommodation: followUp?.accommodation, funding: followUp?.funding, details: followUp?.details }
  return Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

/** An approved participant's travel and accommodation: dates, means, room, funding, details. */
export function FollowUpFields({ locale, values }: { locale: Locale; values: Record<string, string> }) {
  const t = getTranslator(locale)
  const select = (name: 'travelMode' | 'accommodation' | 'funding', options: readonly string[], prefix: string) => (
    <div className="field">
      <label htmlFor={`follow-up-${name}`}>{t(`registration.followUp.${name}` as MessageKey)}</label>
      <select id={`follow-up-${name}`} name={name} defaultValue={values[name] ?? ''}>
        <option value="">{t('registration.followUp.choose')}</option>
        {options.map((o) => <option key={o} value={o}>{t(`${prefix}.${o}` as MessageKey)}</option>)}
      </select>
    </div>
  )
  return (
    <>
      <div className="field">
        <label htmlFor="follow-up-arrival">{t('registration.followUp.arrival')}</label>
        <input id="follow-up-arrival" name="arrival" type="date" defaultValue={values.arrival} />
      </div>
      <div className="field">
        <label htmlFor="follow-up-departure">{t('registration.followUp.departure')}</label>
        <input id="follow-up-departure" name="departure" type="date" defaultValue={values.departure} />
      </div>
      {select('travelMode', travelModes, 'registration.followUp.travel')}
      {select('accommodation', accommodationChoices, 'registration.followUp.accommodation')}
      {select('funding', fundingChoices, 'registration.followUp.funding')}
      <div className="field">
        <label htmlFor="follow-up-details">{t('registration.followUp.details')}</label>
        <textarea id="follow-up-details" name="details" rows={3} maxLength={1000} defaultValue={values.details} />
      </div>
    </>
  )
}
