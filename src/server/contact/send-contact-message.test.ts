import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import type { TContactSubmission } from './contact-message'
import { ContactRateLimit } from './contact-rate-limit'
import { minFillMs, signContactToken } from './contact-token'
import { sendContactMessage, type TContactContext } from './send-contact-message'

const secret = 'a secret of the app that is long enough'
const issued = Date.UTC(2026, 11, 1, 9, 0, 0)
const later = issued + 5 * 60_000

/** Payload as far as the contact form uses it: the footer's address and sendEmail. */
function fakePayload(footerEmail: string | null = 'secretariat@example.test') {
  const sendEmail = vi.fn(async () => ({}))
  const payload = { findGlobal: vi.fn(async () => ({ email: footerEmail })), sendEmail } as unknown as Payload
  return { payload, sendEmail }
}

function submission(overrides: Partial<TContactSubmission> = {}): TContactSubmission {
  return {
    locale: 'ru',
    pagePath: 'about/contact',
    token: signContactToken(secret, 'about/contact', issued),
    honeypot: '',
    values: { name: 'Анна Петрова', email: 'Anna@Example.test', subject: 'Вопрос о встрече', message: 'Когда состоится следующая встреча?' },
    ...overrides,
  }
}

const context = (overrides: Partial<TContactContext> = {}): TContactContext => ({
  client: '203.0.113.5',
  secret,
  siteUrl: 'https://pp.example',
  now: later,
  limiter: new ContactRateLimit({ now: () => later }),
  ...overrides,
})

describe('sending a contact message', () => {
  it('e-mails the footer’s address with the message, in the page’s language', async () => {
    const { payload, sendEmail } = fakePayload()
    expect(await sendContactMessage(payload, submission(), context())).toEqual({ ok: true, sent: true })
    expect(sendEmail).toHaveBeenCalledOnce()
    const mail = (sendEmail.mock.calls[0] as unknown as [{ to: string; subject: string; html: string; text: string }])[0]
    expect(mail.to).toBe('secretariat@example.test')
    expect(mail.subject).toBe('Форма обратной связи: Вопрос о встрече')
    expect(mail.text).toContain('Когда состоится следующая встреча?')
    expect(mail.text).toContain('Адрес электронной почты: Anna@Example.test')
    expect(mail.text).toContain('Язык страницы: русский')
    expect(mail.text).toContain('https://pp.example/ru/about/contact')
    expect(mail.html).toContain('href="mailto:Anna@Example.test"')
  })

  it('escapes what the visitor typed in the HTML of the message', async () => {
    const { payload, sendEmail } = fakePayload()
    const values = { name: '<b>Eve</b>', email: 'eve@example.test', subject: 'a & b', message: '<script>alert(1)</script> hello there' }
    await sendContactMessage(payload, submission({ values }), context())
    const { html } = (sendEmail.mock.calls[0] as unknown as [{ html: string }])[0]
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
  })

  it('pretends to a filled-in honeypot that it worked, and sends nothing', async () => {
    const { payload, sendEmail } = fakePayload()
    expect(await sendContactMessage(payload, submission({ honeypot: 'https://spam.example' }), context())).toEqual({ ok: true, sent: false })
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('refuses posts without a valid token for the page, keeping the field problems to show', async () => {
    const { payload, sendEmail } = fakePayload()
    expect(await sendContactMessage(payload, submission({ token: '' }), context())).toEqual({ ok: false, error: 'expired' })
    expect(await sendContactMessage(payload, submission({ pagePath: 'privacy' }), context())).toMatchObject({ ok: false, error: 'expired' })
    expect(await sendContactMessage(payload, submission({ pagePath: undefined }), context())).toMatchObject({ ok: false, error: 'expired' })
    const short = submission({ token: 'forged', values: { ...submission().values, message: 'hi' } })
    expect(await sendContactMessage(payload, short, context())).toEqual({ ok: false, error: 'expired', fields: { message: 'too-short' } })
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('refuses bad input, a form sent within seconds of being made, and too many links', async () => {
    const { payload, sendEmail } = fakePayload()
    const bad = submission({ values: { name: '', email: 'x', subject: 'S', message: 'https://a.example '.repeat(6) } })
    expect(await sendContactMessage(payload, bad, context())).toEqual({ ok: false, error: 'invalid-input', fields: { name: 'required', email: 'invalid-email', message: 'too-many-links' } })
    expect(await sendContactMessage(payload, submission(), context({ now: issued + minFillMs - 1 }))).toEqual({ ok: false, error: 'too-fast' })
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('says the form cannot be used when the footer has no address', async () => {
    const { payload, sendEmail } = fakePayload(null)
    expect(await sendContactMessage(payload, submission(), context())).toEqual({ ok: false, error: 'unavailable' })
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('limits messages per client and per sender address', async () => {
    const { payload, sendEmail } = fakePayload()
    const limiter = new ContactRateLimit({ now: () => later })
    for (let i = 0; i < 5; i++) expect(await sendContactMessage(payload, submission(), context({ limiter, client: `198.51.100.${i}` }))).toEqual({ ok: true, sent: true })
    // The same sender from a sixth address, in another case.
    const again = submission({ values: { ...submission().values, email: 'anna@example.TEST' } })
    expect(await sendContactMessage(payload, again, context({ limiter, client: '198.51.100.9' }))).toEqual({ ok: false, error: 'rate-limited', retryAfterSeconds: 3600 })
    expect(sendEmail).toHaveBeenCalledTimes(5)
  })
})
