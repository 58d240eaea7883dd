import { describe, expect, it } from 'vitest'
import { maxSealedLength, openValues, sealValues, sealedLifetimeMs } from './sealed-values'

const secret = 'a-secret-long-enough-for-the-tests-0000'

describe('sealed form values', () => {
  it('carries typed values back, unreadable on the way', () => {
    const token = sealValues(secret, { name: 'Арам Петросян', email: 'aram@example.test' })
    expect(token).not.toContain('aram')
    expect(Buffer.from(token, 'base64url').toString('utf8')).not.toContain('aram')
    expect(openValues(secret, token)).toEqual({ name: 'Арам Петросян', email: 'aram@example.test' })
  })

  it('gives nothing for a forged, altered, foreign or expired token', () => {
    const now = Date.now()
    const token = sealValues(secret, { name: 'x' }, now)
    const altered = token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21)
    expect(openValues(secret, altered, now)).toEqual({})
    expect(openValues('another-secret-long-enough-000000000', token, now)).toEqual({})
    expect(openValues(secret, token, now + sealedLifetimeMs + 1)).toEqual({})
    expect(openValues(secret, 'not a token', now)).toEqual({})
    expect(openValues(secret, undefined, now)).toEqual({})
  })
})

describe('sealed values of the longest forms', () => {
  it('carry a proposal typed in Russian to its longest (2,000 letters and every other field) within the limit', () => {
    const secret = 'x'.repeat(64)
    const values = { topic: 'Т'.repeat(200), rationale: 'Обоснование '.repeat(167).slice(0, 2000), thematicArea: '3', hostState: '41', format: 'hybrid', tentativeFrom: '2027-05-11', tentativeTo: '2027-05-12' }
    const token = sealValues(secret, values)
    expect(token.length).toBeLessThanOrEqual(maxSealedLength)
    expect(openValues(secret, token)).toEqual(values)
  })

  it('opens nothing from a repeated parameter', () => {
    const secret = 'x'.repeat(64)
    const token = sealValues(secret, { name: 'a' })
    expect(openValues(secret, [token, token])).toEqual({})
  })
})
