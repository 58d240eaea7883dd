import { describe, expect, it } from 'vitest'
import { measureWhere, whereLimits } from './api-input'

describe('filter limits', () => {
  it('counts conditions and nesting of a where', () => {
    expect(measureWhere({ slug: { equals: 'a' } })).toEqual({ conditions: 1, depth: 1 })
    expect(measureWhere({ and: [{ slug: { equals: 'a' } }, { or: [{ a: { equals: 1 } }, { b: { equals: 2 } }] }] })).toEqual({ conditions: 3, depth: 3 })
    const wide = { or: Array.from({ length: 1000 }, (_, i) => ({ slug: { equals: `x${i}` } })) }
    expect(measureWhere(wide).conditions).toBeGreaterThan(whereLimits.conditions)
    let deep: object = { slug: { equals: 'x' } }
    for (let i = 0; i < 20; i++) deep = { and: [deep] }
    expect(measureWhere(deep).depth).toBeGreaterThan(whereLimits.depth)
    expect(measureWhere(undefined)).toEqual({ conditions: 0, depth: 0 })
    // Payload reads OR/And as or/and: counted the same.
    expect(measureWhere({ OR: wide.or }).conditions).toBe(1000)
    expect(measureWhere({ And: [{ a: { equals: 1 } }, { b: { equals: 2 } }] })).toEqual({ conditions: 2, depth: 2 })
  })
})
