import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { formErrorKeys as errorKeys, formNoticeKeys as noticeKeys } from '@/server/account/form-status'

/** The result of the last submission, in words; errors are announced and focusable. */
export function FormStatus({ locale, error, notice, retry }: { locale: Locale; error?: string; notice?: string; retry?: string }) {
  const t = getTranslator(locale)
  if (error) {
    // How long to wait, for "too many attempts" (whole seconds, at least one).
    const seconds = Math.max(1, Math.min(3600, Math.ceil(Number(retry) || 1)))
    return (
      <div className="alert alert--error" role="alert" id="form-error" tabIndex={-1}>
        {t(errorKeys[error] ?? 'form.error.invalid-input', { seconds })}
      </div>
    )
  }
  if (notice && noticeKeys[notice]) {
    return <div className="alert alert--ok" role="status">{t(noticeKeys[notice])}</div>
  }
  return null
}

type FieldProps = {
  id: string
  label: string
  type?: string
  name?: string
  defaultValue?: string
  autoComplete?: string
  required?: boolean
  hint?: string
  minLength?: number
  invalid?: boolean
}

export function Field({ id, label, type = 'text', name, defaultValue, autoComplete, required = true, hint, minLength, invalid }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      <input
        id={id}
        name={name ?? id}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        minLength={minLength}
        aria-describedby={[hint ? `${id}-hint` : '', invalid ? 'form-error' : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || undefined}
      />
    </div>
  )
}

export function AccountForm({ action, locale, submit, children }: { action: string; locale: Locale; submit: string; children: ReactNode }) {
  return (
    <form method="post" action={`/forms/${action}`} className="form" noValidate={false}>
      <input type="hidden" name="locale" value={locale} />
      {children}
      <button type="submit" className="button">{submit}</button>
    </form>
  )
}
