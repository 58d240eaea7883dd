import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, seriousAxeViolations, signInOnSite } from './helpers'

/** Action-Plan monitoring as an NCP, another state's NCP, the Strategic Group and the Secretariat use it (issue #10). */
describe(`action-plan monitoring (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  const states: Record<string, number> = {}
  let period: number
  let firstAction: { id: number; code: string; title: string }

  beforeAll(async () => {
    token = await apiToken()
    const found = await api<{ docs: { id: number; slug: string }[] }>('/api/participants?where[slug][in]=armenia,georgia,albania&depth=0', { token })
    for (const s of found.body.docs) states[s.slug] = s.id
    const periods = await api<{ docs: { id: number; title: string }[] }>('/api/reporting-periods?where[status][equals]=open&sort=-startsOn&limit=1&locale=en', { token })
    period = periods.body.docs[0].id
    const actions = await api<{ docs: { id: number; code: string; title: string }[] }>('/api/action-plan-actions?sort=code&limit=1&locale=en&depth=0', { token })
    firstAction = actions.body.docs[0]
  })
  afterAll(closeBrowser)

  it('an NCP writes a report without scripts on a phone, a bad link costs nothing, sends it, and sees it counted', async () => {
    const armenian = await createAccount(token, ['ncp'], 'en', { participant: states.armenia })
    const narrative = `Armenia opened a joint analysis centre with its neighbours in May (${run}).`
    const { page, context } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await signInOnSite(page, armenian)
    await page.goto('/en/account')
    const section = page.getByRole('region', { name: /^Armenia: Action Plan reports for/ })
    expect(await section.innerText()).toMatch(/Not written yet: \d+/)
    await section.getByRole('link', { name: 'Write and send the reports' }).click()
    await page.waitForURL(new RegExp(`/en/account/action-plan/reports/${period}$`))
    await page.getByRole('link', { name: `${firstAction.code} ${firstAction.title}` }).click()
    await page.getByLabel('In progress').check()
    await page.getByLabel('What was done').fill(narrative)
    // A link the browser takes but the platform does not (not a web page): the rest is kept as a draft.
    await page.getByLabel('Link 1: address').fill(`ftp://example.test/${run}`)
    await page.getByLabel('Link 1: what it shows').fill('Joint order')
    await page.getByRole('button', { name: 'Send to the Secretariat' }).click()
    await page.waitForURL(/error=invalid-link/)
    expect(await page.getByRole('alert').innerText()).toContain('saved as a draft')
    expect(await page.getByLabel('What was done').inputValue()).toBe(narrative)
    expect(await page.getByLabel('Link 1: address').inputValue()).toBe(`ftp://example.test/${run}`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByLabel('Link 1: address').fill(`https://example.test/order-${run}`)
    await page.getByRole('button', { name: 'Send to the Secretariat' }).click()
    await page.waitForURL(/notice=report-submitted/)
    expect(await page.locator('main').innerText()).toContain('Sent to the Secretariat')
    expect(await page.getByRole('link', { name: 'Joint order' }).getAttribute('href')).toBe(`https://example.test/order-${run}`)
    // Sent: no form any more.
    expect(await page.getByRole('button', { name: 'Send to the Secretariat' }).count()).toBe(0)
    await page.goto(`/en/account/action-plan?period=${period}`)
    expect(await page.getByRole('region', { name: 'Armenia: reports' }).innerText()).toMatch(/Reports counted: 1 of \d+/)
    expect(await page.getByRole('heading', { name: 'Progress by state' }).count()).toBe(0)
    // And on the member dashboard, among the state's reports of the open period.
    await page.goto('/en/account')
    expect(await page.getByRole('region', { name: /^Armenia: Action Plan reports for/ }).innerText()).toContain('Sent to the Secretariat: 1')
    await context.close()

    // Another state's NCP: not through REST, GraphQL, a list or the page.
    const report = (await api<{ docs: { id: number; narrative: string }[] }>(`/api/action-reports?where[state][equals]=${states.armenia}&where[period][equals]=${period}&depth=0`, { token })).body.docs[0]
    expect(report.narrative).toBe(narrative)
    const georgian = await createAccount(token, ['ncp'], 'en', { participant: states.georgia })
    const georgianToken = await apiToken(georgian.email, georgian.password)
    expect([403, 404]).toContain((await api(`/api/action-reports/${report.id}`, { token: georgianToken })).status)
    const list = await api<{ totalDocs: number }>(`/api/action-reports?where[state][equals]=${states.armenia}`, { token: georgianToken })
    expect(list.body.totalDocs).toBe(0)
    const gql = await api<{ data?: { ActionReport?: unknown } }>('/api/graphql', { method: 'POST', token: georgianToken, body: JSON.stringify({ query: `{ ActionReport(id: ${report.id}) { narrative } }` }) })
    expect(gql.body.data?.ActionReport ?? null).toBeNull()
    expect(JSON.stringify(gql.body)).not.toContain(run)
    const g = await newPage({ javaScriptEnabled: false })
    await signInOnSite(g.page, georgian)
    await g.page.goto(`/en/account/action-plan/reports/${period}/${firstAction.id}?state=${states.armenia}`)
    expect(await g.page.locator('main').innerText()).not.toContain(run)
    expect(await g.page.locator('main').innerText()).toContain('Georgia')
    await g.context.close()

    // The Secretariat returns it with a reason; the NCP hears of it.
    const returned = await api(`/api/action-reports/${report.id}`, { method: 'PATCH', token, body: JSON.stringify({ status: 'returned', returnReason: `Please name the order's date ${run}.` }) })
    expect(returned.status).toBe(200)
    const mail = await api<{ docs: { subject: string; text: string }[] }>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(armenian.email)}&sort=-createdAt&limit=1`, { token })
    expect(mail.body.docs[0].subject).toBe(`Action Plan report ${firstAction.code} returned for changes`)
    expect(mail.body.docs[0].text).toContain(`Please name the order's date ${run}.`)
  }, 120_000)

  it('the Strategic Group sees every state and downloads the figures; the pages pass axe', async () => {
    const sg = await createAccount(token, ['strategic-group'], 'en')
    const { page, context } = await newPage()
    await signInOnSite(page, sg)
    await page.goto(`/en/account/action-plan?period=${period}`)
    const byState = page.getByRole('table', { name: 'Progress by state' })
    expect(await byState.getByRole('row').count()).toBeGreaterThan(40)
    expect(await byState.innerText()).toContain('Armenia')
    expect(await seriousAxeViolations(page)).toEqual([])
    // As a browser asks when the link is followed (the session cookie counts only from the site itself).
    const sameSite = { headers: { 'sec-fetch-site': 'same-origin' } }
    const pdf = await page.request.get(`/en/account/action-plan/progress.pdf?period=${period}`, sameSite)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    const csv = await page.request.get(`/ru/account/action-plan/progress.csv?period=${period}`, sameSite)
    expect(await csv.text()).toContain('Армения')
    await page.goto(`/ru/account/action-plan/reports/${period}?state=${states.georgia}`)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Грузия')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('link', { name: new RegExp(`^${firstAction.code.replace(/\./g, '\\.')} `) }).click()
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()

    // A signed-out reader and a learner get nothing.
    expect((await fetch(`${baseUrl()}/en/account/action-plan/progress.csv?period=${period}`)).status).toBe(404)
    const learner = await createAccount(token, ['learner'])
    const l = await newPage({ javaScriptEnabled: false })
    await signInOnSite(l.page, learner)
    expect((await l.page.goto('/en/account/action-plan'))?.status()).toBe(404)
    expect((await l.page.request.get(`/en/account/action-plan/progress.pdf?period=${period}`, { headers: { 'sec-fetch-site': 'same-origin' } })).status()).toBe(404)
    await l.context.close()
  }, 120_000)

  it('the NCP form passes axe', async () => {
    const ncp = await createAccount(token, ['ncp'], 'ru', { participant: states.albania })
    const { page, context } = await newPage()
    await signInOnSite(page, ncp)
    await page.goto(`/ru/account/action-plan/reports/${period}/${firstAction.id}`)
    expect(await page.getByRole('button', { name: 'Сохранить черновик' }).count()).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  }, 60_000)
})
