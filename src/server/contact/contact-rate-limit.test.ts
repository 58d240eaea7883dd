import { describe, expect, it } from 'vitest'
import { ContactRateLimit } from './contact-rate-limit'

const hour = 60 * 60 * 1000

describe('the contact form’s rate limit', () => {
  it('lets a client send 5 messages in any hour, then says how long to wait', () => {
    let now = 0
    const limit = new ContactRateLimit({ now: () => now })
    for (let i = 0; i < 5; i++) {
      expect(limit.take(['client:a', `sender:${i}@example.test`])).toBe(0)
      now += 60_000
    }
    // The first of the five was sent 5 minutes ago: the sixth may go 55 minutes from now.
    expect(limit.take(['client:a', 'sender:new@example.test'])).toBe(hour - 5 * 60_000)
    // Another client is not held back.
    expect(limit.take(['client:b', 'sender:new@example.test'])).toBe(0)
    now = hour
    expect(limit.take(['client:a', 'sender:later@example.test'])).toBe(0)
  })

  it('holds back one sender address from any number of clients, and counts nothing it refuses', () => {
    let now = 0
    const limit = new ContactRateLimit({ now: () => now })
    for (let i = 0; i < 5; i++) expect(limit.take([`client:${i}`, 'sender:x@example.test'])).toBe(0)
    expect(limit.take(['client:9', 'sender:x@example.test'])).toBeGreaterThan(0)
    // The refused attempt was not counted against client 9.
    for (let i = 0; i < 5; i++) expect(limit.take(['client:9', `sender:${i}@example.test`])).toBe(0)
    now = hour
    expect(limit.take(['client:9', 'sender:x@example.test'])).toBe(0)
  })

  it('keeps a bounded number of keys, forgetting the oldest', () => {
    const limit = new ContactRateLimit({ now: () => 0, limit: 1, maxKeys: 3 })
    for (const key of ['a', 'b', 'c', 'd']) expect(limit.take([key])).toBe(0)
    expect(limit.take(['a'])).toBe(0)
    expect(limit.take(['d'])).toBeGreaterThan(0)
  })
})
