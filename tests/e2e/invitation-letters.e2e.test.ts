import { extractText, getDocumentProxy } from 'unpdf'
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

type Letters = { docs: { id: number; status: string; reference?: string; passportNumber?: string }[] }

/** A visa invitation letter from request to a consulate's check, as the people involved do it, without scripts (issue #10). */
describe(`visa invitation letters (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  let event: { id: number; slug: string }

  beforeAll(async () => {
    token = await apiToken()
    const types = await api<{ docs: { id: number }[] }>('/api/event-types?where[slug][equals]=senior-officials-meeting', { token })
    const start = Math.floor((Date.now() + 70 * 24 * 3600 * 1000) / 60_000) * 60_000
    const created = await api<{ doc: { id: number; slug: string } }>('/api/events?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: `Visa meeting ${run}`, slug: `visa-meeting-${run}`, type: types.body.docs[0].id, startsAt: new Date(start).toISOString(), startsAt_tz: 'Europe/Prague', endsAt: new Date(start + 86_400_000).toISOString(), format: 'in-person', venue: { city: 'Prague' }, visibility: 'public', registration: { mode: 'anyone', approval: 'automatic' }, _status: 'published' }),
    })
    event = created.body.doc
  })
  afterAll(closeBrowser)

  it('an approved participant asks for a letter, the Secretariat issues it, the participant downloads it and a consulate checks it', async () => {
    const account = await createAccount(token, ['learner'], 'ru')
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await signInOnSite(page, account)
    await page.goto(`/ru/events/${event.slug}/register`)
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click()
    await page.waitForURL(/notice=/)

    // A refused request keeps what was typed (a date of birth in the future).
    await page.getByLabel('Имя, как в паспорте').fill('ISMAILOV RUSTAM')
    await page.getByLabel('Номер паспорта').fill('AB7654321')
    await page.getByLabel('Дата рождения').fill('2999-01-01')
    await page.getByLabel('Гражданство').fill('Азербайджан')
    await page.getByLabel(/^Консульство/).fill('Посольство Чешской Республики в Баку')
    await page.getByRole('button', { name: 'Запросить письмо' }).click()
    await page.waitForURL(/error=invalid-input/)
    expect(await page.getByLabel('Номер паспорта').inputValue()).toBe('AB7654321')
    expect(page.url()).not.toContain('AB7654321')
    await page.getByLabel('Дата рождения').fill('1979-09-30')
    await page.getByRole('button', { name: 'Запросить письмо' }).click()
    await page.waitForURL(/notice=letter-requested/)
    expect(await page.getByRole('region', { name: 'Письмо-приглашение для визы' }).innerText()).toContain('Вы запросили письмо-приглашение.')

    // The Secretariat issues it.
    const letters = (await api<Letters>(`/api/invitation-letters?where[email][equals]=${encodeURIComponent(account.email)}`, { token })).body.docs
    expect(letters.map((l) => l.status)).toEqual(['requested'])
    const issued = await api<{ doc: { reference: string } }>(`/api/invitation-letters/${letters[0].id}`, { method: 'PATCH', token, body: JSON.stringify({ status: 'issued' }) })
    expect(issued.status).toBe(200)
    const reference = issued.body.doc.reference

    await page.reload()
    const section = page.getByRole('region', { name: 'Письмо-приглашение для визы' })
    expect(await section.innerText()).toContain(`Ваше письмо-приглашение ${reference} выдано.`)
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Скачать письмо: русский' }).click()])
    const text = (await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync((await download.path())!))), { mergePages: true })).text
    expect(text).toContain('ISMAILOV RUSTAM')
    expect(text).toContain('Посольство Чешской Республики в Баку')
    await context.close()

    // Another person gets neither the record nor the file.
    const other = await createAccount(token, ['learner'])
    const otherToken = await apiToken(other.email, other.password)
    expect((await api<Letters>(`/api/invitation-letters?where[email][equals]=${encodeURIComponent(account.email)}`, { token: otherToken })).body.docs).toEqual([])
    expect((await fetch(`${baseUrl()}/api/invitation-letters/${letters[0].id}/pdf?language=en`, { headers: { authorization: `JWT ${otherToken}` } })).status).toBe(404)
    expect((await fetch(`${baseUrl()}/api/invitation-letters/${letters[0].id}/pdf?language=en`)).status).toBe(401)

    // The consulate, with no account, types the number as it reads it.
    const consulate = await newPage({ javaScriptEnabled: false })
    await consulate.page.goto('/ru/letters/verify')
    await consulate.page.getByLabel(/^Номер письма/).fill(reference.toLowerCase().replace(/-/g, ' '))
    await consulate.page.getByRole('button', { name: 'Проверить' }).click()
    const answer = await consulate.page.locator('main').innerText()
    expect(answer).toContain('Письмо действительно.')
    expect(answer).toContain('ISMAILOV RUSTAM')
    expect(answer).toContain(`Visa meeting ${run}`)
    expect(answer).not.toContain('AB7654321')
    await consulate.context.close()
  })
})
