import { describe, expect, it } from 'vitest'
import { participants } from '@/seed/data/participants'
import { groupParticipants } from './group-participants'

describe('groupParticipants', () => {
  const sections = groupParticipants(participants)
  const keys = sections.map((s) => s.key)

  it('lists every participant at least once', () => {
    const listed = new Set(sections.flatMap((s) => s.items.map((p) => p.slug)))
    expect(listed.size).toBe(participants.length)
  })

  it('puts states into their regions, bodies and organisations last', () => {
    expect(keys.slice(-2)).toEqual(['eu-body', 'organisation'])
    const centralAsia = sections.find((s) => s.key === 'central-asia')!.items.map((p) => p.isoCode).sort()
    expect(centralAsia).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ'])
  })

  it('keeps a state without a regional group under other participating states', () => {
    const other = sections.find((s) => s.key === 'other-states')!.items.map((p) => p.isoCode)
    expect(other).toContain('GB')
  })
})

describe('seeded participants', () => {
  it('are the 50 states, 5 EU bodies and 4 organisations of the seed', () => {
    const count = (kind: string) => participants.filter((p) => p.kind === kind).length
    expect([count('state'), count('eu-body'), count('organisation')]).toEqual([50, 5, 4])
    expect(new Set(participants.map((p) => p.isoCode).filter(Boolean)).size).toBe(50)
  })
  it('qualify Kosovo with the seed footnote', () => {
    const kosovo = participants.find((p) => p.isoCode === 'XK')!
    expect(kosovo.footnote?.en).toContain('UNSCR 1244/1999')
    expect(kosovo.footnote?.ru).toBeTruthy()
  })
})
