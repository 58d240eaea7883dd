import { describe, expect, it } from 'vitest'
import { checkContactToken, minFillMs, signContactToken, tokenLifetimeMs } from './contact-token'

const secret = 'a secret of the app that is long enough'
const issued = Date.UTC(2026, 11, 1, 0, 0, 0)
const minute = 60_000

describe('the contact form token', () => {
  it('is accepted for its page from a few seconds until 48 hours after it was made', () => {
    const token = signContactToken(secret, 'about/contact', issued)
    expect(checkContactToken(secret, token, 'about/contact', issued + minFillMs)).toEqual({ ok: true })
    // A page cached at the start of its day is handed out until its end, then kept open a while.
    expect(checkContactToken(secret, token, 'about/contact', issued + 26 * 60 * minute)).toEqual({ ok: true })
    expect(checkContactToken(secret, token, 'about/contact', issued + tokenLifetimeMs)).toEqual({ ok: true })
    expect(tokenLifetimeMs).toBeGreaterThanOrEqual(26 * 60 * minute)
  })

  it('is refused when expired, too fresh, from the future, for another page, or not ours', () => {
    const token = signContactToken(secret, 'about/contact', issued)
    expect(checkContactToken(secret, token, 'about/contact', issued + tokenLifetimeMs + 1)).toEqual({ ok: false, reason: 'expired' })
    expect(checkContactToken(secret, token, 'about/contact', issued + minFillMs - 1)).toEqual({ ok: false, reason: 'too-fast' })
    expect(checkContactToken(secret, token, 'about/contact', issued - 2 * minute)).toEqual({ ok: false, reason: 'invalid' })
    expect(checkContactToken(secret, token, 'privacy', issued + minute)).toEqual({ ok: false, reason: 'invalid' })
    expect(checkContactToken('another secret, also long enough', token, 'about/contact', issued + minute)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('cannot be made up or moved in time without the secret', () => {
    const token = signContactToken(secret, 'about/contact', issued)
    const [, mac] = token.split('.')
    const earlier = `${(issued - 10 * minute).toString(36)}.${mac}`
    expect(checkContactToken(secret, earlier, 'about/contact', issued + minute)).toEqual({ ok: false, reason: 'invalid' })
    for (const forged of ['', 'x', `${issued.toString(36)}.`, `${issued.toString(36)}.${'A'.repeat(43)}`, `${token}x`, token.toUpperCase()]) {
      expect(checkContactToken(secret, forged, 'about/contact', issued + minute), forged).toMatchObject({ ok: false, reason: 'invalid' })
    }
  })
})
