import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Client } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSqliteClientWithSerialisedWrites, isWrite } from './sqlite-writes'

const require = createRequire(import.meta.url)

describe('SQLite writes taking turns', () => {
  let dir: string
  let url: string
  let client: Client
  const stuck: Error[] = []

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-sqlite-writes-'))
    url = `file:${path.join(dir, 'test.db')}`
    stuck.length = 0
    client = createSqliteClientWithSerialisedWrites({ url }, (e) => stuck.push(e), { waitMs: 300, lifetimeMs: 1000 })
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)')
  })
  afterEach(() => {
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const count = async (c: Client = client) => Number((await c.execute('SELECT count(*) AS n FROM t')).rows[0].n)

  it('tells reads from writes', () => {
    expect(isWrite('SELECT 1')).toBe(false)
    expect(isWrite('  select * from t')).toBe(false)
    expect(isWrite('PRAGMA journal_mode')).toBe(false)
    expect(isWrite({ sql: 'INSERT INTO t (v) VALUES (?) RETURNING id', args: ['x'] })).toBe(true)
    expect(isWrite('update t set v = 1')).toBe(true)
    expect(isWrite('WITH x AS (SELECT 1) DELETE FROM t')).toBe(true)
  })

  it('lets the event loop turn during a long chain of statements, so libsql can free them', async () => {
    // libsql frees prepared statements in finalizers that only run when the loop turns.
    let turns = 0
    const tick = () => {
      turns++
      if (!done) setImmediate(tick)
    }
    let done = false
    setImmediate(tick)
    const tx = await client.transaction('write')
    for (let i = 0; i < 600; i++) await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`chain-${i}`] })
    await tx.commit()
    for (let i = 0; i < 600; i++) await client.execute('SELECT count(*) FROM t')
    done = true
    // Without the turns the callback never ran before the chain ended (0 turns).
    expect(turns).toBeGreaterThanOrEqual(4)
  })

  it('runs many concurrent transactions and plain writes without a single SQLITE_BUSY', async () => {
    const work = Array.from({ length: 40 }, async (_, i) => {
      if (i % 2) {
        const tx = await client.transaction('write')
        await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`tx-${i}`] })
        // Others run while this transaction waits on something (as a Payload hook would).
        await new Promise((resolve) => setTimeout(resolve, 2))
        await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`tx-${i}-b`] })
        await tx.commit()
      } else {
        await client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`plain-${i}`] })
        await client.batch([{ sql: 'INSERT INTO t (v) VALUES (?)', args: [`batch-${i}`] }], 'write')
      }
      return count()
    })
    await Promise.all(work)
    expect(await count()).toBe(20 * 2 + 20 * 2)
  })

  it('keeps a transaction out of sight until it commits, and leaves nothing after a rollback', async () => {
    const tx = await client.transaction('write')
    await tx.execute("INSERT INTO t (v) VALUES ('pending')")
    expect(await count()).toBe(0)
    expect(Number((await tx.execute('SELECT count(*) AS n FROM t')).rows[0].n)).toBe(1)
    await tx.rollback()
    expect(await count()).toBe(0)

    const kept = await client.transaction('write')
    await kept.execute("INSERT INTO t (v) VALUES ('kept')")
    await kept.commit()
    expect(await count()).toBe(1)
  })

  it('makes a plain write wait for the open transaction, then run', async () => {
    const tx = await client.transaction('write')
    await tx.execute("INSERT INTO t (v) VALUES ('first')")
    const plain = client.execute("INSERT INTO t (v) VALUES ('second')")
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await count()).toBe(0)
    await tx.commit()
    await plain
    expect((await client.execute('SELECT v FROM t ORDER BY id')).rows.map((r) => r.v)).toEqual(['first', 'second'])
  })

  it('fails a write that waits for its own transaction with an error naming where it began', async () => {
    const tx = await client.transaction('write')
    const started = Date.now()
    const error = await client.execute("INSERT INTO t (v) VALUES ('self')").then(() => null, (e: Error) => e)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(error?.message).toMatch(/waited more than 0.3 s for its turn/)
    expect(error?.message).toContain('sqlite-writes.test.ts')
    await tx.commit()
    // The queue moves on: the next write is not stuck behind the one that gave up.
    await client.execute("INSERT INTO t (v) VALUES ('after')")
    expect(await count()).toBe(1)
  })

  it('rolls back a transaction that outlives its limit, so writing goes on', async () => {
    const tx = await client.transaction('write')
    await tx.execute("INSERT INTO t (v) VALUES ('abandoned')")
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await client.execute("INSERT INTO t (v) VALUES ('next')")
    expect(stuck).toHaveLength(1)
    expect(tx.closed).toBe(true)
    expect((await client.execute('SELECT v FROM t')).rows.map((r) => r.v)).toEqual(['next'])
  })

  it('waits for another process that holds the database, then writes', async () => {
    // An import script writing at the same time: it holds the lock for 300 ms.
    const script = `
      const { createClient } = await import(${JSON.stringify(pathToFileURL(require.resolve('@libsql/client')).href)})
      const other = createClient({ url: ${JSON.stringify(url)} })
      await other.execute('BEGIN IMMEDIATE')
      await other.execute("INSERT INTO t (v) VALUES ('other')")
      process.stdout.write('locked\\n')
      await new Promise((resolve) => setTimeout(resolve, 300))
      await other.execute('COMMIT')
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise((resolve) => child.stdout.once('data', resolve))
    await client.execute("INSERT INTO t (v) VALUES ('mine')")
    await new Promise((resolve) => child.once('exit', resolve))
    expect((await client.execute('SELECT v FROM t ORDER BY id')).rows.map((r) => r.v)).toEqual(['other', 'mine'])
  })
})
