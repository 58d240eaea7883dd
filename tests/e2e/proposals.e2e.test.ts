import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

/** Expert-meeting proposals as NCPs, the Strategic Group and the Secretariat use them, without scripts (issue #10). */
describe(`expert-meeting proposals (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  const states: Record<string, number> = {}

  beforeAll(async () => {
    token = await apiToken()
    const found = await api<{ docs: { id: number; slug: string }[] }>('/api/participants?where[slug][in]=armenia,georgia,turkey,turkiye&depth=0', { token })
    for (const s of found.body.docs) states[s.slug] = s.id
  })
  afterAll(closeBrowser)

  it('an NCP proposes, another state supports and comments, the Strategic Group agrees, the Secretariat makes the draft event', async () => {
    const armenian = await createAccount(token, ['ncp'], 'ru', { participant: states.armenia })
    const georgian = await createAccount(token, ['ncp'], 'en', { participant: states.georgia })
    const sg = await createAccount(token, ['strategic-group'], 'en')
    const topic = `Reintegration of returning migrants ${run}`

    const a = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await signInOnSite(a.page, armenian)
    await a.page.goto('/ru/account/proposals')
    await a.page.getByLabel('Тема', { exact: true }).fill(topic)
    await a.page.getByLabel('Тематическое направление').selectOption({ index: 1 })
    await a.page.getByLabel('Предполагаемые даты: с (необязательно)').fill('2027-06-08')
    await a.page.getByLabel('по (необязательно)').fill('2027-06-09')
    await a.page.getByLabel(/^Обоснование/).fill('Several states are preparing reintegration programmes and want to compare them.')
    await a.page.getByRole('button', { name: 'Отправить предложение' }).click()
    await a.page.waitForURL(/\/ru\/account\/proposals\/\d+\?notice=proposed/)
    const proposalPath = new URL(a.page.url()).pathname
    expect(await a.page.getByRole('heading', { level: 1 }).innerText()).toBe(topic)
    expect(await a.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // One's own state cannot support its proposal.
    expect(await a.page.getByRole('button', { name: 'Поддержать предложение' }).count()).toBe(0)
    await a.context.close()

    const g = await newPage({ javaScriptEnabled: false })
    await signInOnSite(g.page, georgian)
    await g.page.goto(proposalPath.replace('/ru/', '/en/'))
    await g.page.getByRole('button', { name: 'Support this proposal' }).click()
    await g.page.waitForURL(/notice=supported/)
    expect(await g.page.locator('main').innerText()).toContain('Supported by 1 state: Georgia')
    await g.page.getByLabel('Your comment').fill('Georgia would present its reintegration centres.')
    await g.page.getByRole('button', { name: 'Add the comment' }).click()
    await g.page.waitForURL(/notice=commented/)
    expect(await g.page.getByRole('region', { name: 'Comments' }).innerText()).toContain('Georgia would present its reintegration centres.')
    await g.context.close()

    const s = await newPage({ javaScriptEnabled: false })
    await signInOnSite(s.page, sg)
    await s.page.goto(proposalPath.replace('/ru/', '/en/'))
    await s.page.getByRole('button', { name: 'Agree' }).click()
    await s.page.waitForURL(/notice=decided/)
    expect(await s.page.locator('main').innerText()).toContain('Agreed')
    // The Strategic Group decides; the calendar is the Secretariat's.
    expect(await s.page.getByRole('button', { name: 'Make it a draft event' }).count()).toBe(0)
    await s.context.close()

    // The Secretariat turns it into a draft event and lands in the admin to complete it.
    const secretariat = await createAccount(token, ['secretariat'], 'en')
    const sec = await newPage({ javaScriptEnabled: false })
    await signInOnSite(sec.page, secretariat)
    await sec.page.goto(proposalPath.replace('/ru/', '/en/'))
    await sec.page.getByRole('button', { name: 'Make it a draft event' }).click()
    await sec.page.waitForURL(/\/admin\/collections\/events\/\d+/)
    const eventId = Number(/events\/(\d+)/.exec(sec.page.url())![1])
    await sec.context.close()
    const made = await api<{ docs: { id: number; event?: number | null }[] }>(`/api/proposals?where[topic][equals]=${encodeURIComponent(topic)}&depth=0`, { token })
    expect(made.body.docs[0].event).toBe(eventId)
    const draft = await api<{ title: string; _status: string; visibility: string }>(`/api/events/${eventId}?draft=true&depth=0&locale=en`, { token })
    expect({ title: draft.body.title, status: draft.body._status, visibility: draft.body.visibility }).toEqual({ title: topic, status: 'draft', visibility: 'members' })
    // The proposer was told, in Russian.
    const mail = await api<{ docs: { subject: string }[] }>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(armenian.email)}&sort=-createdAt&limit=1`, { token })
    expect(mail.body.docs[0].subject).toBe(`Предложение одобрено: ${topic}`)

    // Other readers: a learner gets no proposals through the page, REST or GraphQL.
    const learner = await createAccount(token, ['learner'])
    const learnerToken = await apiToken(learner.email, learner.password)
    expect((await api(`/api/proposals/${made.body.docs[0].id}`, { token: learnerToken })).status).toBe(403)
    const gql = await api<{ data?: { Proposals?: unknown } ; errors?: unknown[] }>('/api/graphql', { method: 'POST', token: learnerToken, body: JSON.stringify({ query: '{ Proposals { docs { topic } } }' }) })
    expect(gql.body.data?.Proposals ?? null).toBeNull()
    const l = await newPage({ javaScriptEnabled: false })
    await signInOnSite(l.page, learner)
    const res = await l.page.goto(proposalPath)
    expect(res?.status()).toBe(404)
    await l.context.close()
  }, 120_000)
})
