/**
 * `npm run eval:search [-- publications.json queries.json]`: search relevance on an
 * evaluation set (default: evals/search/). The publications are indexed into a fresh
 * SQLite database as the repository would index them (an English-only item has English
 * text only), every query runs through the site's search in its language, and recall@10
 * and nDCG@10 (binary gains) are printed per language, with the queries that missed.
 * A report, not a test. EVAL_DATABASE_URL=postgres://… runs it on PostgreSQL instead.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type TItem = { title_en: string; title_ru?: string | null; abstract_en?: string; abstract_ru?: string; year: number; publisher?: string; type?: string; countries: string[] }
type TQuery = { q: string; lang: 'en' | 'ru'; relevant: number[]; note?: string }

const [publicationsPath = 'evals/search/publications.json', queriesPath = 'evals/search/queries.json'] = process.argv.slice(2).filter((a) => a !== '--child')

if (!process.argv.includes('--child')) {
  const url = process.env.EVAL_DATABASE_URL ?? `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-eval-search-')), 'eval.db')}`
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-search.mts', '--child', publicationsPath, queriesPath], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO: 'false', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pp-eval-data-')), NODE_ENV: 'test', PAYLOAD_SECRET: 'eval-secret-that-is-long-enough-000000', LOG_LEVEL: 'warn' },
  })
  process.exit(child.status ?? 1)
}

if ((process.env.DATABASE_URL ?? '').startsWith('postgres')) {
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
  await client.end()
}
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config })
const { upsertSearchDoc } = await import('../src/server/search-index/index-store')
const { searchSite } = await import('../src/server/search-index/search-site')
const { thesaurus } = await import('../src/seed/data/thesaurus')
const { execute, sql } = await import('../src/server/search-index/raw-sql')

const items = JSON.parse(fs.readFileSync(publicationsPath, 'utf8')) as TItem[]
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8')) as TQuery[]

await execute(payload, sql`DELETE FROM search_terms`)
for (const term of thesaurus) await payload.create({ collection: 'search-terms', data: term, overrideAccess: true, context: { skipRevisionBump: true } })
for (const [i, item] of items.entries()) {
  // An item has Russian text only when it has a Russian edition (a Russian title).
  const hasRussian = Boolean(item.title_ru)
  await upsertSearchDoc(payload, {
    docKey: `publication:${i + 1}`,
    kind: 'publication',
    refId: String(i + 1),
    audience: 'public',
    languages: hasRussian ? ['en', 'ru'] : ['en'],
    publishedAt: `${item.year}-06-01`,
    titles: { en: item.title_en, ru: hasRussian ? item.title_ru : null },
    bodies: { en: [item.abstract_en, item.publisher].filter(Boolean).join('\n'), ru: hasRussian ? (item.abstract_ru ?? null) : null },
    urlPath: `/repository/item-${i}`,
    facets: { countries: item.countries, year: item.year },
  })
}

const k = 10
const byLanguage = new Map<string, { recall: number[]; ndcg: number[] }>()
const misses: string[] = []
const suggestions: string[] = []
for (const query of queries) {
  const result = await searchSite(payload, { q: query.q, locale: query.lang, audience: 'public', filters: { kinds: ['publication'] }, pageSize: k })
  const ranked = result.hits.map((h) => Number(h.refId) - 1)
  const relevant = new Set(query.relevant)
  const found = ranked.filter((r) => relevant.has(r))
  const recall = found.length / relevant.size
  const dcg = ranked.reduce((sum, r, i) => sum + (relevant.has(r) ? 1 / Math.log2(i + 2) : 0), 0)
  const ideal = Array.from({ length: Math.min(relevant.size, k) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0)
  const scores = byLanguage.get(query.lang) ?? { recall: [], ndcg: [] }
  scores.recall.push(recall)
  scores.ndcg.push(dcg / ideal)
  byLanguage.set(query.lang, scores)
  if (result.suggestion) suggestions.push(`  "${query.q}" → "${result.suggestion}"`)
  if (recall < 1) misses.push(`  ${query.lang}  recall ${recall.toFixed(2)}  "${query.q}"  missing ${query.relevant.filter((r) => !found.includes(r)).join(', ')}  got [${ranked.join(', ')}]`)
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1)
console.log(`\n${items.length} publications, ${queries.length} queries (${payload.db.name})`)
for (const [lang, s] of [...byLanguage].sort()) console.log(`  ${lang}: ${s.recall.length} queries   recall@${k} ${mean(s.recall).toFixed(3)}   nDCG@${k} ${mean(s.ndcg).toFixed(3)}`)
const all = [...byLanguage.values()]
console.log(`  all: recall@${k} ${mean(all.flatMap((s) => s.recall)).toFixed(3)}   nDCG@${k} ${mean(all.flatMap((s) => s.ndcg)).toFixed(3)}`)
if (suggestions.length) console.log(`\nDid you mean:\n${suggestions.join('\n')}`)
if (misses.length) console.log(`\nQueries that missed relevant items:\n${misses.join('\n')}`)
process.exit(0)
