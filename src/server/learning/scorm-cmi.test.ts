import { describe, expect, it } from 'vitest'
import { resumableCmi, summarizeCmi, wasSuspended } from './scorm-cmi'

describe('SCORM CMI data', () => {
  it('reads SCORM 1.2: lesson status completed or passed completes; the raw score within min and max', () => {
    expect(summarizeCmi('1.2', { cmi: { core: { lesson_status: 'incomplete', score: { raw: '45' } } } })).toEqual({ status: 'incomplete', completed: false, score: 45, totalTime: undefined })
    expect(summarizeCmi('1.2', { cmi: { core: { lesson_status: 'passed', score: { raw: '8', min: '0', max: '10' }, total_time: '0000:12:30' } } })).toMatchObject({ status: 'passed', completed: true, score: 80, totalTime: '0000:12:30' })
    expect(summarizeCmi('1.2', { cmi: { core: { lesson_status: 'completed' } } }).completed).toBe(true)
    expect(summarizeCmi('1.2', { cmi: { core: { lesson_status: 'failed' } } }).completed).toBe(false)
    expect(summarizeCmi('1.2', { cmi: { core: { lesson_status: 'not attempted' } } }).status).toBe('not-attempted')
  })

  it('reads SCORM 2004: completion or success completes; the scaled score first', () => {
    expect(summarizeCmi('2004', { cmi: { completion_status: 'completed', success_status: 'unknown' } })).toMatchObject({ status: 'completed', completed: true })
    expect(summarizeCmi('2004', { cmi: { completion_status: 'incomplete', success_status: 'passed', score: { scaled: '0.85', raw: '3' } } })).toMatchObject({ status: 'passed', completed: true, score: 85 })
    expect(summarizeCmi('2004', { cmi: { completion_status: 'incomplete', success_status: 'failed' } })).toMatchObject({ status: 'failed', completed: false })
  })

  it('takes nothing odd for a status or a score', () => {
    expect(summarizeCmi('1.2', { cmi: { core: { lesson_status: '<script>', score: { raw: 'lots' } } } })).toEqual({ status: 'not-attempted', completed: false, score: undefined, totalTime: undefined })
    expect(summarizeCmi('2004', { cmi: { score: { scaled: '7' } } }).score).toBe(100)
    expect(summarizeCmi('2004', null)).toMatchObject({ status: 'unknown', completed: false })
  })

  it('gives back what the package saved, without one session’s time and exit or who the learner is', () => {
    const saved = { cmi: { core: { lesson_status: 'incomplete', lesson_location: 'p3', session_time: '00:01:00', exit: 'suspend', student_name: 'X' }, suspend_data: 'a=1' } }
    expect(resumableCmi('1.2', saved)).toEqual({ core: { lesson_status: 'incomplete', lesson_location: 'p3' }, suspend_data: 'a=1' })
    expect(wasSuspended('1.2', saved)).toBe(true)
    expect(resumableCmi('2004', { cmi: { location: 'p3', session_time: 'PT1M', exit: 'suspend', learner_id: '9' } })).toEqual({ location: 'p3' })
    expect(wasSuspended('2004', { cmi: { exit: 'normal' } })).toBe(false)
    // The saved record is not changed by what is given back.
    expect(saved.cmi.core.session_time).toBe('00:01:00')
  })
})
