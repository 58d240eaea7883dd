import { stringify } from 'csv-stringify/sync'
import { formatDate } from '@/i18n/format'
import { isLocale, type Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { User } from '@/payload-types'
import { sessionUser } from '@/server/account/session-bridge'
import { getPayloadClient } from '@/server/payload'
import { renderTablePdf } from '@/server/pdf/table-pdf'
import { neutraliseFormula } from '@/server/usage/usage-statistics'
import { loadMonitoring, type TMonitoring } from './monitoring'
import type { TTally } from './progress'
import { progressValues } from './report-rules'

type TRow = { level: 'area' | 'objective' | 'state' | 'total'; code: string; name: string; tally: TTally }

/** The rows both exports hold: areas with their objectives, the total, then the states the reader may see (all, or their own). */
function rowsOf(data: TMonitoring, t: ReturnType<typeof getTranslator>): TRow[] {
  const summary = data.summary!
  const rows: TRow[] = []
  for (const a of summary.areas) {
    rows.push({ level: 'area', code: '', name: a.area.title, tally: a.tally })
    for (const o of a.objectives) rows.push({ level: 'objective', code: o.objective.code, name: o.objective.title, tally: o.tally })
  }
  rows.push({ level: 'total', code: '', name: t('actionPlan.allAreas'), tally: summary.overall })
  const states = data.everyState ? summary.states : data.ownState ? [{ state: data.ownState, tally: data.ownState.tally }] : []
  for (const s of states) rows.push({ level: 'state', code: '', name: s.state.name, tally: s.tally })
  return rows
}

export type TProgressExport = { body: Uint8Array | string; filename: string; type: string }

/**
 * The period's progress for the Senior Officials' Meeting, as the reader may see it on the
 * dashboard: CSV (UTF-8 with a byte-order mark, cells safe from formula injection) or a
 * printable PDF in the reader's language. Undefined where the dashboard would be refused.
 */
export async function exportProgress(locale: Locale, user: User, periodId: number | undefined, format: 'csv' | 'pdf'): Promise<TProgressExport | undefined> {
  const data = await loadMonitoring(locale, user, periodId)
  if (!data?.period || !data.summary || (periodId !== undefined && data.period.id !== periodId)) return undefined
  const t = getTranslator(locale)
  const rows = rowsOf(data, t)
  const slug = data.period.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || String(data.period.id)
  const filename = `action-plan-progress-${slug}-${locale}.${format}`
  if (format === 'csv') {
    const head = ['level', 'code', 'name', 'expected', 'reported', ...progressValues]
    const body = rows.map((r) => [t(`actionPlan.level.${r.level}`), r.code, r.name, r.tally.expected, r.tally.reported, ...progressValues.map((p) => r.tally[p])].map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)))
    return { body: `\uFEFF${stringify([head, ...body])}`, filename, type: 'text/csv; charset=utf-8' }
  }
  const columns = (first: string) => [first, t('actionPlan.reported'), ...progressValues.map((p) => t(`actionPlan.progress.${p}`))]
  const cells = (r: TRow) => [`${r.code ? `${r.code} ` : ''}${r.name}`, t('actionPlan.reportedOf', { reported: r.tally.reported, expected: r.tally.expected, share: r.tally.expected ? r.tally.reported / r.tally.expected : 0 }), ...progressValues.map((p) => String(r.tally[p]))]
  const sections = [
    { heading: t('actionPlan.byArea'), columns: columns(t('actionPlan.area')), rows: rows.filter((r) => r.level === 'area' || r.level === 'total').map(cells) },
    { heading: t('actionPlan.byObjective'), columns: columns(t('actionPlan.objective')), rows: rows.filter((r) => r.level === 'objective').map(cells) },
    ...(rows.some((r) => r.level === 'state') ? [{ heading: data.everyState ? t('actionPlan.byState') : t('actionPlan.ownState', { state: data.ownState!.name }), columns: columns(t('actionPlan.state')), rows: rows.filter((r) => r.level === 'state').map(cells) }] : []),
  ]
  const pdf = await renderTablePdf({
    language: locale,
    title: t('actionPlan.pdf.title', { period: data.period.title }),
    lines: [
      t('actionPlan.periodFacts', { title: data.period.title, from: formatDate(locale, data.period.startsOn), to: formatDate(locale, data.period.endsOn), deadline: formatDate(locale, data.period.deadline) }),
      t('actionPlan.howCounted'),
      t('actionPlan.pdf.made', { date: formatDate(locale, new Date()) }),
    ],
    sections,
    footer: t('actionPlan.pdf.footer'),
  })
  return { body: pdf, filename, type: 'application/pdf' }
}

/** The export as a download for the signed-in member; 404 for anyone else and for a period that is not there. */
export async function progressExportResponse(request: Request, locale: string, format: 'csv' | 'pdf'): Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } })
  if (!isLocale(locale)) return notFound()
  const user = await sessionUser(await getPayloadClient(), request.headers)
  const wanted = new URL(request.url).searchParams.get('period')
  const periodId = wanted && /^\d{1,12}$/.test(wanted) ? Number(wanted) : undefined
  const made = user ? await exportProgress(locale, user, periodId, format) : undefined
  if (!made) return notFound()
  return new Response(made.body as BodyInit, {
    headers: { 'content-type': made.type, 'content-disposition': `attachment; filename="${made.filename}"`, 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' },
  })
}
