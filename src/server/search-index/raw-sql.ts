import { sql } from '@payloadcms/db-sqlite'

type SQL = ReturnType<typeof sql>
import type { Payload } from 'payload'

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

/**
 * Plain SQL on the app's own connection, for the few tables Payload does not model
 * (the search index, usage counters, OAI tombstones). The SQL used is the common subset
 * of SQLite and PostgreSQL; parameters are always bound, never spliced.
 */
export async function queryRows<T = Record<string, unknown>>(payload: Payload, query: SQL): Promise<T[]> {
  const { dialect, db } = drizzleOf(payload)
  if (dialect === 'postgres') return (await db.execute!(query)).rows as T[]
  return (await db.all!(query)) as T[]
}

export async function execute(payload: Payload, query: SQL): Promise<void> {
  const { dialect, db } = drizzleOf(payload)
  if (dialect === 'postgres') await db.execute!(query)
  else await db.run!(query)
}
