import { type Client, type Config, createClient, type InArgs, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'

/**
 * SQLite transactions for Payload, safely, in one Node process.
 *
 * libsql's driver is synchronous and hands every transaction a fresh connection. Two
 * requests writing at once then meet SQLITE_BUSY at once, and a busy handler would not
 * help: it waits on the main thread, so the writer holding the lock can never finish.
 * Worse, a write that fails with SQLITE_BUSY leaves its statement holding an old snapshot,
 * and every later write on that connection fails (SQLITE_BUSY_SNAPSHOT) until the garbage
 * collector frees the statement. So here every write takes its turn:
 *
 * - one long-lived writer connection does all writing: transactions, and plain writes
 *   (each in its own short transaction), taken in turn through an in-process queue
 *   (SQLite has one writer anyway); reads go on the main connection, never waiting (WAL);
 * - only another process (an import script) can then hold the lock; for that, both
 *   connections have a busy timeout. It waits on the main thread, but only while the other
 *   process writes; a statement that failed with SQLITE_BUSY would be worse, left holding
 *   the connection until it is garbage-collected;
 * - a turn is waited for until a deadline, so a code path that would wait for itself (a
 *   hook writing without passing `req` inside a save) fails with a clear error, naming
 *   where the transaction holding the turn began, instead of hanging.
 */

export type TWriteLimits = {
  /** How long a write waits for its turn before it fails. */
  waitMs: number
  /** A transaction open longer than this is rolled back, so one stuck request cannot stop every write. */
  lifetimeMs: number
}

export const defaultWriteLimits: TWriteLimits = { waitMs: 15_000, lifetimeMs: 120_000 }

/** How long a connection waits for another process's write lock (SQLite's busy timeout). */
export const otherProcessWaitMs = 5000

class WriteWaitTimeout extends Error {
  readonly code = 'SQLITE_BUSY'
  constructor(waitMs: number, holder: string | undefined) {
    super(
      `SQLITE_BUSY: a write waited more than ${waitMs / 1000} s for its turn (a transaction that does not end, or a write inside a save that did not pass req). ` +
        `The transaction holding the turn began:\n${holder ?? '(unknown)'}`,
    )
  }
}

/** A first-come, first-served lock whose waits end at a deadline. */
class TurnQueue {
  private tail: Promise<void> = Promise.resolve()
  /** Where the current turn was taken: the one clue to a wait that never ends. */
  private holder: string | undefined

  constructor(private readonly waitMs: number) {}

  async take(): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = this.tail
    this.tail = before.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.waitMs)))
    const outcome = await Promise.race([before.then(() => 'turn' as const), timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      // Pass the turn on untouched when it comes, so the queue behind keeps moving.
      void before.then(release)
      throw new WriteWaitTimeout(this.waitMs, this.holder)
    }
    this.holder = new Error('turn').stack?.split('\n').slice(2, 12).join('\n')
    let released = false
    return () => {
      if (released) return
      released = true
      this.holder = undefined
      release()
    }
  }
}

/**
 * libsql frees a prepared statement (every execute prepares one) only in a finalizer that
 * runs when Node's event loop turns. A long chain of awaits on this synchronous driver (a
 * job indexing thousands of items) never turns it, and native memory grew by kilobytes per
 * statement: 2.7 GB while indexing 20,000 items. So every few hundred statements the loop
 * is let turn once.
 */
const statementsPerTurn = 200
let statementsSinceTurn = 0
function letFinalizersRun(): Promise<void> | undefined {
  if (++statementsSinceTurn < statementsPerTurn) return undefined
  statementsSinceTurn = 0
  return new Promise((resolve) => setImmediate(resolve))
}

function sqlOf(stmt: InStatement): string {
  return typeof stmt === 'string' ? stmt : stmt.sql
}

/**
 * Statements that only read (or set the main connection's own options) run on the main
 * connection; everything else is a write and takes a turn on the writer.
 */
const readOnlyStatement = /^\s*(select\b|explain\b|values\b|pragma\b)/i
export function isWrite(stmt: InStatement): boolean {
  return !readOnlyStatement.test(sqlOf(stmt))
}

type TWriter = {
  /** Takes a turn and opens a transaction on the writer; `release` ends the turn. */
  begin(mode: TransactionMode): Promise<() => void>
  connection: Client
}

function beginStatement(mode: TransactionMode): string {
  return mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED'
}

function openTransaction(writer: TWriter, release: () => void, limits: TWriteLimits, onStuck: (error: Error) => void): Transaction {
  const { connection } = writer
  let closed = false
  const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (closed) return
    closed = true
    clearTimeout(watchdog)
    try {
      await connection.execute(statement)
    } catch (error) {
      if (statement === 'COMMIT') await connection.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      release()
    }
  }
  const watchdog = setTimeout(() => {
    onStuck(new Error(`A database transaction was open for ${limits.lifetimeMs / 1000} s; it was rolled back so that other writes can go on`))
    void finish('ROLLBACK').catch(() => undefined)
  }, limits.lifetimeMs)
  watchdog.unref()
  const ensureOpen = () => {
    if (closed) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  }
  const transaction: Transaction = {
    execute: async (stmt: InStatement): Promise<ResultSet> => {
      await letFinalizersRun()
      ensureOpen()
      return connection.execute(stmt)
    },
    batch: async (stmts: InStatement[]): Promise<ResultSet[]> => {
      const results: ResultSet[] = []
      for (const stmt of stmts) {
        await letFinalizersRun()
        ensureOpen()
        results.push(await connection.execute(stmt))
      }
      return results
    },
    executeMultiple: () => Promise.reject(new Error('executeMultiple is not available inside a transaction')),
    commit: () => finish('COMMIT'),
    rollback: () => finish('ROLLBACK'),
    close: () => void finish('ROLLBACK').catch(() => undefined),
    get closed() {
      return closed
    },
  }
  return transaction
}

/**
 * A libsql client whose writes take turns on one writer connection (see above). `onStuck`
 * hears of a transaction rolled back because it outlived its limit.
 */
export function createSqliteClientWithSerialisedWrites(config: Config, onStuck: (error: Error) => void = () => undefined, limits: TWriteLimits = defaultWriteLimits): Client {
  const client = createClient(config)
  const connection = createClient(config)
  const turns = new TurnQueue(limits.waitMs)
  let prepared: Promise<unknown> | undefined
  const writer: TWriter = {
    connection,
    async begin(mode) {
      // The writer's commits cost one sync in WAL mode; it never waits inside the driver.
      await (prepared ??= connection.executeMultiple(`PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${otherProcessWaitMs};`))
      const release = await turns.take()
      try {
        await connection.execute(beginStatement(mode))
        return release
      } catch (error) {
        release()
        throw error
      }
    },
  }

  /** One write statement (or several) in a short transaction of its own. */
  async function writeAlone<T>(work: () => Promise<T>): Promise<T> {
    const release = await writer.begin('write')
    try {
      const result = await work()
      await connection.execute('COMMIT')
      return result
    } catch (error) {
      await connection.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      release()
    }
  }

  const execute = client.execute.bind(client) as (stmt: InStatement) => Promise<ResultSet>
  const batch = client.batch.bind(client)
  const close = client.close.bind(client)
  const withArgs = (stmt: InStatement, args?: InArgs): InStatement => {
    if (args === undefined || typeof stmt !== 'string') return stmt
    const withArguments: InStatement = { sql: stmt, args }
    return withArguments
  }
  return Object.assign(client, {
    execute: (async (stmtOrSql: InStatement, args?: InArgs) => {
      await letFinalizersRun()
      const stmt = withArgs(stmtOrSql, args)
      return isWrite(stmt) ? writeAlone(() => connection.execute(stmt)) : execute(stmt)
    }) as Client['execute'],
    batch: (async (stmts: InStatement[], mode?: TransactionMode) => {
      await letFinalizersRun()
      if (!stmts.some(isWrite)) return batch(stmts, mode)
      return writeAlone(async () => {
        const results: ResultSet[] = []
        for (const stmt of stmts) {
          await letFinalizersRun()
          results.push(await connection.execute(stmt))
        }
        return results
      })
    }) as Client['batch'],
    transaction: async (mode: TransactionMode = 'write') => {
      const release = await writer.begin(mode)
      return openTransaction(writer, release, limits, onStuck)
    },
    close: () => {
      connection.close()
      close()
    },
  })
}
