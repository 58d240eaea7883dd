import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { percentOf, type TTally } from '@/server/action-plan/progress'
import { progressValues } from '@/server/action-plan/report-rules'

/** Progress figures of rows (areas, objectives or states): reported of expected, then each progress value, with a bar drawn from them. */
export function ProgressTable({ locale, caption, head, rows }: { locale: Locale; caption: string; head: string; rows: { key: string | number; label: ReactNode; tally: TTally }[] }) {
  const t = getTranslator(locale)
  const shown = progressValues
  return (
    <table className="table table--figures">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('actionPlan.reported')}</th>
          {shown.map((p) => <th scope="col" key={p}>{t(`actionPlan.progress.${p}`)}</th>)}
          <th scope="col"><span className="visually-hidden">{t('actionPlan.bar')}</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, tally }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td data-label={t('actionPlan.reported')}>{t('actionPlan.reportedOf', { reported: tally.reported, expected: tally.expected, share: tally.expected ? tally.reported / tally.expected : 0 })}</td>
            {shown.map((p) => <td key={p} data-label={t(`actionPlan.progress.${p}`)}>{tally[p]}</td>)}
            <td aria-hidden="true">
              <span className="progress-bar">
                {shown.filter((p) => tally[p]).map((p) => <span key={p} className={`progress-bar__part progress-bar__part--${p}`} style={{ width: `${percentOf(tally[p], tally)}%` }} />)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
