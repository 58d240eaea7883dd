import { Cron } from 'croner'
import type { Payload } from 'payload'
import { dialectOf, execute, queryRows, sql } from '@/server/search-index/raw-sql'

/**
 * The jobs queue, run by every instance. Payload's own runner selects due jobs and then
 * marks them as processing in a second step, so two instances sharing one database both
 * ran the same jobs (e-mails sent twice). Here an instance claims jobs in one statement
 * that only one claimant can win (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has a
 * single writer), and then runs exactly the jobs it claimed.
 */
export async function claimDueJobs(payload: Payload, limit: number): Promise<number[]> {
  const now = new Date().toISOString()
  const due = sql`completed_at IS NULL AND (has_error IS NULL OR has_error = false) AND processing = false
    AND (wait_until IS NULL OR wait_until < ${now}) AND queue = 'default'`
  const rows =
    dialectOf(payload) === 'postgres'
      ? await queryRows<{ id: number }>(
          payload,
          sql`UPDATE payload_jobs SET processing = true, updated_at = ${now}
              WHERE id IN (SELECT id FROM payload_jobs WHERE ${due} ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
              RETURNING id`,
        )
      : await queryRows<{ id: number }>(
          payload,
          sql`UPDATE payload_jobs SET processing = true, updated_at = ${now}
              WHERE id IN (SELECT id FROM payload_jobs WHERE ${due} ORDER BY created_at LIMIT ${limit})
              RETURNING id`,
        )
  return rows.map((r) => Number(r.id))
}

/** Runs the due jobs this instance could claim; returns how many it ran. */
export async function runDueJobs(payload: Payload, limit = 20): Promise<number> {
  const ids = await claimDueJobs(payload, limit)
  for (const id of ids) {
    // Claimed a while ago maybe (the batch runs in turn): show it is alive, so no other
    // instance takes it for the job of a dead one.
    await execute(payload, sql`UPDATE payload_jobs SET updated_at = ${new Date().toISOString()} WHERE id = ${id}`)
    await payload.jobs.runByID({ id, overrideAccess: true, silent: true })
  }
  return ids.length
}

/**
 * A job left "processing" by an instance that died (kill -9, a crash) would never run
 * again: after `staleAfterMs` without an update it is handed back to the queue (checked at
 * start and once a minute by every runner).
 */
export async function releaseStaleJobs(payload: Payload, staleAfterMs = 10 * 60 * 1000): Promise<number> {
  const limit = new Date(Date.now() - staleAfterMs).toISOString()
  const rows = await queryRows<{ id: number }>(
    payload,
    sql`UPDATE payload_jobs SET processing = false WHERE processing = true AND completed_at IS NULL AND updated_at < ${limit} RETURNING id`,
  )
  return rows.length
}

let runner: { cron: Cron; kick: () => void } | undefined

/**
 * Starts this instance's runner on the JOBS_CRON schedule (never two runs at once). Saves
 * that queue work call `kickJobRunner()` so the runner looks 100 ms later, usually after
 * the save has committed; work committed later is found by the next tick.
 */
export function startJobRunner(payload: Payload, schedule: string): void {
  if (runner) return
  let lastRelease = Date.now()
  const run = async () => {
    if (Date.now() - lastRelease > 60_000) {
      lastRelease = Date.now()
      await releaseStaleJobs(payload)
    }
    while ((await runDueJobs(payload)) > 0) {
      // Keep going while there is work; the next tick picks up what arrives later.
    }
  }
  const cron = new Cron(schedule, { protect: true, catch: (error) => payload.logger.error({ err: error, msg: 'Job runner failed (next tick retries)' }) }, run)
  let kicked: NodeJS.Timeout | undefined
  const kick = () => {
    kicked ??= setTimeout(() => {
      kicked = undefined
      if (!cron.isBusy()) void cron.trigger()
    }, 100)
    kicked.unref()
  }
  runner = { cron, kick }
  void releaseStaleJobs(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not release stale jobs' }))
}

export function kickJobRunner(): void {
  runner?.kick()
}
