/**
 * What the search scripts (bench:search, eval:search) share: each runs itself once per
 * database in a child process with a fresh data folder and no demo content, and there
 * opens Payload on an empty database with the production thesaurus loaded.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export const isChild = process.argv.includes('--child')

/** Runs `script --child …args` on the database at `url`; exits with the child's failure. */
export function runChild(script: string, url: string, args: string[] = []): void {
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', ...args], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO: 'false', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pp-search-data-')), NODE_ENV: 'test', PAYLOAD_SECRET: 'search-scripts-secret-long-enough-000000', LOG_LEVEL: 'warn' },
  })
  if (child.status !== 0) process.exit(child.status ?? 1)
}

/** In the child: Payload on DATABASE_URL (a PostgreSQL database is emptied first). */
export async function openPayload(): Promise<Payload> {
  if ((process.env.DATABASE_URL ?? '').startsWith('postgres')) {
    const pg = (await import('pg')).default
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await client.end()
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  return getPayload({ config })
}

/** The thesaurus as in production (the search expands queries through it). */
export async function loadThesaurus(payload: Payload): Promise<void> {
  const { thesaurus } = await import('../src/seed/data/thesaurus')
  const { execute, sql } = await import('../src/server/search-index/raw-sql')
  await execute(payload, sql`DELETE FROM search_terms`)
  for (const term of thesaurus) await payload.create({ collection: 'search-terms', data: term, overrideAccess: true, context: { skipRevisionBump: true } })
}
