/**
 * Creates (or checks) the migration for the current DATABASE_URL's adapter. Payload's own
 * `payload migrate:create` CLI exits before it writes here, so this calls the adapter directly.
 *   tsx scripts/migration-tool.mts create <name>
 *   tsx scripts/migration-tool.mts check      (exit 1 when the schema differs from the migrations)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const [command = 'check', name = 'change'] = process.argv.slice(2)
process.env.SEED_DEMO = 'false'

let checkDir: string | undefined
if (command === 'check') {
  const kind = (process.env.DATABASE_URL ?? '').startsWith('postgres') ? 'postgres' : 'sqlite'
  checkDir = fs.mkdtempSync(path.join(os.tmpdir(), `pp-migrations-${kind}-`))
  fs.cpSync(path.resolve('src/migrations', kind), checkDir, { recursive: true })
  process.env.MIGRATIONS_DIR = checkDir
}

const { default: payload } = await import('payload')
const { default: config } = await import('../src/payload.config')
await payload.init({ config, disableDBConnect: true, disableOnInit: true })
const before = new Set(fs.readdirSync(payload.db.migrationDir))
// With skipEmpty and no schema change, Payload exits the process with 0 right here.
process.on('exit', (code) => { if (code === 0 && command === 'check') console.log('Migrations match the schema.') })
await payload.db.createMigration({ migrationName: name, payload, skipEmpty: command === 'check', forceAcceptWarning: command !== 'check' } as never)
// createMigration writes its files synchronously: they are there once it returns.
const added = fs.readdirSync(payload.db.migrationDir).filter((f) => !before.has(f) && f.endsWith('.ts') && f !== 'index.ts')
if (command === 'check') {
  if (added.length > 0) {
    console.error(`Schema and committed migrations differ (${payload.db.name}): run npm run migrate:create -- <name>`)
    process.exit(1)
  }
  console.log(`Migrations match the schema (${payload.db.name}).`)
}
process.exit(0)
