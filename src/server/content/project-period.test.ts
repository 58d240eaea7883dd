import { describe, expect, it } from 'vitest'
import { projectPeriod } from './project-period'

describe('projectPeriod', () => {
  it('says what the years say, in each language', () => {
    expect(projectPeriod('en', { startYear: 2018, endYear: 2021 })).toBe('2018–2021')
    expect(projectPeriod('en', { startYear: 2018 })).toBe('Since 2018 (ongoing)')
    expect(projectPeriod('ru', { startYear: 2018, endYear: null })).toBe('С 2018 года по настоящее время')
    expect(projectPeriod('en', { endYear: 2009 })).toBe('Until 2009')
    expect(projectPeriod('ru', { endYear: 2009 })).toBe('По 2009 год')
  })

  it('gives nothing (no placeholder) when no year is known', () => {
    expect(projectPeriod('en', {})).toBeUndefined()
    expect(projectPeriod('ru', { startYear: null, endYear: null })).toBeUndefined()
  })
})
