import fs from 'node:fs'
import pg from 'pg'

/**
 * Gives the int run a fresh database (scripts/test.mjs points DATABASE_URL at a new SQLite
 * file or at PostgreSQL): the SQLite file is removed, the PostgreSQL schema emptied.
 * Payload's onInit then applies the committed migrations and seeds the demo content.
 */
export default async function setup() {
  const url = process.env.DATABASE_URL ?? ''
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await client.end()
  } else if (url.startsWith('file:')) {
    fs.rmSync(url.slice('file:'.length), { force: true })
  } else {
    throw new Error('Int tests need DATABASE_URL (run them through `npm test`).')
  }
}
