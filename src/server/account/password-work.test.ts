import { describe, expect, it } from 'vitest'
import { mayTellOwner } from './password-work'

describe('notes to the owner of a registered address', () => {
  it('are sent once an hour at most per address', () => {
    const t0 = Date.UTC(2026, 11, 1, 9)
    expect(mayTellOwner('owner@example.org', t0)).toBe(true)
    expect(mayTellOwner('owner@example.org', t0 + 1_000)).toBe(false)
    expect(mayTellOwner('other@example.org', t0 + 2_000)).toBe(true)
    expect(mayTellOwner('owner@example.org', t0 + 60 * 60 * 1000 + 1)).toBe(true)
  })
})
