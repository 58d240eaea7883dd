/**
 * `npm run eval:search [-- publications.json queries.json]`: search relevance on an
 * evaluation set (default: evals/search/). The publications are indexed into a fresh
 * SQLite database as the repository would index them (an English-only item has English
 * text only), every query runs through the site's search in its language, and recall@10
 * and nDCG@10 (binary gains) are printed per language, with the queries that missed.
 * A report, not a test. EVAL_DATABASE_URL=postgres://… runs it on PostgreSQL instead.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isChild, loadThesaurus, openPayload, runChild } from './search-harness.mjs'

type TItem = { title_en: string; title_ru?: string | null; abstract_en?: string; abstract_ru?: string; year: number; publisher?: string; type?: string; countries: string[] }
type TQuery = { q: string; lang: 'en' | 'ru'; relevant: number[]; note?: string }

const [publicationsPath = 'evals/search/publications.json', queriesPath = 'evals/search/queries.json'] = process.argv.slice(2).filter((a) => a !== '--child')

if (!isChild) {
  runChild('scripts/eval-search.mts', process.env.EVAL_DATABASE_URL ?? `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-eval-search-')), 'eval.db')}`, [publicationsPath, queriesPath])
  process.exit(0)
}

const payload = await openPayload()
const { upsertSearchDoc } = await import('../src/server/search-index/index-store')
const { searchSite } = await import('../src/server/search-index/search-site')

const items = JSON.parse(fs.readFileSync(publicationsPath, 'utf8')) as TItem[]
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8')) as TQuery[]

await loadThesaurus(payload)
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
