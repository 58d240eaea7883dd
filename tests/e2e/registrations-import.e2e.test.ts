import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage } from './helpers'

type Registrations = { docs: { email: string; status: string }[] }

/** The Secretariat imports registrations from CSV in the Russian admin: a check, then the import (issue #10). */
describe(`registrations import in the admin (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  let event: { id: number; slug: string }

  beforeAll(async () => {
    token = await apiToken()
    const types = await api<{ docs: { id: number }[] }>('/api/event-types?where[slug][equals]=ncp-meeting', { token })
    const start = Math.floor((Date.now() + 45 * 24 * 3600 * 1000) / 60_000) * 60_000
    const created = await api<{ doc: { id: number; slug: string } }>('/api/events?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: `NCP meeting ${run}`, slug: `ncp-meeting-${run}`, type: types.body.docs[0].id, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), format: 'in-person', visibility: 'members', registration: { mode: 'nominated', capacity: 2 }, _status: 'published' }),
    })
    event = created.body.doc
  })
  afterAll(closeBrowser)

  const csv = (lines: string[]) => Buffer.from(`name,email,language,state\r\n${lines.join('\r\n')}\r\n`, 'utf8')

  it('checks the file, shows what would happen and what is wrong, then imports', async () => {
    const staff = await createAccount(token, ['secretariat'], 'ru')
    const { context, page } = await newPage()
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(staff.email)
    await page.locator('input[name="password"]').fill(staff.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL('**/admin')
    await page.goto(`/admin/collections/registrations?where[event][equals]=${event.id}`)
    await page.getByText('Импорт регистраций из CSV').click()

    // A file with a problem: nothing is saved, the line and the reason are named.
    await page.getByLabel('Файл CSV').setInputFiles({ name: 'delegates.csv', mimeType: 'text/csv', buffer: csv([`Нодира Каримова,nodira-${run}@example.test,ru,Узбекистан`, `Someone,someone-${run}@example.test,en,Atlantis`]) })
    await page.getByRole('button', { name: 'Импортировать' }).click()
    const status = page.getByRole('status').filter({ hasText: 'Строк' })
    await expect.poll(() => status.innerText()).toContain('Ничего не сохранено.')
    expect(await status.innerText()).toContain('Нет государства-участника с таким названием или кодом')

    // A good file, checked first: three people for two places.
    await page.getByLabel('Файл CSV').setInputFiles({ name: 'delegates.csv', mimeType: 'text/csv', buffer: csv([`Нодира Каримова,nodira-${run}@example.test,ru,UZ`, `Emil Aliyev,emil-${run}@example.test,en,Azerbaijan`, `Айбек Осмонов,aibek-${run}@example.test,ru,Кыргызстан`]) })
    await page.getByRole('button', { name: 'Проверить файл (ничего не сохраняется)' }).click()
    await expect.poll(() => status.innerText()).toContain('Строк: 3; с ошибками: 0; подтверждено: 0; ожидают подтверждения: 2; в листе ожидания: 1.')
    expect(await status.getByRole('row').nth(3).innerText()).toMatch(/В листе ожидания \(1\)/i)
    expect((await api<Registrations>(`/api/registrations?where[event][equals]=${event.id}`, { token })).body.docs).toEqual([])

    await page.getByRole('button', { name: 'Импортировать' }).click()
    await expect.poll(() => status.innerText()).toContain('Импортированы 3 регистрации.')
    const saved = (await api<Registrations>(`/api/registrations?where[event][equals]=${event.id}&sort=id`, { token })).body.docs
    expect(saved.map((r) => r.status)).toEqual(['pending', 'pending', 'waitlisted'])
    await context.close()
  })

  it('refuses anyone but the Secretariat', async () => {
    const form = () => {
      const body = new FormData()
      body.append('file', new Blob([csv([`X,x-${run}@example.test,en,`])], { type: 'text/csv' }), 'x.csv')
      body.append('event', String(event.id))
      body.append('dryRun', 'false')
      return body
    }
    expect((await fetch(`${baseUrl()}/api/registrations-import`, { method: 'POST', body: form() })).status).toBe(401)
    const ncp = await createAccount(token, ['ncp'])
    const ncpToken = await apiToken(ncp.email, ncp.password)
    const refused = await fetch(`${baseUrl()}/api/registrations-import`, { method: 'POST', headers: { authorization: `JWT ${ncpToken}` }, body: form() })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error).toContain('Импортировать регистрации может только Секретариат')
  })
})
