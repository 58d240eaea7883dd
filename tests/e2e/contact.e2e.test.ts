import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, databaseKind, newPage, seriousAxeViolations } from './helpers'

type Mail = { docs: { to: string; subject: string; text: string; status: string }[] }

const runId = Date.now()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** When the form's token was made (its first part, in base 36): a form is refused within 3 s of it. */
const tokenTime = (token: string) => parseInt(token.split('.')[0], 36)

/** Waits until a person could have filled in the form (a fresh page's form is refused sooner). */
async function letFormAge(token: string) {
  const wait = tokenTime(token) + 3500 - Date.now()
  if (wait > 0) await sleep(wait)
}

async function fillIn(page: Page, values: { name: string; email: string; subject: string; message: string }) {
  await page.getByLabel('Ваше имя', { exact: true }).fill(values.name)
  await page.getByLabel('Ваш адрес электронной почты', { exact: true }).fill(values.email)
  await page.getByLabel('Тема', { exact: true }).fill(values.subject)
  await page.getByLabel('Сообщение', { exact: true }).fill(values.message)
}

async function mailsWithSubject(subject: string) {
  const token = await apiToken()
  return (await api<Mail>(`/api/email-outbox?where[subject][equals]=${encodeURIComponent(`Форма обратной связи: ${subject}`)}`, { token })).body.docs
}

describe(`contact form without JavaScript (${databaseKind()})`, () => {
  afterAll(closeBrowser)

  it('sends a message in Russian to the Secretariat and confirms it on the page', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } })
    const subject = `Вопрос о встрече ${runId}`
    await page.goto('/ru/about/contact')
    expect(await page.getByRole('heading', { name: 'Написать в Секретариат' }).isVisible()).toBe(true)
    await fillIn(page, { name: 'Мария Тестова', email: `maria-${runId}@example.test`, subject, message: 'Здравствуйте!\nКогда состоится следующая встреча?' })
    await letFormAge(await page.locator('input[name="token"]').inputValue())
    await page.getByRole('button', { name: 'Отправить сообщение' }).click()
    await page.waitForURL((url) => url.pathname === '/ru/about/contact' && url.searchParams.get('contact') === 'sent')
    // The fragment takes the reader (and focus) to the confirmation.
    expect(new URL(page.url()).hash).toBe('#contact-status')
    const status = page.locator('[role="status"]#contact-status')
    expect(await status.textContent()).toContain('Спасибо! Ваше сообщение отправлено в Секретариат.')
    expect(await status.getAttribute('tabindex')).toBe('-1')
    expect(await page.locator('form#contact-form').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Написать ещё одно сообщение' }).getAttribute('href')).toBe('/ru/about/contact#contact-form')

    // Exactly one e-mail, to the footer's address, with the text as typed.
    const footer = (await api<{ email: string }>('/api/globals/site-footer')).body
    await expect.poll(async () => (await mailsWithSubject(subject)).length).toBe(1)
    const [mail] = await mailsWithSubject(subject)
    expect(mail.to).toBe(footer.email)
    expect(mail.text).toContain('Здравствуйте!\nКогда состоится следующая встреча?')
    expect(mail.text).toContain(`Чтобы ответить, напишите на адрес maria-${runId}@example.test.`)
    await context.close()
  }, 60_000)

  it('answers a message the server refuses with the form again, keeping what was typed, and sends it once corrected', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    const subject = `Ссылки ${runId}`
    const links = Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`).join(' ')
    await page.goto('/ru/about/contact')
    await fillIn(page, { name: 'Пётр «Тест»', email: `petr-${runId}@example.test`, subject, message: `Полезные ссылки: ${links}` })
    await letFormAge(await page.locator('input[name="token"]').inputValue())
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/forms/contact')), page.getByRole('button', { name: 'Отправить сообщение' }).click()])
    expect(answer.status()).toBe(422)
    expect(await page.locator('h1').textContent()).toBe('Сообщение не отправлено')
    const summary = page.locator('[role="alert"]')
    expect(await summary.textContent()).toContain('Сообщение может содержать не более 5 ссылок: удалите лишние.')
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#contact-message')
    // Everything typed is there.
    expect(await page.getByLabel('Ваше имя', { exact: true }).inputValue()).toBe('Пётр «Тест»')
    expect(await page.getByLabel('Ваш адрес электронной почты', { exact: true }).inputValue()).toBe(`petr-${runId}@example.test`)
    expect(await page.getByLabel('Тема', { exact: true }).inputValue()).toBe(subject)
    const message = page.getByLabel('Сообщение', { exact: true })
    expect(await message.inputValue()).toBe(`Полезные ссылки: ${links}`)
    expect(await message.getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByRole('link', { name: 'Вернуться на страницу с формой' }).getAttribute('href')).toBe('/ru/about/contact')

    // Corrected, the same form goes through.
    await message.fill('Полезная ссылка: https://example.org/0')
    await letFormAge(await page.locator('input[name="token"]').inputValue())
    await page.getByRole('button', { name: 'Отправить сообщение' }).click()
    await page.waitForURL((url) => url.pathname === '/ru/about/contact' && url.searchParams.get('contact') === 'sent')
    await expect.poll(async () => (await mailsWithSubject(subject)).length).toBe(1)
    await context.close()
  }, 60_000)

  it('refuses posts without a valid token and bad input with a 422 page that keeps the typed text', async () => {
    const html = await (await fetch(`${baseUrl()}/ru/about/contact`)).text()
    const token = html.match(/name="token" value="([^"]+)"/)![1]
    await letFormAge(token)
    const post = (fields: Record<string, string>) =>
      fetch(`${baseUrl()}/forms/contact`, { method: 'POST', redirect: 'manual', headers: { origin: baseUrl() }, body: new URLSearchParams(fields) })
    const typed = { locale: 'ru', page: 'about/contact', name: 'Ольга <b>Тест</b>', email: `olga-${runId}@example.test`, subject: `Коротко ${runId}`, message: 'Коротко' }

    const short = await post({ ...typed, token, website: '' })
    expect(short.status).toBe(422)
    expect(short.headers.get('cache-control')).toBe('no-store')
    expect(short.headers.get('location')).toBeNull()
    const page422 = await short.text()
    expect(page422).toContain('<html lang="ru">')
    expect(page422).toContain('Сообщение должно содержать не менее 10 знаков.')
    expect(page422).toContain('value="Ольга &lt;b&gt;Тест&lt;/b&gt;"')
    expect(page422).toContain(`value="Коротко ${runId}"`)
    expect(page422).toContain('>\nКоротко</textarea>')

    const blind = await post({ ...typed, message: 'Достаточно длинное сообщение без формы.' })
    expect(blind.status).toBe(422)
    expect(await blind.text()).toContain('Срок действия формы истёк.')
    expect(await mailsWithSubject(`Коротко ${runId}`)).toEqual([])
  }, 30_000)

  it('keeps the contact confirmation in the page cache as one entry, and made-up values as the plain page', async () => {
    const sent = await (await fetch(`${baseUrl()}/en/about/contact?contact=sent&utm_source=x`)).text()
    expect(sent).toContain('Thank you: your message has been sent to the Secretariat.')
    const other = await (await fetch(`${baseUrl()}/en/about/contact?contact=${runId}`)).text()
    expect(other).not.toContain('Thank you: your message has been sent')
    expect(other).toContain('name="token"')
  })

  it('has nothing axe finds serious on the form, its answer with errors, and the confirmation', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 800 } })
    await page.goto('/en/about/contact')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByLabel('Your name', { exact: true }).fill('Axe Test')
    await page.getByLabel('Your e-mail address', { exact: true }).fill(`axe-${runId}@example.test`)
    await page.getByLabel('Subject', { exact: true }).fill(`Axe ${runId}`)
    await page.getByLabel('Message', { exact: true }).fill(`Links: ${Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`).join(' ')}`)
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.waitForURL('**/forms/contact')
    expect(await page.locator('h1').textContent()).toBe('Your message has not been sent')
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.goto('/en/about/contact?contact=sent')
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  }, 60_000)
})
