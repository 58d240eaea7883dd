/**
 * How many messages the contact form sends per client address and per sender address: at
 * most 5 each in any hour (a sliding window). Only messages actually sent count: a visitor
 * who corrects a mistake five times is not held back.
 *
 * The approach of the sign-in back-off (src/server/account/sign-in-throttle.ts): in memory,
 * per instance, bounded, with an injectable clock. Its doubling wait after failures does not
 * fit here (every counted message succeeded), so this is a plain count over a window. With
 * N instances a sender gets N times the rate, still bounded; nothing is written anywhere.
 */
export type TRateLimitOptions = { limit?: number; windowMs?: number; now?: () => number; maxKeys?: number }

export class ContactRateLimit {
  readonly limit: number
  readonly windowMs: number
  private readonly now: () => number
  private readonly maxKeys: number
  /** key → send times, oldest first; the map is ordered by last send, oldest first. */
  private readonly sends = new Map<string, number[]>()

  constructor({ limit = 5, windowMs = 60 * 60 * 1000, now = Date.now, maxKeys = 50_000 }: TRateLimitOptions = {}) {
    this.limit = limit
    this.windowMs = windowMs
    this.now = now
    this.maxKeys = maxKeys
  }

  /**
   * Counts one message for every key and returns 0, or, when any key has used its share of
   * the window, counts nothing and returns the milliseconds until it may send again.
   */
  take(keys: readonly string[]): number {
    const now = this.now()
    const wait = Math.max(0, ...keys.map((key) => this.waitFor(key, now)))
    if (wait > 0) return wait
    for (const key of keys) {
      const times = this.recent(key, now)
      times.push(now)
      this.sends.delete(key)
      this.sends.set(key, times)
    }
    while (this.sends.size > this.maxKeys) this.sends.delete(this.sends.keys().next().value!)
    return 0
  }

  private waitFor(key: string, now: number): number {
    const times = this.recent(key, now)
    return times.length < this.limit ? 0 : times[times.length - this.limit] + this.windowMs - now
  }

  private recent(key: string, now: number): number[] {
    const times = (this.sends.get(key) ?? []).filter((t) => now - t < this.windowMs)
    if (times.length === 0) this.sends.delete(key)
    return times
  }
}

/** The one limit of this process, shared by every contact form. */
export const contactRateLimit = new ContactRateLimit()
