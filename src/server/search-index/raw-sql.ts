import { sql } from '@payloadcms/db-sqlite'

type SQL = ReturnType<typeof sql>
import type { Payload, PayloadRequest } from 'payload'

export { sql }
export type { SQL }

type AnyDrizzle = {
  all?: (query: SQL) => Promise<Record<string, unknown>[]>
  run?: (query: SQL) => Promise<unknown>
  execute?: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

function drizzleOf(payload: Payload): { dialect: 'sqlite' | 'postgres'; db: AnyDrizzle } {
  const adapter = payload.db as unknown as { name: string; drizzle: AnyDrizzle }
  return { dialect: adapter.name === 'postgres' ? 'postgres' : 'sqlite', db: adapter.drizzle }
}

export function dialectOf(payload: Payload): 'sqlite' | 'postgres' {
  return drizzleOf(payload).dialect
}

/** Plain SQL through one handle (the app's connection, or one transaction). */
export type TSqlInTransaction = {
  queryRows<T = Record<string, unknown>>(query: SQL): Promise<T[]>
  execute(query: SQL): Promise<void>
}

function sqlOn(dialect: 'sqlite' | 'postgres', db: AnyDrizzle): TSqlInTransaction {
  return {
    queryRows: async <R,>(query: SQL) => (dialect === 'postgres' ? (await db.execute!(query)).rows : await db.all!(query)) as R[],
    execute: async (query: SQL) => {
      if (dialect === 'postgres') await db.execute!(query)
      else await db.run!(query)
    },
  }
}

/**
 * Plain SQL on the app's own connection, for the few tables Payload does not model
 * (the search index, usage counters). The SQL used is the common subset of SQLite and
 * PostgreSQL; parameters are always bound, never spliced.
 */
export async function queryRows<T = Record<string, unknown>>(payload: Payload, query: SQL): Promise<T[]> {
  const { dialect, db } = drizzleOf(payload)
  return sqlOn(dialect, db).queryRows<T>(query)
}

export async function execute(payload: Payload, query: SQL): Promise<void> {
  const { dialect, db } = drizzleOf(payload)
  return sqlOn(dialect, db).execute(query)
}

/**
 * Runs `work` in one transaction of Payload's adapter (on SQLite it takes its turn on the
 * writer): every statement it runs through the given handle commits together, or not at
 * all. Used where several plain statements make one change (an item's index entry).
 */
export async function inTransaction<T>(payload: Payload, work: (tx: TSqlInTransaction) => Promise<T>): Promise<T> {
  const { dialect } = drizzleOf(payload)
  const id = await payload.db.beginTransaction()
  const adapter = payload.db as unknown as { sessions: Record<string, { db: AnyDrizzle }>; drizzle: AnyDrizzle }
  const db = id ? adapter.sessions[String(id)].db : adapter.drizzle
  const tx = sqlOn(dialect, db)
  try {
    const result = await work(tx)
    if (id) await payload.db.commitTransaction(id)
    return result
  } catch (error) {
    if (id) await payload.db.rollbackTransaction(id)
    throw error
  }
}

/**
 * Plain SQL inside the transaction a request holds (a hook within a save), so that what it
 * reads and locks belongs to that save; the app's connection when the request has none.
 */
export async function sqlInRequest(req: PayloadRequest): Promise<TSqlInTransaction> {
  const { dialect, db } = drizzleOf(req.payload)
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: AnyDrizzle }> }).sessions
  return sqlOn(dialect, (id && sessions?.[String(id)]?.db) || db)
}
