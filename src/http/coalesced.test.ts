import { describe, expect, it } from 'vitest'
import { coalesced } from './coalesced'

/** A poll that records when each run began and ends when the test says so. */
function controlledPoll() {
  const runs: { began: number; finish: () => void }[] = []
  let clock = 0
  const poll = () => new Promise<void>((resolve) => runs.push({ began: ++clock, finish: resolve }))
  return { runs, poll, tick: () => ++clock }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('coalesced poll', () => {
  it('runs once for calls that come while nothing runs, and never twice at once', async () => {
    const { runs, poll } = controlledPoll()
    const run = coalesced(poll)
    const a = run()
    const b = run()
    await settle()
    expect(runs).toHaveLength(1)
    runs[0].finish()
    await settle()
    // b came during the first run: it is answered by a second, which began after it.
    expect(runs).toHaveLength(2)
    runs[1].finish()
    await expect(Promise.all([a, b])).resolves.toBeDefined()
    expect(runs).toHaveLength(2)
  })

  it('answers a call during a poll with a poll that began after the call', async () => {
    const { runs, poll, tick } = controlledPoll()
    const run = coalesced(poll)
    void run()
    await settle()
    const askedAt = tick()
    let answered = false
    void run().then(() => (answered = true))
    runs[0].finish()
    await settle()
    expect(answered).toBe(false)
    expect(runs[1].began).toBeGreaterThan(askedAt)
    runs[1].finish()
    await settle()
    expect(answered).toBe(true)
  })

  it('answers every caller within two polls while calls keep coming', async () => {
    const { runs, poll } = controlledPoll()
    const run = coalesced(poll)
    const first = run()
    let firstDone = false
    void first.then(() => (firstDone = true))
    const second = run()
    let secondDone = false
    void second.then(() => (secondDone = true))
    for (let i = 0; i < 5; i++) {
      await settle()
      // Someone calls during every poll, as readers do under a steady stream of writes.
      void run()
      runs[runs.length - 1].finish()
    }
    await settle()
    expect(firstDone).toBe(true)
    expect(secondDone).toBe(true)
    expect(runs.length).toBeGreaterThanOrEqual(5)
  })

  it('goes on after a poll that fails', async () => {
    let calls = 0
    const run = coalesced(async () => {
      calls++
      if (calls === 1) throw new Error('down')
    })
    await expect(run()).resolves.toBeUndefined()
    await expect(run()).resolves.toBeUndefined()
    expect(calls).toBe(2)
  })
})
