import { describe, expect, it } from 'vitest'
import { generatePassword, maxPasswordLength, minPasswordLength, passwordProblem } from './password-rule'

describe('the password rule', () => {
  it('accepts from the minimum to the maximum length, and names the problem otherwise', () => {
    expect(passwordProblem('x'.repeat(minPasswordLength - 1))).toBe('password-too-short')
    expect(passwordProblem('x'.repeat(minPasswordLength))).toBeUndefined()
    expect(passwordProblem('x'.repeat(maxPasswordLength))).toBeUndefined()
    expect(passwordProblem('x'.repeat(maxPasswordLength + 1))).toBe('password-too-long')
  })

  it('generates passwords that pass it, each different, in characters safe to paste anywhere', () => {
    const generated = new Set(Array.from({ length: 50 }, generatePassword))
    expect(generated.size).toBe(50)
    for (const password of generated) {
      expect(passwordProblem(password)).toBeUndefined()
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/)
    }
  })
})
