import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'
import { locales, type Locale } from '@/i18n/locales'
import { queryRows, sql } from '@/server/search-index/raw-sql'

export type TUsagePeriod = { from: string; to: string }
export type TByLanguage = Record<Locale, number>
export type TMonthUsage = { month: string; views: TByLanguage; downloads: TByLanguage }
export type TPublicationUsage = {
  publicationId: number
  slug: string
  title: Partial<Record<Locale, string>>
  views: TByLanguage
  downloads: TByLanguage
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/
const maxMonths = 120

const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y, m - 1 + n, 1))
  return d.toISOString().slice(0, 7)
}
const zero = (): TByLanguage => Object.fromEntries(locales.map((l) => [l, 0])) as TByLanguage

/** The months from..to inclusive, oldest first. */
export function monthsOf(period: TUsagePeriod): string[] {
  const months: string[] = []
  for (let m = period.from; m <= period.to && months.length < maxMonths; m = addMonths(m, 1)) months.push(m)
  return months
}

/**
 * The period asked for in a URL (`from`, `to` as YYYY-MM), or the last twelve months.
 * Invalid or reversed values fall back to the default rather than failing; the span is
 * capped at ten years.
 */
export function parsePeriod(params: { from?: unknown; to?: unknown }, now = new Date()): TUsagePeriod {
  const current = now.toISOString().slice(0, 7)
  const to = typeof params.to === 'string' && monthPattern.test(params.to) ? params.to : current
  const from = typeof params.from === 'string' && monthPattern.test(params.from) && params.from <= to ? params.from : addMonths(to, -11)
  return { from: from < addMonths(to, -(maxMonths - 1)) ? addMonths(to, -(maxMonths - 1)) : from, to }
}

type TCountRow = { publication_id: number | string; language: string; month: string; kind: string; count: number | string }

async function countRows(payload: Payload, period: TUsagePeriod, publicationId?: number): Promise<TCountRow[]> {
  return queryRows<TCountRow>(
    payload,
    publicationId === undefined
      ? sql`SELECT publication_id, language, month, kind, count FROM usage_counts WHERE month >= ${period.from} AND month <= ${period.to}`
      : sql`SELECT publication_id, language, month, kind, count FROM usage_counts WHERE month >= ${period.from} AND month <= ${period.to} AND publication_id = ${publicationId}`,
  )
}

const add = (target: { views: TByLanguage; downloads: TByLanguage }, row: TCountRow) => {
  const language = row.language as Locale
  if (!locales.includes(language)) return
  const bucket = row.kind === 'download' ? target.downloads : row.kind === 'view' ? target.views : undefined
  if (bucket) bucket[language] += Number(row.count)
}

/** Views and downloads per month and language (every month of the period, zeros too). */
export async function monthlyUsage(payload: Payload, period: TUsagePeriod, publicationId?: number): Promise<TMonthUsage[]> {
  const byMonth = new Map(monthsOf(period).map((month) => [month, { month, views: zero(), downloads: zero() }]))
  for (const row of await countRows(payload, period, publicationId)) {
    const month = byMonth.get(row.month)
    if (month) add(month, row)
  }
  return [...byMonth.values()]
}

/** Per publication totals over the period, most downloaded first (then most viewed). */
export async function usageByPublication(payload: Payload, period: TUsagePeriod): Promise<TPublicationUsage[]> {
  const totals = new Map<number, { views: TByLanguage; downloads: TByLanguage }>()
  for (const row of await countRows(payload, period)) {
    const id = Number(row.publication_id)
    if (!totals.has(id)) totals.set(id, { views: zero(), downloads: zero() })
    add(totals.get(id)!, row)
  }
  return [...(await publicationLabels(payload, [...totals.keys()]))]
    .map(([publicationId, label]) => ({ publicationId, ...label, ...totals.get(publicationId)! }))
    .sort((a, b) => totalOf(b.downloads) - totalOf(a.downloads) || totalOf(b.views) - totalOf(a.views) || a.publicationId - b.publicationId)
}

/** Both languages together. */
export const totalOf = (counts: TByLanguage): number => locales.reduce((n, k) => n + counts[k], 0)

/** Slug and titles (all languages) of the given publications, drafts and members-only too. */
async function publicationLabels(payload: Payload, ids: number[]): Promise<Map<number, Pick<TPublicationUsage, 'slug' | 'title'>>> {
  if (ids.length === 0) return new Map()
  const found = await payload.find({
    collection: 'publications',
    where: { id: { in: ids } },
    select: { title: true, slug: true },
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(found.docs.map((p) => [p.id as number, { slug: p.slug as string, title: (p.title ?? {}) as unknown as Partial<Record<Locale, string>> }]))
}

let downloadTotalsMemo: { at: number; totals: Promise<Map<number, number>> } | undefined
const downloadTotalsTtlMs = 60_000

/**
 * Download totals per publication over all time, for the "most downloaded" sort: kept for
 * a minute, and dropped at once when this instance records new counts.
 */
export function downloadTotals(payload: Payload): Promise<Map<number, number>> {
  if (!downloadTotalsMemo || Date.now() - downloadTotalsMemo.at > downloadTotalsTtlMs) {
    const totals = readDownloadTotals(payload)
    downloadTotalsMemo = { at: Date.now(), totals }
    totals.catch(() => (downloadTotalsMemo = undefined))
  }
  return downloadTotalsMemo.totals
}

export function forgetDownloadTotals(): void {
  downloadTotalsMemo = undefined
}

async function readDownloadTotals(payload: Payload): Promise<Map<number, number>> {
  const rows = await queryRows<{ publication_id: number | string; total: number | string }>(
    payload,
    sql`SELECT publication_id, SUM(count) AS total FROM usage_counts WHERE kind = 'download' GROUP BY publication_id`,
  )
  return new Map(rows.map((r) => [Number(r.publication_id), Number(r.total)]))
}

/**
 * The period's counts as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read the
 * Cyrillic titles): one row per publication, month and language with views and downloads.
 */
export async function usageCsv(payload: Payload, period: TUsagePeriod, publicationId?: number): Promise<string> {
  const rows = new Map<string, { month: string; publicationId: number; language: Locale; views: number; downloads: number }>()
  for (const row of await countRows(payload, period, publicationId)) {
    const language = row.language as Locale
    const key = `${row.publication_id}|${row.month}|${language}`
    if (!rows.has(key)) rows.set(key, { month: row.month, publicationId: Number(row.publication_id), language, views: 0, downloads: 0 })
    const r = rows.get(key)!
    if (row.kind === 'view') r.views += Number(row.count)
    if (row.kind === 'download') r.downloads += Number(row.count)
  }
  const info = await publicationLabels(payload, [...new Set([...rows.values()].map((r) => r.publicationId))])
  const records = [...rows.values()]
    .filter((r) => info.has(r.publicationId))
    .sort((a, b) => a.month.localeCompare(b.month) || a.publicationId - b.publicationId || a.language.localeCompare(b.language))
    .map((r) => {
      const p = info.get(r.publicationId)!
      return [r.month, r.publicationId, p.slug, neutraliseFormula(p.title.en ?? ''), neutraliseFormula(p.title.ru ?? ''), r.language, r.views, r.downloads]
    })
  return '\uFEFF' + stringify(records, { header: true, columns: ['month', 'publication_id', 'slug', 'title_en', 'title_ru', 'language', 'views', 'downloads'], record_delimiter: 'windows' })
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula: a title such as `=HYPERLINK(...)` would run on the Secretariat's machine. Such
 * text is exported with a leading apostrophe, which spreadsheets show as plain text (OWASP).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
