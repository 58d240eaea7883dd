/**
 * `npm run bench:registrations`: 200 people register at once for one event with 100 places,
 * through the same door as the site's form (`registerSelf`), on SQLite and, when
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, on PostgreSQL. Afterwards it checks that
 * exactly 100 hold a place and 100 wait in the order they arrived, that nobody is registered
 * twice and that every registration has its e-mail in the outbox, and prints throughput and
 * latency. A report, not a test: it exits 1 only when a check fails.
 *
 *   BENCH_PEOPLE=200  BENCH_PLACES=100
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isChild, openPayload, runChild } from './search-harness.mjs'

const people = Number(process.env.BENCH_PEOPLE ?? 200)
const places = Number(process.env.BENCH_PLACES ?? 100)
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL

if (!isChild) {
  const targets: [string, string][] = [['SQLite', `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-registrations-')), 'bench.db')}`]]
  if (pgUrl) targets.push(['PostgreSQL', pgUrl])
  for (const [name, url] of targets) {
    console.log(`\n=== ${name}: ${people} registrations at once, ${places} places`)
    runChild('scripts/bench-registrations.mts', url)
  }
  process.exit(0)
}

// --- child: one database --------------------------------------------------------------
const payload = await openPayload()
const { registerSelf } = await import('../src/server/registrations/registration-doors')
type TUser = import('../src/payload-types').User

const type = await payload.create({ collection: 'event-types', data: { name: 'Expert meeting', slug: 'bench-expert-meeting', order: 1 }, overrideAccess: true })
const start = Date.now() + 30 * 24 * 3600 * 1000
const event = await payload.create({
  collection: 'events',
  locale: 'en',
  data: {
    title: 'Benchmark: expert meeting on labour migration',
    slug: 'bench-registrations',
    type: type.id,
    startsAt: new Date(start).toISOString(),
    startsAt_tz: 'Europe/Prague',
    endsAt: new Date(start + 6 * 3600 * 1000).toISOString(),
    endsAt_tz: 'Europe/Prague',
    format: 'in-person',
    venue: { city: 'Prague' },
    visibility: 'public',
    registration: { mode: 'anyone', capacity: places },
    _status: 'published',
  },
  overrideAccess: true,
})
const users: TUser[] = []
for (let i = 0; i < people; i++) {
  const user = await payload.db.create({
    collection: 'users',
    data: { email: `bench-${i}@example.test`, name: `Participant ${i + 1}`, roles: ['learner'], preferredLanguage: i % 2 ? 'ru' : 'en', _verified: true },
  })
  users.push({ ...(user as TUser), collection: 'users' } as TUser)
}

const latencies: number[] = []
const began = performance.now()
const results = await Promise.all(
  users.map(async (user) => {
    const t0 = performance.now()
    const result = await registerSelf(payload, user, { eventId: event.id, locale: 'en', answers: {} })
    latencies.push(performance.now() - t0)
    return result
  }),
)
const seconds = (performance.now() - began) / 1000

const rows = (await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, limit: people * 2, depth: 0, sort: 'id', overrideAccess: true })).docs
const holding = rows.filter((r) => r.status === 'pending' || r.status === 'approved')
const waiting = rows.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.queueNumber ?? 0) - (b.queueNumber ?? 0))
const outbox = await payload.count({ collection: 'email-outbox', where: { to: { like: 'bench-' } }, overrideAccess: true })
const byEmail = new Set(rows.map((r) => r.email))
const sorted = [...latencies].sort((a, b) => a - b)
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const checks: [string, boolean][] = [
  [`every registration accepted (${results.filter((r) => r.ok).length}/${people})`, results.every((r) => r.ok)],
  [`${Math.min(places, people)} hold a place (${holding.length})`, holding.length === Math.min(places, people)],
  [`${Math.max(0, people - places)} on the waiting list (${waiting.length})`, waiting.length === Math.max(0, people - places)],
  ['waiting list numbered 1..n without gaps', waiting.every((r, i) => r.queueNumber === i + 1)],
  ['waiting list in arrival order (after every place holder, in the order saved)', waiting.every((r, i) => i === 0 || r.id > waiting[i - 1].id) && (waiting.length === 0 || Math.min(...waiting.map((r) => r.id)) > Math.max(...holding.map((r) => r.id)))],
  [`no one registered twice (${byEmail.size} addresses, ${rows.length} rows)`, byEmail.size === rows.length && rows.length === people],
  [`one e-mail per registration in the outbox (${outbox.totalDocs})`, outbox.totalDocs === people],
]
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`)
console.log(`throughput ${(people / seconds).toFixed(0)} registrations/s (${seconds.toFixed(2)} s for ${people})`)
console.log(`latency p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`)
process.exit(checks.every(([, ok]) => ok) ? 0 : 1)
