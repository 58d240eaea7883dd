/**
 * `npm test`: type-check, lint, generated-file and migration checks, unit tests, integration
 * tests on SQLite (and on PostgreSQL when TEST_DATABASE_URL is set), a production build and
 * browser tests. Ends with one line "N passed, N failed" and a non-zero exit on any failure.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build, root, run } from './lib.mjs'

const results = []
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-test-'))
const pgUrl = process.env.TEST_DATABASE_URL
const only = process.env.TEST_ONLY?.split(',') // e.g. TEST_ONLY=unit,int for a quicker local run

/** @param {string} step */
function wanted(step) {
  return !only || only.includes(step)
}

/**
 * A check that is not a test runner counts as one test.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
async function check(name, command, args, env) {
  console.log(`\n=== ${name}`)
  const code = await run(command, args, { env })
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 })
}

/** @type {string[]} */
const failures = []

/**
 * Names and first error lines of what failed, so the summary at the end of a long log (often all
 * that is kept of a CI run) says which test failed, not only that one did.
 * @param {string} run
 * @param {any} json vitest's JSON report
 */
function failuresIn(run, json) {
  /** @type {string[]} */
  const lines = []
  for (const file of json.testResults ?? []) {
    const relative = path.relative(root, file.name)
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((/** @type {any} */ t) => t.status === 'failed')) {
      lines.push(`${run} · ${relative}: ${firstLine(file.message)}`)
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue
      lines.push(`${run} · ${relative} › ${test.fullName}: ${firstLine((test.failureMessages ?? [])[0])}`)
    }
  }
  return lines
}

/** @param {string | undefined} text */
function firstLine(text) {
  // eslint-disable-next-line no-control-regex -- strips the terminal colours vitest puts in messages
  return (text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 3).join(' ').slice(0, 400)
}

/**
 * @param {string} name
 * @param {string} project
 * @param {Record<string, string>} [env]
 */
async function vitest(name, project, env = {}) {
  console.log(`\n=== ${name}`)
  const report = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`)
  const code = await run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { env })
  let passed = 0
  let failed = 0
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    passed = json.numPassedTests
    failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0)
    failures.push(...failuresIn(name, json))
  }
  // A run that failed before or outside its tests (setup error, crash) still counts as a failure.
  if (code !== 0 && failed === 0) failed = 1
  if (passed + failed === 0) failed = 1 // ran no test: never silently green
  results.push({ name, passed, failed })
}

const testEnv = { PAYLOAD_SECRET: 'test-secret-that-is-long-enough-for-payload', NEXT_TELEMETRY_DISABLED: '1' }

if (wanted('static')) {
  await check('type-check', 'npx', ['tsc', '--noEmit'])
  await check('lint', 'npx', ['eslint', '--max-warnings=0', '.'])
  if (fs.existsSync(path.join(root, '.git'))) {
    await check('generated files are up to date', 'bash', ['-c', 'node scripts/generate.mjs >/dev/null && git diff --exit-code -- src/payload-types.ts "src/app/(payload)/admin/importMap.js"'])
  }
  await check('migrations match the schema (SQLite)', 'npx', ['tsx', 'scripts/migration-tool.mts', 'check'], { DATABASE_URL: `file:${path.join(tmp, 'check.db')}` })
  await check('migrations match the schema (PostgreSQL)', 'npx', ['tsx', 'scripts/migration-tool.mts', 'check'], { DATABASE_URL: 'postgres://localhost/unused' })
}
if (wanted('unit')) await vitest('unit', 'unit')
if (wanted('int')) {
  await vitest('int (SQLite)', 'int', { ...testEnv, DATABASE_URL: `file:${path.join(tmp, 'int.db')}`, DATA_DIR: path.join(tmp, 'int-data') })
  if (pgUrl) await vitest('int (PostgreSQL)', 'int', { ...testEnv, DATABASE_URL: pgUrl, DATA_DIR: path.join(tmp, 'int-pg-data') })
  else console.log('\n(TEST_DATABASE_URL is not set: integration tests ran on SQLite only)')
}
if (wanted('e2e')) {
  if (!process.env.SKIP_BUILD) {
    console.log('\n=== production build')
    try {
      await build()
      results.push({ name: 'build', passed: 1, failed: 0 })
    } catch (error) {
      console.error(error)
      results.push({ name: 'build', passed: 0, failed: 1 })
    }
  }
  await vitest('e2e (SQLite)', 'e2e', { E2E_DATABASE_URL: '' })
  if (pgUrl) await vitest('e2e (PostgreSQL)', 'e2e', { E2E_DATABASE_URL: pgUrl })
}

fs.rmSync(tmp, { recursive: true, force: true })
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log('\nSummary:')
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed`)
if (failures.length) console.log(`\nFailed:\n${failures.map((line) => `  ${line}`).join('\n')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
