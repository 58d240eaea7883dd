'use client'
import { useSearchParams } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { useTranslation } from '@payloadcms/ui'
import { isLocale, type Locale } from '@/i18n/locales'
import { translate, type MessageKey } from '@/i18n/messages'
import type { TImportFileError, TImportReport } from '@/server/registrations/import-registrations'

/** The event the list is filtered by (the admin's "where[event][equals]" filter, as the event's registration page links to it). */
function useFilteredEvent(): string | undefined {
  const params = useSearchParams()
  const event = params.get('where[event][equals]') ?? params.get('where[or][0][and][0][event][equals]')
  return event && /^\d+$/.test(event) ? event : undefined
}

function useLocale(): Locale {
  const { i18n } = useTranslation()
  return isLocale(i18n.language) ? i18n.language : 'en'
}

/** Above the registrations list: the table as CSV, and (for one event's list) the import from CSV. */
export function RegistrationsExport() {
  const locale = useLocale()
  const event = useFilteredEvent()
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <p>
        <a href={`/api/registrations-export${event ? `?event=${event}` : ''}`} download>
          {translate(locale, event ? 'registration.export.event' : 'registration.export.all')}
        </a>
      </p>
      {event ? <RegistrationsImport event={event} locale={locale} /> : <p>{translate(locale, 'registration.import.filterFirst')}</p>}
    </div>
  )
}

/** Literal words of the file (its column names and values), the same in either language. */
const columnWords = {
  required: 'name, email',
  optional: 'language, state, status, organisation, job_title, phone, interpretation, dietary, accessibility, needs_visa',
  languages: 'en, ru',
  statuses: 'pending, approved',
}

/**
 * Import from CSV into the event of this list: a dry run first (what each row would become,
 * nothing saved, no e-mail), then the import itself, which saves all rows or none.
 */
function RegistrationsImport({ event, locale }: { event: string; locale: Locale }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const [report, setReport] = useState<TImportReport | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const form = new FormData(e.currentTarget)
    form.set('dryRun', submitter?.value === 'import' ? 'false' : 'true')
    form.set('event', event)
    form.set('locale', locale)
    setBusy(true)
    setError(undefined)
    try {
      const res = await fetch('/api/registrations-import', { method: 'POST', body: form, credentials: 'same-origin' })
      const body = (await res.json()) as TImportReport | { error: TImportFileError | string }
      if ('error' in body) {
        setReport(undefined)
        setError(res.status === 400 ? t(`registration.import.error.${body.error as TImportFileError}`, columnWords) : body.error)
      } else setReport(body)
    } catch {
      setError(t('registration.import.error.unreadable'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <details>
      <summary>{t('registration.import.heading')}</summary>
      <p>{t('registration.import.intro', columnWords)}</p>
      <form onSubmit={submit}>
        <p>
          <label htmlFor="registrations-import-file">{t('registration.import.file')}</label>{' '}
          <input id="registrations-import-file" name="file" type="file" accept=".csv,text/csv" required />
        </p>
        <p style={{ display: 'flex', gap: '0.5rem' }}>
          <button type="submit" name="action" value="check" className="btn btn--style-secondary btn--size-small" disabled={busy}>{t('registration.import.check')}</button>
          <button type="submit" name="action" value="import" className="btn btn--style-primary btn--size-small" disabled={busy}>{t('registration.import.import')}</button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {error ? <p>{error}</p> : null}
        {report ? (
          <>
            <p>
              {report.saved ? t('registration.import.saved', { count: report.counts.rows - report.counts.problems }) : t('registration.import.notSaved')}{' '}
              {t('registration.import.summary', { rows: report.counts.rows, problems: report.counts.problems, approved: report.counts.approved, pending: report.counts.pending, waitlisted: report.counts.waitlisted })}
            </p>
            <table>
              <thead>
                <tr><th scope="col">{t('registration.import.line')}</th><th scope="col">{t('registration.import.name')}</th><th scope="col">{t('registration.import.email')}</th><th scope="col">{t('registration.import.outcome')}</th></tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>{r.problem ? t(`registration.import.problem.${r.problem}`, columnWords) : `${t(`registration.status.${r.status!}`)}${r.queueNumber ? ` (${r.queueNumber})` : ''}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </div>
    </details>
  )
}
