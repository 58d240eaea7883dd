import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { interpretationLanguages } from '@/server/events/languages'
import { registrationFieldLabels, type TOptionalField } from '@/server/registrations/registration-rules'

const maxLengths: Partial<Record<TOptionalField, number>> = { organisation: 200, jobTitle: 200, phone: 40, dietary: 500, accessibility: 500 }
const autoComplete: Partial<Record<TOptionalField, string>> = { organisation: 'organization', jobTitle: 'organization-title', phone: 'tel' }

/**
 * The questions an event asks beyond name and e-mail (the Secretariat picks them per event), each
 * optional, with what was typed before a refusal. `prefix` keeps ids apart when a page has two forms.
 */
export function RegistrationFields({ locale, askFor, values, prefix }: { locale: Locale; askFor: TOptionalField[]; values: Record<string, string>; prefix: string }) {
  const t = getTranslator(locale)
  const label = (field: TOptionalField) => (
    <>
      {registrationFieldLabels[field][locale]} <span className="hint-inline">({t('registration.page.optional')})</span>
    </>
  )
  return (
    <>
      {askFor.map((field) => {
        const id = `${prefix}-${field}`
        if (field === 'needsVisa') {
          return (
            <div className="field" key={field}>
              <label className="choice" htmlFor={id}>
                <input type="checkbox" id={id} name={field} defaultChecked={values[field] === 'on'} /> {registrationFieldLabels[field][locale]}
              </label>
            </div>
          )
        }
        if (field === 'interpretation') {
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>{label(field)}</label>
              <select id={id} name={field} defaultValue={values[field] ?? ''}>
                <option value="">{t('registration.page.interpretation.none')}</option>
                {interpretationLanguages.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
              </select>
            </div>
          )
        }
        if (field === 'dietary' || field === 'accessibility') {
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>{label(field)}</label>
              <textarea id={id} name={field} rows={3} maxLength={maxLengths[field]} defaultValue={values[field]} />
            </div>
          )
        }
        return (
          <div className="field" key={field}>
            <label htmlFor={id}>{label(field)}</label>
            <input id={id} name={field} type={field === 'phone' ? 'tel' : 'text'} maxLength={maxLengths[field]} autoComplete={autoComplete[field]} defaultValue={values[field]} />
          </div>
        )
      })}
    </>
  )
}
