import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { env } from '@/env'
import { backgroundWorkSettled } from '@/server/background-work'
import { answerContactForm } from '@/server/contact/answer-contact-form'
import { signContactToken } from '@/server/contact/contact-token'
import { databaseKind, testPayload } from './helpers'

const runId = `${Date.now()}-${databaseKind}`
/** What the outbox and the job queue hold is the message being sent; everything else must stay as it was. */
const sendingCollections = new Set(['email-outbox', 'payload-jobs'])

/** A post of the contact form as the HTTP front hands it over (with the client's address it saw). */
function post(fields: Record<string, string>, client = `int-${runId}`) {
  return answerContactForm(
    new Request(`${env.publicUrl}/forms/contact`, { method: 'POST', headers: { 'x-pp-client': client }, body: new URLSearchParams(fields) }),
  )
}

/** A form as the page hands it out, a minute ago, filled in. */
function form(overrides: Record<string, string> = {}) {
  return {
    locale: 'ru',
    page: 'about/contact',
    token: signContactToken(env.secret, 'about/contact', Date.now() - 60_000),
    website: '',
    name: 'Анна Петрова',
    email: `anna-${runId}@example.test`,
    subject: `Вопрос ${runId}`,
    message: 'Здравствуйте!\r\nКогда состоится следующая встреча старших должностных лиц?',
    ...overrides,
  }
}

describe(`contact form (${databaseKind})`, () => {
  let payload: Payload
  let secretariat: string

  /** Rows of every collection, and when each global was last saved. */
  async function snapshot(skip: Set<string> = new Set()) {
    const rows: Record<string, number> = {}
    for (const { slug } of payload.config.collections) {
      if (!skip.has(slug)) rows[slug] = (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
    }
    for (const { slug } of payload.config.globals) {
      rows[`global:${slug}`] = Date.parse(String((await payload.findGlobal({ slug: slug as GlobalSlug, overrideAccess: true, depth: 0 })).updatedAt ?? 0)) || 0
    }
    return rows
  }

  const sentWithSubject = async (subject: string) =>
    (await payload.find({ collection: 'email-outbox', where: { subject: { equals: `Форма обратной связи: ${subject}` } }, overrideAccess: true })).docs

  beforeAll(async () => {
    payload = await testPayload()
    // Start from an empty queue: the seed and other test files leave jobs that write content.
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    secretariat = (await payload.findGlobal({ slug: 'site-footer', overrideAccess: true })).email!
    expect(secretariat).toMatch(/@/)
  })

  it('sends a valid message as exactly one e-mail to the footer’s address, and writes nothing else', async () => {
    // E-mails that other files' requests left on their way to the outbox arrive first (one Payload serves every file).
    await backgroundWorkSettled()
    const before = await snapshot(sendingCollections)
    const outboxBefore = (await payload.count({ collection: 'email-outbox', overrideAccess: true })).totalDocs
    const fields = form()
    const response = await post(fields)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${env.publicUrl}/ru/about/contact?contact=sent#contact-status`)
    await backgroundWorkSettled()

    const [mail, ...more] = await sentWithSubject(fields.subject)
    expect(more).toEqual([])
    expect(mail.to).toBe(secretariat)
    expect(mail.text).toContain('Здравствуйте!\nКогда состоится следующая встреча старших должностных лиц?')
    expect(mail.text).toContain(`Отправитель: Анна Петрова\nАдрес электронной почты: ${fields.email}`)
    expect(mail.text).toContain('Язык страницы: русский')
    // Answering goes to the visitor (Reply-To), and the address is in the message too.
    expect(mail.replyTo).toBe(fields.email)
    expect(mail.text).toContain(`Чтобы ответить, напишите на адрес ${fields.email}.`)
    expect(mail.html).toContain(`href="mailto:${fields.email}"`)
    expect((await payload.count({ collection: 'email-outbox', overrideAccess: true })).totalDocs).toBe(outboxBefore + 1)

    // The job queue delivers it (no SMTP_URL here: kept in the outbox).
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect((await sentWithSubject(fields.subject))[0].status).toBe('logged')
    expect(await snapshot(sendingCollections)).toEqual(before)
  })

  it('answers a filled-in honeypot as if sent, and sends nothing', async () => {
    const before = await snapshot()
    const fields = form({ subject: `Honeypot ${runId}`, website: 'https://spam.example' })
    const response = await post(fields)
    expect(response.status).toBe(303)
    await backgroundWorkSettled()
    expect(await sentWithSubject(fields.subject)).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a post without a valid token with the form again, every value kept, and sends nothing', async () => {
    const before = await snapshot()
    for (const token of ['', 'forged.token', signContactToken('another secret of at least 32 characters', 'about/contact', Date.now() - 60_000)]) {
      const fields = form({ subject: `Bad token ${runId}`, token, message: 'Текст <с разметкой> & "кавычками"' })
      const response = await post(fields)
      expect(response.status).toBe(422)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const html = await response.text()
      expect(html).toContain('<html lang="ru">')
      expect(html).toContain('Срок действия формы истёк.')
      expect(html).toContain(`value="Bad token ${runId}"`)
      expect(html).toContain('Текст &lt;с разметкой&gt; &amp; &quot;кавычками&quot;</textarea>')
    }
    await backgroundWorkSettled()
    expect(await sentWithSubject(`Bad token ${runId}`)).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('answers a body that is not a form with the (empty) form, not an error', async () => {
    const garbage = await answerContactForm(
      new Request(`${env.publicUrl}/forms/contact`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
        body: '--xyz\r\nContent-Disposition: form-data; name="message"\r\n\r\nbroken',
      }),
    )
    expect(garbage.status).toBe(422)
    expect(await garbage.text()).toContain('<a href="/en">Back to the page with the form</a>')
  })

  it('answers bad input with the errors and the values, and a form that can be sent again', async () => {
    const fields = form({ subject: `Short ${runId}`, message: 'Коротко' })
    const response = await post(fields)
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('<a href="#contact-message">Сообщение должно содержать не менее 10 знаков.</a>')
    expect(html).toContain('>\nКоротко</textarea>')
    // The page's fresh token sends the corrected form (once a person could have typed it).
    const token = html.match(/name="token" value="([^"]+)"/)![1]
    const early = await post({ ...fields, token, message: 'Теперь достаточно длинное сообщение.' })
    expect(early.status).toBe(422)
    expect(await early.text()).toContain('Форма отправлена слишком быстро')
    await new Promise((resolve) => setTimeout(resolve, 3100))
    const again = await post({ ...fields, token, message: 'Теперь достаточно длинное сообщение.' })
    expect(again.status).toBe(303)
    await backgroundWorkSettled()
    expect(await sentWithSubject(fields.subject)).toHaveLength(1)
  })

  it('lets one client send 5 messages an hour, then answers 429 with Retry-After', async () => {
    const client = `busy-${runId}`
    for (let i = 0; i < 5; i++) expect((await post(form({ subject: `Rate ${runId}`, email: `rate-${i}-${runId}@example.test` }), client)).status).toBe(303)
    const refused = await post(form({ subject: `Rate ${runId}`, email: `rate-5-${runId}@example.test` }), client)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
    expect(await refused.text()).toContain(`value="rate-5-${runId}@example.test"`)
    await backgroundWorkSettled()
    expect(await sentWithSubject(`Rate ${runId}`)).toHaveLength(5)
  })
})
