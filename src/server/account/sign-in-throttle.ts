/**
 * Back-off for sign-in attempts, instead of a hard lock that anyone could trigger against
 * anyone (five wrong passwords used to lock the Secretariat out for 15 minutes).
 *
 * Two counters, each forgotten an hour after its last failure:
 * - per client (address): after a few failures the wait doubles up to 15 minutes; this
 *   stops one guesser without touching the account's owner elsewhere;
 * - per account: after more failures, from any number of clients, the wait doubles up to
 *   30 seconds only, so a distributed guesser gets a few thousand tries a day at most while
 *   the real owner is never kept out for longer than half a minute.
 *
 * In memory, per instance: with N instances a guesser gets N times the rate, still bounded.
 */
export type TThrottleOptions = { now?: () => number; maxEntries?: number }

type TCounter = { failures: number; lastFailureAt: number }

const forgetAfterMs = 60 * 60 * 1000
export const clientPolicy = { freeFailures: 5, maxWaitMs: 15 * 60 * 1000 }
export const accountPolicy = { freeFailures: 10, maxWaitMs: 30 * 1000 }

function waitFor(counter: TCounter | undefined, policy: typeof clientPolicy, now: number): number {
  if (!counter || counter.failures < policy.freeFailures) return 0
  const wait = Math.min(1000 * 2 ** (counter.failures - policy.freeFailures), policy.maxWaitMs)
  return Math.max(0, counter.lastFailureAt + wait - now)
}

export class SignInThrottle {
  private readonly now: () => number
  private readonly maxEntries: number
  private readonly counters = new Map<string, TCounter>()

  constructor({ now = Date.now, maxEntries = 100_000 }: TThrottleOptions = {}) {
    this.now = now
    this.maxEntries = maxEntries
  }

  /** Milliseconds before this client may try this account again; 0 when it may now. */
  retryAfterMs(client: string, account: string): number {
    const now = this.now()
    return Math.max(waitFor(this.read(`c:${client}`, now), clientPolicy, now), waitFor(this.read(`a:${account}`, now), accountPolicy, now))
  }

  recordFailure(client: string, account: string): void {
    const now = this.now()
    for (const key of [`c:${client}`, `a:${account}`]) {
      const counter = this.read(key, now) ?? { failures: 0, lastFailureAt: now }
      counter.failures += 1
      counter.lastFailureAt = now
      // Re-insert: the map stays ordered by last failure, oldest first.
      this.counters.delete(key)
      this.counters.set(key, counter)
    }
    while (this.counters.size > this.maxEntries) this.counters.delete(this.counters.keys().next().value!)
  }

  /**
   * Attempts are counted as failures before the password is checked (so parallel guesses
   * are counted too); a correct password takes its own attempt back from the client and
   * clears the account. The client keeps its other failures: signing in to one's own
   * account must not wipe the record of guesses against others.
   */
  recordSuccess(client: string, account: string): void {
    const counter = this.counters.get(`c:${client}`)
    if (counter && --counter.failures <= 0) this.counters.delete(`c:${client}`)
    this.counters.delete(`a:${account}`)
  }

  private read(key: string, now: number): TCounter | undefined {
    const counter = this.counters.get(key)
    if (counter && now - counter.lastFailureAt > forgetAfterMs) {
      this.counters.delete(key)
      return undefined
    }
    return counter
  }
}

/** The one throttle of this process, shared by every sign-in door (form, REST, GraphQL). */
export const signInThrottle = new SignInThrottle()
