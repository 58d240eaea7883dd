import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

/** One's meetings as a calendar feed at a secret address (issue #10), as a person and a calendar application use it. */
describe(`personal calendar feed (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  let event: { id: number; slug: string }

  beforeAll(async () => {
    token = await apiToken()
    const types = await api<{ docs: { id: number }[] }>('/api/event-types?where[slug][equals]=workshop', { token })
    const start = Math.floor((Date.now() + 60 * 24 * 3600 * 1000) / 60_000) * 60_000
    const created = await api<{ doc: { id: number; slug: string } }>('/api/events?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: `Feed workshop ${run}`, slug: `feed-workshop-${run}`, type: types.body.docs[0].id, startsAt: new Date(start).toISOString(), startsAt_tz: 'Asia/Bishkek', endsAt: new Date(start + 3600_000).toISOString(), format: 'in-person', visibility: 'public', registration: { mode: 'anyone', approval: 'automatic' }, _status: 'published' }),
    })
    event = created.body.doc
  })
  afterAll(closeBrowser)

  it('a person subscribes to their meetings, without scripts; a new address retires the old one', async () => {
    const account = await createAccount(token, ['learner'])
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await signInOnSite(page, account)
    await page.goto(`/en/events/${event.slug}/register`)
    await page.getByRole('button', { name: 'Register' }).click()
    await page.waitForURL(/notice=/)
    await page.goto('/en/account/profile')
    await page.getByRole('link', { name: 'My calendar of meetings' }).click()
    const address = await page.getByLabel('Your calendar address').inputValue()
    expect(address).toMatch(new RegExp(`^${baseUrl()}/en/account/calendar/\\d+-[A-Za-z0-9_-]{32}\\.ics$`))

    // A calendar application fetches it with no session at all.
    const feed = await fetch(address)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(feed.headers.get('cache-control')).toBe('private, no-store')
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()))
    const [vevent] = calendar.getAllSubcomponents('vevent')
    expect(vevent.getFirstPropertyValue('summary')).toBe(`Feed workshop ${run}`)
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Bishkek')
    expect((await fetch(address, { method: 'HEAD' })).status).toBe(200)

    await page.getByRole('button', { name: 'Make a new address' }).click()
    await page.waitForURL(/notice=calendar-renewed/)
    expect(await page.getByRole('status').innerText()).toContain('You have a new calendar address.')
    const renewed = await page.getByLabel('Your calendar address').inputValue()
    expect(renewed).not.toBe(address)
    expect((await fetch(address)).status).toBe(404)
    expect((await fetch(renewed)).status).toBe(200)
    // Guesses and other shapes get the same answer as a retired address.
    expect((await fetch(`${baseUrl()}/en/account/calendar/${account.id}-${'A'.repeat(32)}.ics`)).status).toBe(404)
    expect((await fetch(`${baseUrl()}/en/account/calendar/nothing.ics`)).status).toBe(404)
    await context.close()
  })

  it('asks a visitor to sign in for the calendar page', async () => {
    const res = await fetch(`${baseUrl()}/ru/account/calendar`, { redirect: 'manual' })
    expect([303, 307]).toContain(res.status)
    expect(res.headers.get('location')).toContain('/ru/account/sign-in?next=%2Fru%2Faccount%2Fcalendar')
  })
})
