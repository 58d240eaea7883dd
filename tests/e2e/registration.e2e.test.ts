import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminEmail, adminPassword, api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, seriousAxeViolations, signInOnSite } from './helpers'

type Mail = { docs: { to: string; subject: string; text: string; attachments?: { filename: string; content: string }[] | null }[] }
type Registrations = { docs: { id: number; name: string; email: string; status: string }[] }

/** Registering for meetings as the people who do it (issue #10), in a browser without scripts where the site is concerned. */
describe(`registration for events (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  let armenia: number
  let georgia: number

  async function event(key: string, registration: Record<string, unknown>) {
    const types = await api<{ docs: { id: number }[] }>('/api/event-types?where[slug][equals]=expert-meeting', { token })
    const start = Math.floor((Date.now() + 40 * 24 * 3600 * 1000) / 60_000) * 60_000
    const res = await api<{ doc: { id: number; slug: string } }>('/api/events?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({
        title: `Expert meeting ${key} ${run}`,
        slug: `expert-meeting-${key}-${run}`,
        type: types.body.docs[0].id,
        startsAt: new Date(start).toISOString(),
        startsAt_tz: 'Asia/Tbilisi',
        endsAt: new Date(start + 8 * 3600 * 1000).toISOString(),
        format: 'in-person',
        venue: { city: 'Tbilisi' },
        visibility: 'public',
        registration,
        _status: 'published',
      }),
    })
    expect(res.status).toBe(201)
    return res.body.doc
  }
  const mails = async (to: string) => (await api<Mail>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(to)}&sort=createdAt`, { token })).body.docs

  beforeAll(async () => {
    token = await apiToken()
    const states = await api<{ docs: { id: number; slug: string }[] }>('/api/participants?where[slug][in]=armenia,georgia&depth=0', { token })
    armenia = states.body.docs.find((s) => s.slug === 'armenia')!.id
    georgia = states.body.docs.find((s) => s.slug === 'georgia')!.id
  })
  afterAll(closeBrowser)

  async function nominate(page: Page, name: string, email: string, language: 'English' | 'Русский') {
    await page.getByLabel('Имя и фамилия').fill(name)
    await page.getByLabel('Адрес электронной почты').fill(email)
    await page.getByRole('radio', { name: language }).check()
    await page.getByRole('button', { name: 'Выдвинуть' }).click()
    await page.waitForURL(/notice=nominated|error=/)
  }

  it('an NCP nominates two delegates, the Secretariat approves one and declines one in the admin, and both receive e-mails', async () => {
    const meeting = await event('nominations', { mode: 'nominated', quotaPerState: 2, askFor: ['organisation'] })
    const ncp = await createAccount(token, ['ncp'], 'ru', { participant: armenia })
    const anna = `anna-${run}@example.test`
    const aram = `aram-${run}@example.test`

    // The NCP, on a phone, with scripts off.
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await signInOnSite(page, ncp)
    await page.goto(`/ru/events/${meeting.slug}/register`)
    await nominate(page, 'Anna Hakobyan', anna, 'English')
    expect(await page.getByRole('status').innerText()).toBe('Делегат выдвинут, ему отправлено письмо.')
    // A refusal keeps what was typed (a second nomination of the same address).
    await page.getByLabel('Организация (необязательно)').fill('Миграционная служба')
    await nominate(page, 'Anna H.', anna, 'English')
    expect(await page.getByRole('alert').innerText()).toBe('Этот адрес электронной почты уже зарегистрирован на мероприятие.')
    expect(await page.getByLabel('Имя и фамилия').inputValue()).toBe('Anna H.')
    expect(await page.getByLabel('Организация (необязательно)').inputValue()).toBe('Миграционная служба')
    expect(page.url()).not.toContain('anna')
    await nominate(page, 'Арам Петросян', aram, 'Русский')
    const delegation = page.getByRole('region', { name: 'Делегация: Армения' })
    expect(await delegation.innerText()).toContain('Занято мест для вашего государства: 2 из 2.')
    expect(await delegation.getByRole('listitem').count()).toBe(2)
    // The quota is used up: no nomination form any more.
    expect(await page.getByRole('button', { name: 'Выдвинуть' }).count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // axe runs as a script in the page: the same page, looked at with scripts on.
    const checked = await newPage({ viewport: { width: 390, height: 900 } })
    await signInOnSite(checked.page, ncp)
    await checked.page.goto(`/ru/events/${meeting.slug}/register`)
    expect(await seriousAxeViolations(checked.page)).toEqual([])
    await checked.context.close()

    // The Secretariat decides in the admin.
    const regs = (await api<Registrations>(`/api/registrations?where[event][equals]=${meeting.id}&sort=id`, { token })).body.docs
    const [annaReg, aramReg] = regs
    const admin = await newPage()
    await admin.page.goto('/admin/login')
    await admin.page.locator('input[name="email"]').fill(adminEmail)
    await admin.page.locator('input[name="password"]').fill(adminPassword)
    await admin.page.locator('button[type="submit"]').click()
    await admin.page.waitForURL('**/admin')
    async function setStatus(id: number, label: string) {
      await admin.page.goto(`/admin/collections/registrations/${id}`)
      await admin.page.locator('#field-status .rs__control').click()
      await admin.page.locator('.rs__option', { hasText: label }).click()
    }
    await setStatus(annaReg.id, 'Approved')
    await admin.page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => admin.page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/updated successfully/i)
    await setStatus(aramReg.id, 'Declined')
    // The reason's field shows once the status says "Declined"; saving without a reason is refused.
    await admin.page.getByLabel('Reason for declining').waitFor()
    await admin.page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => admin.page.locator('body').innerText(), { timeout: 15_000 }).toContain('Give a reason for declining')
    await admin.page.getByLabel('Reason for declining').fill('The delegation is complete.')
    await admin.page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => admin.page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/updated successfully/i)
    await admin.context.close()

    // Both delegates are told, each in their language; the approval carries the calendar file.
    const annaMail = await mails(anna)
    expect(annaMail.map((m) => m.subject)).toEqual([`Registration received: ${`Expert meeting nominations ${run}`}`, `Registration approved: Expert meeting nominations ${run}`])
    expect(annaMail[1].attachments?.[0].filename).toBe(`${meeting.slug}.ics`)
    expect(annaMail[1].attachments?.[0].content).toContain('TZID=Asia/Tbilisi')
    const aramMail = await mails(aram)
    expect(aramMail.map((m) => m.subject)).toEqual([`Регистрация получена: Expert meeting nominations ${run}`, `Регистрация отклонена: Expert meeting nominations ${run}`])
    expect(aramMail[1].text).toContain('Причина: The delegation is complete.')

    // The NCP sees the decisions and withdraws the approved delegate.
    await page.reload()
    expect(await delegation.innerText()).toContain('Подтверждена')
    expect(await delegation.innerText()).toContain('Отклонена: The delegation is complete.')
    await page.getByRole('button', { name: 'Отозвать: Anna Hakobyan' }).click()
    await page.waitForURL(/notice=withdrawn/)
    expect(await delegation.innerText()).toContain('Отозвана')
    await context.close()
  }, 120_000)

  it('another state’s NCP sees none of it, through the page and the API', async () => {
    const meeting = await event('isolation', { mode: 'nominated' })
    const armenianNcp = await createAccount(token, ['ncp'], 'en', { participant: armenia })
    const georgianNcp = await createAccount(token, ['ncp'], 'en', { participant: georgia })
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await signInOnSite(page, armenianNcp)
    await page.goto(`/en/events/${meeting.slug}/register`)
    await page.getByLabel('Name and surname').fill('Hidden Delegate')
    await page.getByLabel('E-mail address').fill(`hidden-${run}@example.test`)
    await page.getByRole('button', { name: 'Nominate' }).click()
    await page.waitForURL(/notice=nominated/)
    await context.close()
    const [reg] = (await api<Registrations>(`/api/registrations?where[event][equals]=${meeting.id}`, { token })).body.docs

    const other = await newPage({ javaScriptEnabled: false })
    await signInOnSite(other.page, georgianNcp)
    await other.page.goto(`/en/events/${meeting.slug}/register`)
    expect(await other.page.locator('main').innerText()).not.toContain('Hidden Delegate')
    expect(await other.page.getByRole('region', { name: 'Delegation of Georgia' }).innerText()).toContain('No delegates are nominated yet.')
    await other.context.close()
    const georgianToken = await apiToken(georgianNcp.email, georgianNcp.password)
    expect((await api(`/api/registrations/${reg.id}`, { token: georgianToken })).status).toBe(404)
    expect((await api<Registrations>(`/api/registrations?where[email][equals]=${encodeURIComponent(reg.email)}`, { token: georgianToken })).body.docs).toEqual([])
    const graphql = await api<{ data?: { Registrations?: { docs: unknown[] } } }>('/api/graphql', { method: 'POST', token: georgianToken, body: JSON.stringify({ query: `{ Registrations { docs { id name email } } }` }) })
    expect(JSON.stringify(graphql.body)).not.toContain('Hidden Delegate')
    expect((await api(`/api/registrations/${reg.id}`, { method: 'PATCH', token: georgianToken, body: JSON.stringify({ status: 'withdrawn' }) })).status).toBeGreaterThanOrEqual(403)
    // The table as CSV is the Secretariat's.
    expect((await api(`/api/registrations-export?event=${meeting.id}`, { token: georgianToken })).status).toBe(403)
    expect((await fetch(`${baseUrl()}/api/registrations-export?event=${meeting.id}`)).status).toBe(401)
    const csv = await fetch(`${baseUrl()}/api/registrations-export?event=${meeting.id}`, { headers: { authorization: `JWT ${token}` } })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(await csv.text()).toContain('Hidden Delegate')
  }, 90_000)

  it('people register themselves; the second waits, and moves up when the first withdraws', async () => {
    const webinar = await event('open', { mode: 'anyone', capacity: 1 })
    const first = await createAccount(token, ['learner'])
    const second = await createAccount(token, ['learner'])
    const visitor = await newPage({ javaScriptEnabled: false })
    await visitor.page.goto(`/en/events/${webinar.slug}/register`)
    expect(await visitor.page.getByRole('link', { name: 'Sign in' }).last().getAttribute('href')).toBe(`/en/account/sign-in?next=${encodeURIComponent(`/en/events/${webinar.slug}/register`)}`)
    await visitor.context.close()

    const a = await newPage({ javaScriptEnabled: false })
    await signInOnSite(a.page, first)
    await a.page.goto(`/en/events/${webinar.slug}/register`)
    await a.page.getByRole('button', { name: 'Register' }).click()
    await a.page.waitForURL(/notice=registered/)
    expect(await a.page.getByRole('region', { name: 'Your registration' }).innerText()).toContain('Awaiting approval')

    const b = await newPage({ javaScriptEnabled: false })
    await signInOnSite(b.page, second)
    await b.page.goto(`/en/events/${webinar.slug}/register`)
    await b.page.getByRole('button', { name: 'Register' }).click()
    await b.page.waitForURL(/notice=waitlisted/)
    expect(await b.page.getByRole('region', { name: 'Your registration' }).innerText()).toContain('On the waiting list (number 1 in line)')
    // Registering twice is refused in words (a second tab, a double click).
    expect((await mails(second.email)).map((m) => m.subject)).toEqual([`Waiting list: Expert meeting open ${run}`])

    await a.page.getByRole('button', { name: 'Withdraw my registration' }).click()
    await a.page.waitForURL(/notice=withdrawn/)
    await b.page.reload()
    expect(await b.page.getByRole('region', { name: 'Your registration' }).innerText()).toContain('Awaiting approval')
    expect((await mails(second.email)).map((m) => m.subject)).toEqual([`Waiting list: Expert meeting open ${run}`, `A place is free for you: Expert meeting open ${run}`])
    // Once approved, the participant tells the Secretariat how they travel; it is marked for review.
    const promoted = (await api<Registrations>(`/api/registrations?where[email][equals]=${encodeURIComponent(second.email)}`, { token })).body.docs[0]
    expect((await api(`/api/registrations/${promoted.id}`, { method: 'PATCH', token, body: JSON.stringify({ status: 'approved' }) })).status).toBe(200)
    await b.page.reload()
    const travel = b.page.getByRole('region', { name: 'Travel and accommodation' })
    await travel.getByLabel('Arrival date').fill('2027-03-09')
    await travel.getByLabel('Departure date').fill('2027-03-08')
    await travel.getByLabel('Travelling by').selectOption('rail')
    await travel.getByRole('button', { name: 'Send to the Secretariat' }).click()
    await b.page.waitForURL(/error=departure-before-arrival/)
    // Refused, and nothing typed is lost.
    expect(await travel.getByLabel('Travelling by').inputValue()).toBe('rail')
    await travel.getByLabel('Departure date').fill('2027-03-12')
    await travel.getByRole('button', { name: 'Send to the Secretariat' }).click()
    await b.page.waitForURL(/notice=follow-up-saved/)
    expect(await travel.innerText()).toContain('Sent to the Secretariat for review.')
    expect((await api<{ reviewNeeded: boolean; followUp: { travelMode: string } }>(`/api/registrations/${promoted.id}`, { token })).body).toMatchObject({ reviewNeeded: true, followUp: { travelMode: 'rail' } })

    // The page is the person's own: never from the page cache.
    const res = await fetch(new URL(`/en/events/${webinar.slug}/register`, b.page.url()), { headers: { cookie: (await b.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; '), 'sec-fetch-site': 'same-origin' } })
    expect(res.headers.get('x-page-cache')).toBe('private')
    expect(res.headers.get('cache-control')).toContain('no-store')
    await a.context.close()
    await b.context.close()
  }, 90_000)
})
