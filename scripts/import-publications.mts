/**
 * `npm run import:publications -- items.csv files/ [--dry-run]`
 * Imports publications from a CSV (columns: see importColumns in
 * src/server/publications/import-publications.ts; lists separated by ";") with their PDFs
 * from a folder. Validates every row first and reports per row (errors, and warnings such
 * as countries that cannot be tagged); re-running with the same rows creates no duplicates
 * (rows are matched by slug) and reports them unchanged. Progress bar on a terminal; plain
 * lines without colours otherwise. Exit code 1 when a row is invalid.
 */
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import cliProgress from 'cli-progress'
import type { Config, SanitizedConfig } from 'payload'
import type { TRowReport } from '../src/server/publications/import-publications'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const [csvPath, filesDir] = args.filter((a) => !a.startsWith('--'))
if (!csvPath || !filesDir) {
  console.error('Usage: npm run import:publications -- items.csv files/ [--dry-run]')
  process.exit(2)
}
const rows = parse(fs.readFileSync(csvPath), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[]

const tty = Boolean(process.stdout.isTTY)
// For the libraries that honour it; set before they load. Payload's own logger ignores it
// (it always colours), so it gets a plain one below.
if (!tty) process.env.NO_COLOR ??= '1'

const levels: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' }

/** Payload's log lines as plain text, "[hh:mm:ss] LEVEL: message" and one line per extra property. */
const plainLogger: Config['logger'] = {
  options: { level: 'info' },
  destination: {
    write(json: string) {
      const { level, time, msg, pid: _pid, hostname: _hostname, name: _name, ...extra } = JSON.parse(json) as Record<string, unknown>
      const lines = [`[${new Date(Number(time)).toTimeString().slice(0, 8)}] ${levels[Number(level)] ?? String(level)}: ${String(msg ?? '')}`]
      for (const [key, value] of Object.entries(extra)) {
        const stack = value && typeof value === 'object' && 'stack' in value ? value.stack : undefined
        lines.push(`    ${key}: ${typeof stack === 'string' ? stack : typeof value === 'string' ? value : JSON.stringify(value)}`)
      }
      process.stdout.write(`${lines.join('\n')}\n`)
    },
  },
}

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../src/payload.config')
const { importRow, loadLookups, validateRow } = await import('../src/server/publications/import-publications')
const config = await configPromise
// SanitizedConfig types `logger` as DeepRequired pino options; Payload reads it like Config's.
const payload = await getPayload({ config: tty ? config : { ...config, logger: plainLogger as SanitizedConfig['logger'] } })
const lookups = await loadLookups(payload)

const bar = tty ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} rows | {slug}' }, cliProgress.Presets.shades_classic) : undefined
bar?.start(rows.length, 0, { slug: '' })
const reports: TRowReport[] = []
const notes = (r: TRowReport) => [...r.errors, ...r.warnings.map((w) => `warning: ${w}`)].join('; ')
for (const [index, raw] of rows.entries()) {
  const line = index + 2 // header is line 1
  const { row, errors, warnings } = await validateRow(raw, lookups, filesDir)
  let status: TRowReport['status'] = errors.length ? 'invalid' : 'valid'
  if (row && !errors.length && !dryRun) {
    try {
      status = (await importRow(payload, row, lookups, filesDir)).status
    } catch (error) {
      status = 'invalid'
      errors.push(error instanceof Error ? error.message : String(error))
    }
  }
  const report: TRowReport = { line, slug: row?.slug ?? raw.slug, status, errors, warnings }
  reports.push(report)
  if (bar) bar.update(index + 1, { slug: raw.slug ?? '' })
  else console.log(`row ${index + 1}/${rows.length} (line ${line}) ${raw.slug ?? '?'}: ${status}${notes(report) ? ` – ${notes(report)}` : ''}`)
}
bar?.stop()
if (!dryRun) {
  // Extract PDF text and index now rather than waiting for a running server's job runner.
  await payload.jobs.run({ limit: 10_000, overrideAccess: true })
}
const count = (s: string) => reports.filter((r) => r.status === s).length
if (tty) for (const r of reports.filter((r) => notes(r))) console.log(`line ${r.line} (${r.slug ?? '?'}): ${notes(r)}`)
console.log(
  `${dryRun ? 'Dry run: ' : ''}${rows.length} rows: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('valid')} valid, ${count('invalid')} invalid`,
)
process.exit(count('invalid') ? 1 : 0)
