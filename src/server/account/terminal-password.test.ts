import { describe, expect, it } from 'vitest'
import { firstLine, typeKeys, type TTyped } from './terminal-password'

const typeAll = (...chunks: string[]) => chunks.reduce<TTyped>((typed, chunk) => typeKeys(typed, chunk), { value: '' })

describe('a password typed on a terminal', () => {
  it('ends with Enter, and ignores what comes after', () => {
    expect(typeAll('secr', 'et pass\r', 'more')).toEqual({ value: 'secret pass', outcome: 'entered' })
    expect(typeAll('pasted in one go\n')).toEqual({ value: 'pasted in one go', outcome: 'entered' })
  })

  it('takes back characters with Backspace, whole letters of any script', () => {
    expect(typeAll('пароль😀', '\u007f\u007f', 'ик\r')).toEqual({ value: 'паролик', outcome: 'entered' })
    expect(typeAll('\u007fab\bc\r').value).toBe('ac')
  })

  it('is cancelled by Ctrl-C, or by Ctrl-D on an empty line', () => {
    expect(typeAll('half', '\u0003')).toEqual({ value: '', outcome: 'cancelled' })
    expect(typeAll('\u0004').outcome).toBe('cancelled')
    expect(typeAll('a\u0004b\r')).toEqual({ value: 'ab', outcome: 'entered' })
  })

  it('ignores arrow keys and other control characters', () => {
    expect(typeAll('a', '\u001b[D', '\tb\r')).toEqual({ value: 'ab', outcome: 'entered' })
  })
})

describe('a password piped in', () => {
  it('is the first line, without its line end', () => {
    expect(firstLine('one two\nthree\n')).toBe('one two')
    expect(firstLine('windows\r\n')).toBe('windows')
    expect(firstLine('no newline')).toBe('no newline')
    expect(firstLine('')).toBe('')
  })
})
