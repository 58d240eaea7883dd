import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * Runs a migration's table rebuilds (new table, copy, drop, rename: how SQLite changes a
 * table's definition) with foreign keys off, or dropping a parent table would cascade to its
 * children. The pragma has no effect inside a transaction, so this steps out of the one
 * Payload opened for the migration, rebuilds in a transaction of its own, checks every
 * reference before it commits (SQLite's documented procedure for schema changes), and opens
 * a transaction again for Payload to finish in.
 */
export async function withoutForeignKeys(db: MigrateUpArgs['db'], rebuild: () => Promise<void>): Promise<void> {
  const inPayloadTransaction = await db.run(sql`COMMIT`).then(
    () => true,
    () => false,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF`)
  try {
    await db.run(sql`BEGIN IMMEDIATE`)
    try {
      await rebuild()
      const broken = await db.all(sql`PRAGMA foreign_key_check`)
      if (broken.length) throw new Error(`Rebuilding the tables would break ${broken.length} references, e.g. ${JSON.stringify(broken[0])}`)
      await db.run(sql`COMMIT`)
    } catch (error) {
      await db.run(sql`ROLLBACK`).catch(() => undefined)
      throw error
    }
  } finally {
    await db.run(sql`PRAGMA foreign_keys=ON`)
    if (inPayloadTransaction) await db.run(sql`BEGIN IMMEDIATE`)
  }
}
