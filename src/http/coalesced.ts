/**
 * A poll that never runs twice at once. A call while no poll runs starts one; a call during a
 * poll is answered by the next poll, which begins after the current one and which every call
 * meanwhile shares: so what a caller waits for always began after it asked (it sees a write
 * that finished before it asked), and it waits at most for the rest of one poll and one more,
 * however many calls keep coming (a poll that ran again while calls came starved readers
 * under a steady stream of writes). Errors are the poll's own business: it should not throw.
 */
export function coalesced(poll: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  let queued: Promise<void> | undefined
  const start = (): Promise<void> => {
    const current: Promise<void> = poll()
      .catch(() => undefined)
      .finally(() => {
        if (running === current) running = undefined
      })
    running = current
    return current
  }
  return function run() {
    if (!running) return start()
    queued ??= running.then(() => {
      queued = undefined
      return start()
    })
    return queued
  }
}
