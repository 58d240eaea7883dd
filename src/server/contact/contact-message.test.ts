import { describe, expect, it } from 'vitest'
import { contactLimits, countLinks, parseContactMessage, readContactSubmission, type TContactValues } from './contact-message'

const valid: TContactValues = { name: 'Анна Петрова', email: 'anna@example.test', subject: 'Вопрос', message: 'Здравствуйте!\r\nКогда следующая встреча?' }

describe('a contact message', () => {
  it('is taken as typed, with line ends normalised and nothing added', () => {
    expect(parseContactMessage(valid)).toEqual({ ok: true, message: { ...valid, message: 'Здравствуйте!\nКогда следующая встреча?' } })
    // Line breaks and control characters in one-line fields (never typed by a person) become spaces.
    const parsed = parseContactMessage({ ...valid, subject: 'Bcc: x@example.test\r\nHi', name: ' Ann\tLee ' })
    expect(parsed.ok && [parsed.message.subject, parsed.message.name]).toEqual(['Bcc: x@example.test Hi', 'Ann Lee'])
  })

  it('names the first problem of each field', () => {
    expect(parseContactMessage({ name: ' ', email: 'not an address', subject: 's'.repeat(contactLimits.subject + 1), message: 'short' })).toEqual({
      ok: false,
      fields: { name: 'required', email: 'invalid-email', subject: 'too-long', message: 'too-short' },
    })
    expect(parseContactMessage({ ...valid, email: '', message: '' })).toEqual({ ok: false, fields: { email: 'required', message: 'required' } })
    expect(parseContactMessage({ ...valid, message: 'м'.repeat(contactLimits.messageMax + 1) })).toEqual({ ok: false, fields: { message: 'too-long' } })
    // A text area's maximum counts a line end as one character, as the browser does.
    expect(parseContactMessage({ ...valid, message: `${'м'.repeat(2499)}\r\n${'м'.repeat(2500)}` }).ok).toBe(true)
  })

  it('allows a few links and refuses more than five', () => {
    expect(countLinks('See https://a.example/x and http://b.example, www.c.example, [url=d]e[/url] <a href="f">g</a>')).toBe(5)
    expect(countLinks('write to info@example.org about item 5.2')).toBe(0)
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://spam${i}.example`).join(' ')
    expect(parseContactMessage({ ...valid, message: `Useful: ${links(5)}` }).ok).toBe(true)
    expect(parseContactMessage({ ...valid, message: `Buy now ${links(6)}` })).toEqual({ ok: false, fields: { message: 'too-many-links' } })
    // Links in the subject count too.
    expect(parseContactMessage({ ...valid, subject: links(3), message: `Buy now ${links(3)}` })).toEqual({ ok: false, fields: { message: 'too-many-links' } })
  })

  it('is read from a post with its language, page, token and honeypot; anything else is left out', () => {
    const file = new Blob(['x'])
    expect(readContactSubmission({ ...valid, locale: 'ru', page: 'about/contact', token: 't', website: 'http://spam.example', extra: 'x' })).toEqual({
      locale: 'ru',
      pagePath: 'about/contact',
      token: 't',
      honeypot: 'http://spam.example',
      values: valid,
    })
    const odd = readContactSubmission({ locale: 'de', page: '../admin', name: file })
    expect(odd).toMatchObject({ locale: 'en', pagePath: undefined, token: '', honeypot: '', values: { name: '', email: '', subject: '', message: '' } })
    expect(readContactSubmission({ page: '//evil.example' }).pagePath).toBeUndefined()
  })
})
