import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminEmail, adminPassword } from './global-setup'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, publicationTypeId, seriousAxeViolations, uploadPdf } from './helpers'

const suffix = Date.now().toString(36)
const desktop = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const month = new Date().toISOString().slice(0, 7)

describe(`Usage statistics, counted at the front door (${databaseKind()})`, () => {
  let admin: string
  let publicationId: number
  const slug = `counted-${suffix}`
  const files: Record<'en' | 'ru', { id: number; url: string }> = {} as never

  beforeAll(async () => {
    admin = await apiToken()
    const type = await publicationTypeId(admin, 'policy-brief')
    files.en = await uploadPdf(admin, 'en-sample', `usage-en-sample-${suffix}.pdf`)
    files.ru = await uploadPdf(admin, 'ru-sample', `usage-ru-sample-${suffix}.pdf`)
    const res = await api<{ doc: { id: number } }>('/api/publications?locale=en', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ title: `Counted brief ${suffix}`, slug, type, publishedOn: '2024-05-01', editions: [{ language: 'en', file: files.en.id }, { language: 'ru', file: files.ru.id }], visibility: 'public', _status: 'published' }),
    })
    if (res.status !== 201) throw new Error(`publication: ${res.status} ${JSON.stringify(res.body)}`)
    publicationId = res.body.doc.id
    // The files become public when the background job has synchronised the publication.
    const deadline = Date.now() + 60_000
    while ((await fetch(`${baseUrl()}${files.ru.url}`, { method: 'HEAD' })).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 300))
  }, 120_000)
  afterAll(closeBrowser)

  const csvRow = async (language: 'en' | 'ru') => {
    const res = await fetch(`${baseUrl()}/api/usage/export?from=${month}&to=${month}&publication=${publicationId}`, { headers: { authorization: `JWT ${admin}` } })
    expect(res.status).toBe(200)
    const line = (await res.text()).split('\r\n').find((l) => l.startsWith(`${month},${publicationId},`) && l.includes(`,${language},`))
    return line ? line.split(',').slice(-2).map(Number) : [0, 0]
  }

  it('counts a reader once per 30 s, by page and edition language, and never counts robots', async () => {
    const { context, page } = await newPage({ userAgent: desktop })
    // Two views within 30 s by the same reader, the second from the page cache: one view.
    await page.goto(`/en/repository/${slug}`)
    await page.reload()
    await page.goto(`/ru/repository/${slug}`)
    const href = await page.getByRole('link', { name: 'Скачать на русском языке' }).getAttribute('href')
    expect(new URL(href!, baseUrl()).pathname).toBe(files.ru.url)
    // A double click on the download link: one download.
    for (let i = 0; i < 2; i++) expect((await fetch(new URL(href!, baseUrl()), { headers: { 'user-agent': desktop } })).status).toBe(200)
    // Another reader (another address behind the proxy) reads the English page.
    await fetch(`${baseUrl()}/en/repository/${slug}`, { headers: { 'user-agent': desktop, 'x-forwarded-for': '198.51.100.23' } })
    // Robots and tools are not readers.
    for (const ua of [googlebot, 'curl/8.5.0']) {
      expect((await fetch(`${baseUrl()}/en/repository/${slug}`, { headers: { 'user-agent': ua, 'x-forwarded-for': '203.0.113.99' } })).status).toBe(200)
      await fetch(`${baseUrl()}${files.en.url}`, { headers: { 'user-agent': ua } })
    }
    // A page that does not exist counts for nothing.
    expect((await fetch(`${baseUrl()}/en/repository/no-such-${suffix}`, { headers: { 'user-agent': desktop } })).status).toBe(404)
    await context.close()

    // Counts reach the database on the next flush (every 200 ms in these tests).
    await expect.poll(() => csvRow('ru'), { timeout: 10_000 }).toEqual([1, 1])
    await expect.poll(() => csvRow('en'), { timeout: 10_000 }).toEqual([2, 0])
  })

  it('shows the Secretariat a monthly chart and table, and the CSV to staff only', async () => {
    const { context, page } = await newPage()
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(adminEmail)
    await page.locator('input[name="password"]').fill(adminPassword)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL('**/admin')
    // The admin's navigation links to the view (the navigation itself may be folded away).
    expect(await page.locator('#nav-usage-statistics').getAttribute('href')).toBe('/admin/usage-statistics')
    await page.goto('/admin/usage-statistics')
    await expect.poll(() => page.locator('h1').innerText()).toBe('Usage statistics')
    const row = page.locator('tr', { has: page.getByRole('link', { name: `Counted brief ${suffix}` }) })
    // Views English, Russian; downloads English, Russian; downloads in total.
    expect((await row.locator('td').allInnerTexts()).map(Number)).toEqual([2, 1, 0, 1, 1])
    expect(await page.getByRole('img', { name: /Downloads from/ }).count()).toBe(1)
    await row.getByRole('link', { name: 'Only this publication' }).click()
    await expect.poll(() => page.locator('main, .template-default').first().innerText()).toContain(`Showing one publication: Counted brief ${suffix}`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()

    const learner = await createAccount(admin, ['learner'])
    const learnerToken = await apiToken(learner.email, learner.password)
    expect((await fetch(`${baseUrl()}/api/usage/export`, { headers: { authorization: `JWT ${learnerToken}` } })).status).toBe(403)
    expect((await fetch(`${baseUrl()}/api/usage/export`)).status).toBe(401)
    // Nobody but the server's own front door may post counts.
    const forged = await fetch(`${baseUrl()}/api/usage/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-usage-token': 'guess-guess-guess-guess' }, body: JSON.stringify({ events: [{ kind: 'view', locale: 'en', slug, month, count: 1000 }] }) })
    expect(forged.status).toBe(403)
  }, 90_000)
})
