/**
 * `npm run bench:search`: indexes a synthetic corpus of 20,000 bilingual items (made up by
 * this script, clearly labelled "Synthetic") into a fresh database and measures search and
 * facet-filtered browsing, p50/p95, plus indexing throughput. SQLite always; PostgreSQL too
 * when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set. A report, not a test.
 *
 *   BENCH_ITEMS=20000   corpus size
 *   BENCH_FULL_TEXT=1   full-length texts instead: 40-100 pages (about 500 words a page) per
 *                       item, 2,000 items unless BENCH_ITEMS says otherwise; the report adds the
 *                       process's memory after indexing and after the searches
 *   BENCH_SQLITE_FILE=… keep the SQLite corpus in this file and reuse it on the next run
 *                       (indexing is skipped when it already holds BENCH_ITEMS items)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isChild, loadThesaurus, openPayload, runChild } from './search-harness.mjs'

const fullText = process.env.BENCH_FULL_TEXT === '1'
const items = Number(process.env.BENCH_ITEMS ?? (fullText ? 2000 : 20000))
/** Words of one item's text: an abstract-length text, or a whole report of 40-100 pages. */
const bodyWords = () => (fullText ? 500 * (40 + Math.floor(random() * 61)) : 180)
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL

if (!isChild) {
  const sqliteFile = process.env.BENCH_SQLITE_FILE ? path.resolve(process.env.BENCH_SQLITE_FILE) : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-search-')), 'bench.db')
  const targets: [string, string][] = [['SQLite', `file:${sqliteFile}`]]
  if (pgUrl) targets.push(['PostgreSQL', pgUrl])
  for (const [name, url] of targets) {
    console.log(`\n=== ${name}`)
    runChild('scripts/bench-search.mts', url)
  }
  process.exit(0)
}

// --- child: one database --------------------------------------------------------------
const payload = await openPayload()
const { upsertSearchDoc } = await import('../src/server/search-index/index-store')
const { searchSite } = await import('../src/server/search-index/search-site')
const { thesaurus } = await import('../src/seed/data/thesaurus')
const { execute, sql } = await import('../src/server/search-index/raw-sql')

const { queryRows } = await import('../src/server/search-index/raw-sql')
const [{ n: indexed }] = await queryRows<{ n: number | string }>(payload, sql`SELECT COUNT(*) AS n FROM search_docs`)
const reuse = Boolean(process.env.BENCH_SQLITE_FILE) && payload.db.name !== 'postgres' && Number(indexed) === items

// A deterministic generator: the same corpus on every run and both databases.
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const zipf = <T,>(list: T[]) => list[Math.floor(list.length * Math.pow(random(), 2.2))]
const enWords = thesaurus.flatMap((t) => t.en.split(' ')).concat('policy analysis region state experts cooperation data trends report review'.split(' '))
const ruWords = thesaurus.flatMap((t) => t.ru.split(' ')).concat('политика анализ регион государство эксперты сотрудничество данные тенденции доклад обзор'.split(' '))
const sentence = (words: string[], n: number) => Array.from({ length: n }, () => zipf(words)).join(' ')
const types = ['policy-brief', 'analytical-report', 'background-report', 'information-note', 'national-factsheet', 'quarterly-review']
const areas = ['illegal-migration', 'integration', 'readmission-return-reintegration', 'migration-mobility-development', 'legal-labour-migration', 'asylum-international-protection']
const countries = ['AM', 'AZ', 'BY', 'GE', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'TM', 'TR', 'UA', 'UZ', 'DE', 'PL', 'CZ']

let seconds = 0
if (reuse) console.log(`Reusing the indexed corpus in ${process.env.DATABASE_URL} (${items} items)`)
else {
await loadThesaurus(payload)
await execute(payload, sql`DELETE FROM search_postings`)
await execute(payload, sql`DELETE FROM search_docs`)
const started = performance.now()
for (let i = 0; i < items; i++) {
  const langRoll = random()
  const languages: ('en' | 'ru')[] = langRoll < 0.45 ? ['en'] : langRoll < 0.7 ? ['ru'] : ['en', 'ru']
  const year = 2012 + Math.floor(random() * 14)
  await upsertSearchDoc(payload, {
    docKey: `publication:${i + 1}`,
    kind: 'publication',
    refId: String(i + 1),
    audience: random() < 0.1 ? 'members' : 'public',
    languages,
    publishedAt: `${year}-0${1 + Math.floor(random() * 9)}-15`,
    titles: { en: languages.includes('en') ? `Synthetic item ${i + 1}: ${sentence(enWords, 6)}` : null, ru: languages.includes('ru') ? `Синтетический материал ${i + 1}: ${sentence(ruWords, 6)}` : null },
    bodies: { en: languages.includes('en') ? sentence(enWords, bodyWords()) : null, ru: languages.includes('ru') ? sentence(ruWords, bodyWords()) : null },
    urlPath: `/repository/synthetic-${i + 1}`,
    facets: { type: zipf(types), areas: [zipf(areas)], countries: [zipf(countries), zipf(countries)], year },
  })
  if ((i + 1) % 2000 === 0) console.log(`  indexed ${i + 1}/${items}`)
}
seconds = (performance.now() - started) / 1000
console.log(`Indexing: ${items} items in ${seconds.toFixed(1)} s = ${(items / seconds).toFixed(0)} items/s`)
console.log(`Memory after indexing: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`)
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
async function measure(label: string, run: () => Promise<unknown>, n = 60) {
  // The first run after a content change loads index metadata and this query's postings.
  const coldStart = performance.now()
  await run()
  const cold = performance.now() - coldStart
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await run()
    times.push(performance.now() - t)
  }
  const p50 = percentile(times, 50)
  const p95 = percentile(times, 95)
  console.log(`  ${label.padEnd(48)} first ${cold.toFixed(0).padStart(5)} ms   p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   ${p95 < 50 ? 'PASS' : 'FAIL'} (p95 < 50 ms)`)
  return { label, cold, p50, p95 }
}

const queries: [string, 'en' | 'ru'][] = [
  ['беженцев', 'ru'],
  ['трудовая миграция', 'ru'],
  ['reintegration', 'en'],
  ['"voluntary return"', 'en'],
  ['asylum -refugee', 'en'],
  ['readmission agreement', 'en'],
  // A misspelt word (its first run reads the index's terms once) and a place in a case form.
  ['reintegation programmes', 'en'],
  ['мигранты из Узбекистана', 'ru'],
]
const results = []
console.log('Search (20 results per page, audience public):')
for (const [q, locale] of queries) results.push(await measure(`search "${q}" (${locale})`, () => searchSite(payload, { q, locale, audience: 'public', filters: { kinds: ['publication'] } })))
console.log('Faceted browse:')
results.push(await measure('browse type=policy-brief area=integration', () => searchSite(payload, { locale: 'en', audience: 'public', filters: { kinds: ['publication'], type: 'policy-brief', area: 'integration' } })))
results.push(await measure('browse language=ru years 2018-2022, page 3', () => searchSite(payload, { locale: 'ru', audience: 'members', page: 3, filters: { kinds: ['publication'], language: 'ru', yearFrom: 2018, yearTo: 2022 } })))
results.push(await measure('search "migration" + facet country=KZ', () => searchSite(payload, { q: 'migration', locale: 'en', audience: 'public', filters: { kinds: ['publication'], country: 'KZ' } })))
// Several values per facet (OR within, AND across), each facet counted without its own filter.
results.push(await measure('browse type×2 country×3 (disjunctive counts)', () => searchSite(payload, { locale: 'en', audience: 'public', filters: { kinds: ['publication'], type: ['policy-brief', 'information-note'], country: ['KZ', 'AM', 'UZ'] } })))
results.push(await measure('search "migration" + type×2 country×2 language×1', () => searchSite(payload, { q: 'migration', locale: 'en', audience: 'public', filters: { kinds: ['publication'], type: ['policy-brief', 'analytical-report'], country: ['KZ', 'GE'], language: ['ru'] } })))
// Real PDFs are long: a page of 20 results whose texts are ~1.4 MB each (a report of a few
// hundred pages) must still get its snippets quickly (texts are read capped, see index-store).
const { makeSnippet } = await import('../src/server/search/snippet')
const longText = sentence(ruWords, 150_000)
results.push(await measure('snippets for 20 results of 1.4 MB text each', async () => { for (let i = 0; i < 20; i++) makeSnippet(longText, ['беженц', 'мигрант']) }, 20))
fs.mkdirSync('bench-results', { recursive: true })
console.log(`Memory after the searches: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`)
fs.writeFileSync(`bench-results/search-${payload.db.name}${fullText ? '-full-text' : ''}.json`, JSON.stringify({ items, indexingSeconds: seconds, results }, null, 2))
process.exit(0)
