import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite/types'
import type { DatabaseAdapterObj } from 'payload'
import { createSqliteClientWithSerialisedWrites, otherProcessWaitMs } from './sqlite-writes'

type TArgs = Omit<Parameters<typeof sqliteAdapter>[0], 'transactionOptions' | 'busyTimeout' | 'wal'>

/**
 * Payload's SQLite adapter with transactions on (its default is off: a `kill -9` in the
 * middle of a save could leave a document half-written) and a client that makes them safe
 * in one process (see sqlite-writes.ts). An in-memory database has no second connection
 * to the same data, so it keeps the adapter's plain behaviour.
 */
export function sqliteAdapterWithTransactions(args: TArgs): DatabaseAdapterObj<SQLiteAdapter> {
  if (args.client.url.includes(':memory:')) return sqliteAdapter(args)
  const base = sqliteAdapter({ ...args, transactionOptions: { behavior: 'immediate' } })
  return {
    ...base,
    init: (options) => {
      const adapter = base.init(options)
      const connect = adapter.connect!
      adapter.connect = async function connectWithSerialisedWrites(this: SQLiteAdapter, connectOptions) {
        if (!this.client) {
          const client = createSqliteClientWithSerialisedWrites(this.clientConfig, (error) => this.payload.logger.error({ err: error, msg: error.message }))
          // Write-ahead logging: readers never wait for the writer, and a commit costs one
          // sync, not two.
          await client.execute('PRAGMA journal_mode = WAL')
          await client.execute('PRAGMA synchronous = NORMAL')
          await client.execute(`PRAGMA busy_timeout = ${otherProcessWaitMs}`)
          this.client = client
        }
        return connect.call(this, connectOptions)
      }
      return adapter
    },
  }
}
