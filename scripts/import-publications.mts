/**
 * `npm run import:publications -- items.csv files/ [--dry-run]`
 * Imports publications from a CSV (columns: see importColumns in
 * src/server/publications/import-publications.ts; lists separated by ";") with their PDFs
 * from a folder. Validates every row first and reports per row; re-running with the same
 * rows creates no duplicates (rows are matched by slug). Progress bar on a terminal, plain
 * lines otherwise. Exit code 1 when a row is invalid.
 */
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import cliProgress from 'cli-progress'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const [csvPath, filesDir] = args.filter((a) => !a.startsWith('--'))
if (!csvPath || !filesDir) {
  console.error('Usage: npm run import:publications -- items.csv files/ [--dry-run]')
  process.exit(2)
}
const rows = parse(fs.readFileSync(csvPath), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[]

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { importRow, loadLookups, validateRow } = await import('../src/server/publications/import-publications')
const payload = await getPayload({ config })
const lookups = await loadLookups(payload)

const tty = process.stdout.isTTY
const bar = tty ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} rows | {slug}' }, cliProgress.Presets.shades_classic) : undefined
bar?.start(rows.length, 0, { slug: '' })
const reports: { line: number; slug?: string; status: string; errors: string[] }[] = []
for (const [index, raw] of rows.entries()) {
  const line = index + 2 // header is line 1
  const { row, errors } = await validateRow(raw, lookups, filesDir)
  let status = errors.length ? 'invalid' : dryRun ? 'valid' : ''
  if (row && !errors.length && !dryRun) {
    try {
      status = await importRow(payload, row, lookups, filesDir)
    } catch (error) {
      status = 'invalid'
      errors.push(error instanceof Error ? error.message : String(error))
    }
  }
  reports.push({ line, slug: row?.slug ?? raw.slug, status, errors })
  if (bar) bar.update(index + 1, { slug: raw.slug ?? '' })
  else console.log(`row ${index + 1}/${rows.length} (line ${line}) ${raw.slug ?? '?'}: ${status}${errors.length ? ` – ${errors.join('; ')}` : ''}`)
}
bar?.stop()
if (!dryRun) {
  // Extract PDF text and index now rather than waiting for a running server's job runner.
  await payload.jobs.run({ limit: 10_000, overrideAccess: true })
}
const count = (s: string) => reports.filter((r) => r.status === s).length
if (tty) for (const r of reports.filter((r) => r.errors.length)) console.log(`line ${r.line} (${r.slug ?? '?'}): ${r.errors.join('; ')}`)
console.log(
  `${dryRun ? 'Dry run: ' : ''}${rows.length} rows: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('valid')} valid, ${count('invalid')} invalid`,
)
process.exit(count('invalid') ? 1 : 0)
