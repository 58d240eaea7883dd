/**
 * `npm run bench:learning`: 200 signed-in learners at once, on the production server with the
 * demo course and a SCORM course the bench adds: each opens a lesson, marks it done, opens the
 * dashboard, opens the SCORM lesson and saves SCORM data, again and again. First for 30 s at a
 * learner's pace (a pause of a few seconds between two actions, as people read and click: what
 * the target p95 < 100 ms is for), then for 30 s back to back (no pause: the most one instance
 * takes, and how slow it gets then; 200 learners with no pause would need about 2,000 req/s
 * for that target, far beyond one Node process). On a fresh SQLite file and, when
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, on PostgreSQL; measured once the server's
 * background work (indexing the demo content) has settled and one more, unmeasured, learner has
 * warmed it up (each page rendered a few dozen times). Afterwards it checks that every
 * learner has exactly one progress record for the lesson and one SCORM record counting every
 * save that succeeded (none lost, none doubled), prints req/s and p50/p95 per operation, and
 * weighs the lesson page as a browser downloads it. A report, not a test: it exits 1 only when
 * a check fails or the server cannot start. Learning pages never come from the page cache:
 * each one opened is a render for its learner (ARCHITECTURE.md).
 *
 *   BENCH_LEARNERS=200  BENCH_DURATION=30  BENCH_PORT=3220
 *   BENCH_THINK_MS=5000  a learner's pause between two actions, on average (0: none)
 *   BENCH_SATURATION=1   then the same learners back to back (0: not)
 *   BENCH_WARMUP_ROUNDS=40  rounds of the five actions by one unmeasured learner first (0: none)
 *   BENCH_NODE_ARGS=     options for the server's node (a CPU profile, say)
 *   BENCH_NODE=          the server's node binary (default: the supported runtime, see serverRuntime)
 *   BENCH_ONLY=          sqlite or postgresql: that database alone
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { benchAdmin, kb, killAll, pageWeight, serverRuntime, startBenchServer } from './bench-lib.mjs'
import { build, hasBuild, root } from './lib.mjs'

const learners = Number(process.env.BENCH_LEARNERS ?? 200)
const duration = Number(process.env.BENCH_DURATION ?? 30)
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 5000)
const saturation = process.env.BENCH_SATURATION !== '0'
const warmUpRounds = Number(process.env.BENCH_WARMUP_ROUNDS ?? 40)
/** Node options for the server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where its time goes). */
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const course = 'prague-process-introduction'
const lesson = 'how-the-prague-process-began'
/** The SCORM course the bench adds (addScormCourse). */
const scormCourse = 'bench-scorm-course'
const scormLesson = 'bench-scorm-module'
const targets = { p95: 100, lessonBytes: 100 * 1024 }

process.on('exit', killAll)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { killAll(); process.exit(130) })

if (!hasBuild()) {
  console.log('No production build: building first...')
  await build()
}
const outDir = path.join(root, 'bench-results')
fs.mkdirSync(outDir, { recursive: true })
const runtime = serverRuntime(root)
console.log(`Load average before starting: ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores; ${runtime.said}`)

let failed = false
/** @type {Record<string, unknown>} */
const report = { node: runtime.version }
const only = process.env.BENCH_ONLY?.toLowerCase()
const databases = /** @type {[string, string | undefined][]} */ ([['SQLite', undefined], ...(pgUrl ? [['PostgreSQL', pgUrl]] : [])]).filter(([name]) => !only || name.toLowerCase() === only)
if (databases.length === 0) throw new Error(`BENCH_ONLY=${only}: no such database here (PostgreSQL needs BENCH_DATABASE_URL)`)
for (const [name, url] of databases) {
  console.log(`\n=== ${name}: ${learners} signed-in learners, ${duration} s at a learner's pace${saturation ? `, then ${duration} s back to back` : ''}`)
  const result = await benchOne(name, url)
  report[name] = result
  failed ||= !result.ok
}
fs.writeFileSync(path.join(outDir, 'bench-learning.json'), JSON.stringify(report, null, 2))
killAll()
process.exit(failed ? 1 : 0)

/**
 * @param {string} name
 * @param {string | undefined} databaseUrl
 */
async function benchOne(name, databaseUrl) {
  const logFile = path.join(outDir, `server-learning-${name.toLowerCase()}.log`)
  const { server, port, base } = await startBenchServer({ root, runtime, preferredPort: Number(process.env.BENCH_PORT ?? 3220), dataPrefix: 'pp-bench-learning-', logFile, databaseUrl, publicUrlIsBase: true, nodeArgs })

  // The learners: accounts made by the Secretariat, each signed in and enrolled as on the site.
  const admin = await signIn(base, benchAdmin.email, benchAdmin.password)
  /** @type {{ id: number, cookie: string }[]} */
  const people = []
  // One more than measured: the last warms the server up (see below) and is not counted.
  const accounts = learners + 1
  for (let i = 0; i < accounts; i += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, accounts - i) }, async (_, k) => {
      const email = `bench-learner-${i + k}-${Date.now()}@example.test`
      const created = await fetch(`${base}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` }, body: JSON.stringify({ email, password: 'bench learner password', name: `Learner ${i + k + 1}`, roles: ['learner'], preferredLanguage: (i + k) % 2 ? 'ru' : 'en', _verified: true }) })
      if (created.status !== 201) throw new Error(`could not create a learner: ${created.status} ${await created.text()}`)
      return { id: /** @type {{ doc: { id: number } }} */ (await created.json()).doc.id, email }
    }))
    // One after another: sign-ins from one client at once count as the failures of a guesser.
    for (const { id, email } of batch) {
      const cookie = `payload-token=${await signIn(base, email, 'bench learner password')}`
      const enrolled = await post(base, cookie, '/forms/enroll', { locale: 'en', course })
      if (!enrolled.includes('notice=enrolled')) throw new Error(`enrolment failed: ${enrolled}`)
      people.push({ id, cookie })
    }
  }
  console.log(`${people.length - 1} learners (and one to warm up) signed in and enrolled.`)

  // A SCORM course: a small SCORM 1.2 package, one lesson; each learner enrolled and given a launch (the frame's address in their lesson page).
  await addScormCourse(base, admin)
  const scormHost = `scorm.localhost:${port}`
  /** @type {string[]} */
  const launches = []
  for (const { cookie } of people) {
    const enrolled = await post(base, cookie, '/forms/enroll', { locale: 'en', course: scormCourse })
    if (!enrolled.includes('notice=enrolled')) throw new Error(`enrolment in the SCORM course failed: ${enrolled}`)
    const page = await (await fetch(`${base}/en/account/learning/${scormCourse}/${scormLesson}`, { headers: { cookie, 'sec-fetch-site': 'none' } })).text()
    const src = /<iframe src="([^"]+)"/.exec(page)?.[1]
    if (!src) throw new Error('the SCORM lesson page has no player')
    launches.push(new URL(src.replace(/&amp;/g, '&')).pathname)
  }

  // The measure starts once the server's background work has settled (the demo content and the
  // SCORM course are indexed: each indexed item writes a new content revision).
  await revisionSettled(base)

  // A warm-up, as for any benchmark of a long-running server: one more learner, not measured,
  // goes through the five actions a few dozen times, each page rendered afresh (a new `attempt`
  // parameter each time, which these pages read), so that what is measured is the server as it
  // runs, not its first renders of each page (module loading, the JIT). Its addresses (with
  // `attempt`) are none a measured learner opens, so it leaves no render they could be sent.
  const warmUp = /** @type {{ id: number, cookie: string }} */ (people.pop())
  const warmUpLaunch = /** @type {string} */ (launches.pop())
  const warmUpHeaders = { cookie: warmUp.cookie, 'sec-fetch-site': 'none', 'accept-encoding': 'br, gzip' }
  for (let round = 0; round < warmUpRounds; round++) {
    const fresh = `?attempt=${round + 1}`
    const steps = [
      await getOk(`${base}/en/account/learning/${course}/${lesson}${fresh}`, warmUpHeaders),
      (await post(base, warmUp.cookie, '/forms/complete-lesson', { locale: 'en', course, lesson })).includes('notice=lesson-completed'),
      await getOk(`${base}/en/account/learning${fresh}`, warmUpHeaders),
      await getOk(`${base}/en/account/learning/${scormCourse}/${scormLesson}${fresh}`, warmUpHeaders),
      (await requestWithHost(port, scormHost, `${warmUpLaunch}/cmi`, JSON.stringify({ cmi: { core: { lesson_status: 'incomplete', exit: 'suspend' }, suspend_data: `round=${round}` } }))) === 200,
    ]
    if (steps.includes(false)) throw new Error(`the warm-up failed at round ${round + 1}: ${steps.join(', ')}`)
  }
  await revisionSettled(base)

  /** Saves that succeeded, per learner: what their SCORM record must count. */
  const saves = new Map()
  /**
   * The learners for `seconds`, each pausing about `pause` ms (half to one and a half times it)
   * between two actions and starting within the first pause, as people arrive; 0: back to back.
   * @param {number} pause
   */
  async function run(pause) {
    /** @type {Record<string, number[]>} */
    const times = { 'open lesson': [], 'mark lesson done': [], 'open dashboard': [], 'open SCORM lesson': [], 'save SCORM data': [] }
    let errors = 0
    const until = Date.now() + duration * 1000
    const began = performance.now()
    const wait = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))
    await Promise.all(people.map(async ({ id, cookie }, i) => {
      const get = { cookie, 'sec-fetch-site': 'none', 'accept-encoding': 'br, gzip' }
      let visit = saves.get(id) ?? 0
      if (pause) await wait(pause * Math.random())
      while (Date.now() < until) {
        for (const [operation, act] of /** @type {[string, () => Promise<boolean>][]} */ ([
          ['open lesson', () => getOk(`${base}/en/account/learning/${course}/${lesson}`, get)],
          ['mark lesson done', async () => (await post(base, cookie, '/forms/complete-lesson', { locale: 'en', course, lesson })).includes('notice=lesson-completed')],
          ['open dashboard', () => getOk(`${base}/en/account/learning`, get)],
          ['open SCORM lesson', () => getOk(`${base}/en/account/learning/${scormCourse}/${scormLesson}`, get)],
          ['save SCORM data', async () => {
            visit++
            const body = JSON.stringify({ cmi: { core: { lesson_status: 'incomplete', exit: 'suspend', score: { raw: String(visit % 100) }, session_time: '00:00:05' }, suspend_data: `visit=${visit};`.padEnd(2000, '.') } })
            const ok = (await requestWithHost(port, scormHost, `${launches[i]}/cmi`, body)) === 200
            if (ok) saves.set(id, (saves.get(id) ?? 0) + 1)
            return ok
          }],
        ])) {
          if (Date.now() >= until) break
          const t0 = performance.now()
          const ok = await act().catch(() => false)
          times[operation].push(performance.now() - t0)
          if (!ok) errors++
          if (pause) await wait(pause * (0.5 + Math.random()))
        }
      }
    }))
    const seconds = (performance.now() - began) / 1000
    const operations = Object.entries(times).map(([operation, list]) => {
      const sorted = [...list].sort((a, b) => a - b)
      const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
      return { operation, requests: list.length, rps: list.length / seconds, p50: at(0.5), p95: at(0.95), pass: at(0.95) < targets.p95 }
    })
    return { pause, seconds, operations, errors }
  }

  // At a learner's pace first: what the target is for. Then back to back: how much one instance takes, and how slow it gets then.
  const paced = await run(thinkMs)
  const saturated = saturation ? await run(0) : undefined
  const errors = paced.errors + (saturated?.errors ?? 0)

  // No lost and no doubled record: one row per learner for the lesson they marked done.
  const progress = await fetch(`${base}/api/lesson-progress?depth=0&limit=100000&where[user][in]=${people.map((p) => p.id).join(',')}`, { headers: { authorization: `JWT ${admin}` } })
  const rows = /** @type {{ docs: { user: number, lesson: number }[] }} */ (await progress.json()).docs
  const perLearner = new Map()
  for (const row of rows) perLearner.set(row.user, (perLearner.get(row.user) ?? 0) + 1)
  const weight = await pageWeightSignedIn(base, people[0].cookie)
  const scormRecords = await fetch(`${base}/api/scorm-records?depth=0&limit=100000&select[user]=true&select[commits]=true&where[user][in]=${people.map((p) => p.id).join(',')}`, { headers: { authorization: `JWT ${admin}` } })
  const scormRows = /** @type {{ docs: { user: number, commits: number }[] }} */ (await scormRecords.json()).docs
  // A learner whose turn to save never came in the time has no record (the launch writes none).
  const countsAgree = scormRows.length === saves.size && scormRows.every((row) => Number(row.commits) === saves.get(row.user))

  for (const phase of [paced, saturated]) {
    if (!phase) continue
    const judged = phase === paced
    console.log(phase.pause ? `\n  At a learner's pace (a pause of ${phase.pause / 2000}–${(phase.pause * 1.5) / 1000} s between actions):` : '\n  Back to back (no pause: the most one instance takes; not what the target is for):')
    const table = [['operation', 'requests', 'req/s', 'p50 ms', 'p95 ms', ...(judged ? ['result'] : [])]]
    for (const o of phase.operations) table.push([o.operation, String(o.requests), o.rps.toFixed(0), o.p50.toFixed(0), o.p95.toFixed(0), ...(judged ? [o.pass ? 'PASS' : `MISS (target p95 < ${targets.p95} ms)`] : [])])
    const total = phase.operations.reduce((sum, o) => sum + o.requests, 0)
    table.push(['all', String(total), (total / phase.seconds).toFixed(0), '', '', ...(judged ? [''] : [])])
    const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)))
    for (const row of table) console.log('  ' + row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
  }
  console.log('')
  const checks = /** @type {[string, boolean][]} */ ([
    [`no failed request (${errors})`, errors === 0],
    [`one progress record per learner (${perLearner.size} learners with a record, ${rows.length} records)`, perLearner.size === people.length && rows.length === people.length],
    [`one SCORM record per learner who saved, counting each of their saves (${saves.size} learners saved, ${scormRows.length} records, ${[...saves.values()].reduce((a, b) => a + b, 0)} saves)`, countsAgree],
    [`lesson page without video ≤ ${kb(targets.lessonBytes)} transferred (${kb(weight.totalBytes)}: ${weight.resources.map((r) => `${r.url} ${kb(r.bytes)} ${r.encoding}`).join(', ')})`, weight.totalBytes <= targets.lessonBytes],
  ])
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`)
  server.kill('SIGTERM')
  // Its profile, if asked for, is written as it exits.
  await new Promise((resolve) => server.once('exit', resolve))
  return { ok: checks.every(([, ok]) => ok), paced, saturated, errors, records: rows.length, lessonPageBytes: weight.totalBytes }
}

/**
 * @param {string} base
 * @param {string} email
 * @param {string} password
 */
async function signIn(base, email, password) {
  const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status}`)
  return /** @type {{ token: string }} */ (await res.json()).token
}

/**
 * A SCORM 1.2 package built here (yazl, as the tests build theirs), uploaded as the Secretariat,
 * and a published course with one lesson that plays it.
 * @param {string} base
 * @param {string} admin
 */
async function addScormCourse(base, admin) {
  const { default: yazl } = await import('yazl')
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from(`<?xml version="1.0"?><manifest identifier="bench" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"><metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata><organizations default="o"><organization identifier="o"><title>Bench module</title><item identifier="i" identifierref="r"><title>Bench module</title></item></organization></organizations><resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources></manifest>`), 'imsmanifest.xml')
  zip.addBuffer(Buffer.from('<!doctype html><title>Bench module</title><p>Bench module</p>'), 'index.html')
  zip.end()
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of zip.outputStream) chunks.push(Buffer.from(chunk))
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(Buffer.concat(chunks))], { type: 'application/zip' }), 'bench-module.zip')
  form.append('_payload', '{}')
  const json = (/** @type {string} */ path, /** @type {unknown} */ body, method = 'POST') => fetch(base + path, { method, headers: { authorization: `JWT ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json())
  const pkg = await (await fetch(`${base}/api/scorm-packages`, { method: 'POST', headers: { authorization: `JWT ${admin}` }, body: form })).json()
  if (!pkg.doc) throw new Error(`the SCORM package was refused: ${JSON.stringify(pkg)}`)
  const created = await json('/api/courses', { title: 'Bench SCORM course', summary: 'A SCORM module', languages: ['en'], level: 'introductory', hours: 1, slug: scormCourse, enrollment: 'open', _status: 'published' })
  const lessonDoc = await json('/api/lessons', { title: 'Bench module', slug: scormLesson, course: created.doc.id, kind: 'scorm', scormPackage: pkg.doc.id })
  await json(`/api/courses/${created.doc.id}`, { modules: [{ title: 'Module', lessons: [lessonDoc.doc.id] }], _status: 'published' }, 'PATCH')
}

/**
 * A POST to the SCORM origin, which shares the platform's port (Node does not resolve
 * scorm.localhost as browsers do): the status code.
 * @param {number} port
 * @param {string} host
 * @param {string} path
 * @param {string} body
 */
function requestWithHost(port, host, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { host, origin: `http://${host}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * A page read whole; true when it answered 200.
 * @param {string} url
 * @param {Record<string, string>} headers
 */
async function getOk(url, headers) {
  const res = await fetch(url, { headers })
  await res.arrayBuffer()
  return res.status === 200
}

/**
 * A site form posted as the browser posts it (same origin, the session cookie); returns where it sent the learner.
 * @param {string} base
 * @param {string} cookie
 * @param {string} action
 * @param {Record<string, string>} fields
 */
async function post(base, cookie, action, fields) {
  const res = await fetch(base + action, { method: 'POST', redirect: 'manual', headers: { cookie, origin: base, 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) })
  await res.arrayBuffer()
  return `${res.status} ${res.headers.get('location') ?? ''}`
}

/**
 * The lesson page as a signed-in browser downloads it (the page and what it links to).
 * @param {string} base
 * @param {string} cookie
 */
async function pageWeightSignedIn(base, cookie) {
  return pageWeight(`${base}/en/account/learning/${course}/${lesson}`, { cookie, 'sec-fetch-site': 'none' })
}

/**
 * Waits until the content revision has stayed the same for 3 s (at most 2 minutes).
 * @param {string} base
 */
async function revisionSettled(base) {
  const deadline = Date.now() + 120_000
  let last = ''
  let since = Date.now()
  while (Date.now() < deadline) {
    const { revision } = /** @type {{ revision: string }} */ (await (await fetch(`${base}/api/content-revision`)).json())
    if (revision !== last) [last, since] = [revision, Date.now()]
    else if (Date.now() - since >= 3000) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  console.log('The content revision was still changing after 2 minutes: measuring anyway.')
}
