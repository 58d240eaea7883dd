import { describe, expect, it } from 'vitest'
import { gradeAttempt, gradeQuestion, inTime, normaliseShortAnswer, shuffled, type TQuestion } from './quiz-grading'

const single: TQuestion = { id: 1, kind: 'single', options: [{ key: 'a', correct: false }, { key: 'b', correct: true }] }
const multiple: TQuestion = { id: 2, kind: 'multiple', options: [{ key: 'a', correct: true }, { key: 'b', correct: true }, { key: 'c', correct: false }] }
const short: TQuestion = { id: 3, kind: 'short', accepted: ['Прага', 'Prague'] }
const matching: TQuestion = { id: 4, kind: 'matching', pairs: [{ key: 'x', match: '1' }, { key: 'y', match: '2' }, { key: 'z', match: '3' }, { key: 'w', match: '4' }] }

describe('quiz grading', () => {
  it('grades choices all or nothing: ticking every option earns nothing', () => {
    expect(gradeQuestion(single, { keys: ['b'] })).toBe(1)
    expect(gradeQuestion(single, { keys: ['a', 'b'] })).toBe(0)
    expect(gradeQuestion(multiple, { keys: ['b', 'a'] })).toBe(1)
    expect(gradeQuestion(multiple, { keys: ['a', 'b', 'c'] })).toBe(0)
    expect(gradeQuestion(multiple, { keys: ['a'] })).toBe(0)
    expect(gradeQuestion(single, undefined)).toBe(0)
  })

  it('accepts a short answer as people type it', () => {
    expect(gradeQuestion(short, { text: '  прага ' })).toBe(1)
    expect(gradeQuestion(short, { text: 'PRAGUE' })).toBe(1)
    expect(gradeQuestion(short, { text: '' })).toBe(0)
    expect(normaliseShortAnswer('«Ёлка»  зелёная')).toBe('елка зеленая')
  })

  it('gives matching a share per pair, and an attempt its score rounded down', () => {
    expect(gradeQuestion(matching, { matches: { x: '1', y: '2', z: '4', w: '3' } })).toBe(0.5)
    const attempt = gradeAttempt([single, multiple, short], { 1: { keys: ['b'] }, 2: { keys: ['a', 'b'] }, 3: { text: 'Vienna' } }, 67)
    expect(attempt).toEqual({ score: 66, passed: false, earned: [1, 1, 0] })
    expect(gradeAttempt([single, multiple, short], { 1: { keys: ['b'] }, 2: { keys: ['a', 'b'] }, 3: { text: 'prague' } }, 67).passed).toBe(true)
  })

  it('shuffles the same way for the same attempt, and differently for another', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    expect(shuffled(items, 42)).toEqual(shuffled(items, 42))
    expect(shuffled(items, 42)).not.toEqual(shuffled(items, 43))
    expect([...shuffled(items, 42)].sort((a, b) => a - b)).toEqual(items)
  })

  it('takes an answer until the deadline, with a few seconds for the network', () => {
    const deadline = new Date('2026-12-02T10:00:00Z')
    expect(inTime(deadline, new Date('2026-12-02T10:00:04Z'))).toBe(true)
    expect(inTime(deadline, new Date('2026-12-02T10:00:06Z'))).toBe(false)
    expect(inTime(undefined, new Date())).toBe(true)
  })
})
