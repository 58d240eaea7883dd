/**
 * `npm start`: builds when there is no build, then serves the platform. Migrations and the
 * demo content (into an empty database) are applied by Payload's onInit before the first
 * page is served.
 */
import { pathToFileURL } from 'node:url'
import { build, frontBundle, hasBuild } from './lib.mjs'

Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
if (!hasBuild()) {
  console.log('No build found: building the platform once (about two minutes)...')
  await build()
}
const { createServer } = await import(pathToFileURL(frontBundle).href)
const started = Date.now()
const { url, shutdown } = await createServer({ dev: false })
// Stop accepting, let requests in flight (uploads too) finish, write the usage counts, exit.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    console.log(`${signal}: finishing the requests in flight, then stopping...`)
    shutdown().finally(() => process.exit(0))
  })
}
const seconds = ((Date.now() - started) / 1000).toFixed(1)
const database = (process.env.DATABASE_URL ?? 'file:').startsWith('postgres') ? 'PostgreSQL' : 'SQLite (./data)'
console.log(`
  Prague Process Platform is running (${database}, ready in ${seconds} s)
    Site:   ${url}/en  ·  ${url}/ru
    Admin:  ${url}/admin
    Sign in with ADMIN_EMAIL / ADMIN_PASSWORD if you set them; otherwise as
    admin@pragueprocess.local with the password printed on the first start.
`)
