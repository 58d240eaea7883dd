/** `npm run migrate:create -- <name>`: writes the migration for SQLite and for PostgreSQL. */
import { run } from './lib.mjs'

const name = process.argv[2] ?? 'change'
const targets = { sqlite: 'file:./data/migrate-create.db', postgres: 'postgres://localhost/unused' }
for (const [kind, url] of Object.entries(targets)) {
  console.log(`Creating ${kind} migration "${name}"...`)
  const code = await run('npx', ['tsx', 'scripts/migration-tool.mts', 'create', name], { env: { DATABASE_URL: url } })
  if (code !== 0) process.exit(code)
}
