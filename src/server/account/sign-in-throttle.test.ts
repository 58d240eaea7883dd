import { describe, expect, it } from 'vitest'
import { SignInThrottle, accountPolicy, clientPolicy } from './sign-in-throttle'

function throttleAt(start = 0) {
  let now = start
  const throttle = new SignInThrottle({ now: () => now })
  return { throttle, advance: (ms: number) => (now += ms) }
}

describe('sign-in throttle', () => {
  it('lets a few failures pass, then makes one client wait longer after each', () => {
    const { throttle, advance } = throttleAt()
    for (let i = 0; i < clientPolicy.freeFailures; i++) {
      expect(throttle.retryAfterMs('198.51.100.1', 'a@example.org')).toBe(0)
      throttle.recordFailure('198.51.100.1', 'a@example.org')
    }
    expect(throttle.retryAfterMs('198.51.100.1', 'b@example.org')).toBe(1000)
    advance(1000)
    throttle.recordFailure('198.51.100.1', 'b@example.org')
    expect(throttle.retryAfterMs('198.51.100.1', 'c@example.org')).toBe(2000)
  })

  it('keeps the owner of an attacked account out for seconds, never for long', () => {
    const { throttle, advance } = throttleAt()
    // Many guessers, one failure each.
    for (let i = 0; i < 40; i++) throttle.recordFailure(`203.0.113.${i}`, 'secretariat@example.org')
    const wait = throttle.retryAfterMs('192.0.2.50', 'secretariat@example.org')
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(accountPolicy.maxWaitMs)
    advance(accountPolicy.maxWaitMs)
    expect(throttle.retryAfterMs('192.0.2.50', 'secretariat@example.org')).toBe(0)
    // Other accounts are not affected from a clean client.
    expect(throttle.retryAfterMs('192.0.2.50', 'ncp@example.org')).toBe(0)
  })

  it('caps one client at 15 minutes and forgets an hour after the last failure', () => {
    const { throttle, advance } = throttleAt()
    for (let i = 0; i < 30; i++) throttle.recordFailure('198.51.100.1', `x${i}@example.org`)
    expect(throttle.retryAfterMs('198.51.100.1', 'new@example.org')).toBe(clientPolicy.maxWaitMs)
    advance(60 * 60 * 1000 + 1)
    expect(throttle.retryAfterMs('198.51.100.1', 'new@example.org')).toBe(0)
  })

  it('clears the account after a correct password, but not the guesses of the client', () => {
    const { throttle } = throttleAt()
    for (let i = 0; i < 12; i++) throttle.recordFailure(`203.0.113.${i}`, 'a@example.org')
    // The owner's attempt is counted first, then taken back when the password is right.
    throttle.recordFailure('192.0.2.7', 'a@example.org')
    throttle.recordSuccess('192.0.2.7', 'a@example.org')
    expect(throttle.retryAfterMs('192.0.2.7', 'a@example.org')).toBe(0)
    // A guesser signing in to an account of their own keeps their record.
    for (let i = 0; i < 8; i++) throttle.recordFailure('198.51.100.1', 'victim@example.org')
    throttle.recordFailure('198.51.100.1', 'own@example.org')
    throttle.recordSuccess('198.51.100.1', 'own@example.org')
    expect(throttle.retryAfterMs('198.51.100.1', 'victim@example.org')).toBeGreaterThan(0)
  })

  it('stays bounded in memory', () => {
    const throttle = new SignInThrottle({ maxEntries: 10 })
    for (let i = 0; i < 100; i++) throttle.recordFailure(`c${i}`, `a${i}`)
    expect((throttle as unknown as { counters: Map<string, unknown> }).counters.size).toBeLessThanOrEqual(10)
  })
})
