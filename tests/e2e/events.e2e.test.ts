import ICAL from 'ical.js'
import { afterAll, describe, expect, it } from 'vitest'
import { apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage } from './helpers'

/** The public calendar as readers and calendar applications use it (demo meetings from the seed). */
describe(`events calendar (${databaseKind()})`, () => {
  afterAll(closeBrowser)

  const text = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${baseUrl()}${path}`, { headers })
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text(), cache: res.headers.get('x-page-cache') }
  }
  const calendar = (body: string) => {
    const component = new ICAL.Component(ICAL.parse(body))
    for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
    return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  }

  it('lists upcoming public events in both languages, members’ events only for members', async () => {
    const en = await text('/en/events')
    expect(en.status).toBe(200)
    expect(en.body).toContain('Senior Officials’ Meeting of the Prague Process')
    expect(en.body).toContain('Webinar: digital tools in asylum procedures')
    expect(en.body).not.toContain('Expert meeting on labour migration')
    expect(en.body).not.toContain('Meeting of the Strategic Group') // past
    const ru = await text('/ru/events')
    expect(ru.body).toContain('Совещание старших должностных лиц Пражского процесса')
    expect(ru.body).toContain('Вебинар')
    // A member sees the expert meeting, in a copy shared by all members (issue #12).
    const ncp = await createAccount(await apiToken(), ['ncp'])
    const cookie = `payload-token=${await apiToken(ncp.email, ncp.password)}`
    const member = await text('/en/events', { cookie, 'sec-fetch-site': 'same-origin' })
    expect(member.body).toContain('Expert meeting on labour migration and skills partnerships')
    expect((await text('/en/events/expert-meeting-labour-migration')).status).toBe(404)
    expect((await text('/en/events/expert-meeting-labour-migration', { cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    const rest = await fetch(`${baseUrl()}/api/events?where[slug][equals]=expert-meeting-labour-migration`)
    expect(((await rest.json()) as { docs: unknown[] }).docs).toEqual([])
  })

  it('filters by type and shows past events, without JavaScript', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await page.goto('/en/events')
    await page.getByRole('link', { name: 'Past' }).click()
    await page.getByLabel('Type').selectOption({ label: 'Strategic Group meeting' })
    await page.getByRole('button', { name: 'Show' }).click()
    expect(new URL(page.url()).search).toBe('?when=past&type=strategic-group-meeting&area=')
    expect(await page.locator('.event-list h2').allTextContents()).toEqual(['Meeting of the Strategic Group'])
    await context.close()
  })

  it('shows an event in its own time zone with the offset, its agenda, and a calendar file that says the same', async () => {
    const page = await text('/en/events/senior-officials-meeting-prague')
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/09:30.*\(UTC\+0[12]:00\)/)
    expect(page.body).toContain('Czernin Palace, Prague, Czech Republic')
    // schema.org data for search engines: local time with its offset.
    expect(page.body).toMatch(/"startDate":"\d{4}-\d{2}-\d{2}T09:30:00\+0[12]:00"/)
    expect(page.body).toContain('English, Russian')
    expect(page.body).toContain('Implementation of the Action Plan: results of the year')
    const ru = await text('/ru/events/senior-officials-meeting-prague')
    expect(ru.body).toContain('Чернинский дворец, Прага, Чехия')
    expect(ru.body).toContain('английский, русский')

    const file = await text('/en/events/senior-officials-meeting-prague/calendar.ics')
    expect(file.type).toBe('text/calendar; charset=utf-8')
    const [event] = calendar(file.body)
    expect(event.summary).toBe('Senior Officials’ Meeting of the Prague Process')
    expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Prague')
    expect(event.startDate.hour).toBe(9)
    expect(event.startDate.minute).toBe(30)
    const api = await fetch(`${baseUrl()}/api/events?where[slug][equals]=senior-officials-meeting-prague&depth=0`)
    const [stored] = ((await api.json()) as { docs: { startsAt: string }[] }).docs
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(stored.startsAt).toISOString())
    expect(event.location).toBe('Czernin Palace, Prague, Czech Republic')
    expect((await text('/en/events/expert-meeting-labour-migration/calendar.ics')).status).toBe(404)
  })

  it('offers a feed of public events for calendar applications, of all types or one', async () => {
    const all = await text('/ru/events/calendar.ics')
    expect(all.type).toBe('text/calendar; charset=utf-8')
    const titles = calendar(all.body).map((e) => e.summary)
    expect(titles).toEqual(expect.arrayContaining(['Совещание старших должностных лиц Пражского процесса', 'Вебинар: цифровые инструменты в процедурах предоставления убежища', 'Заседание Стратегической группы']))
    expect(titles).not.toContain('Экспертная встреча по трудовой миграции и партнёрствам в области навыков')
    const webinars = calendar((await text('/en/events/calendar.ics?type=webinar&utm_source=x')).body).map((e) => e.summary)
    expect(webinars).toEqual(['Webinar: digital tools in asylum procedures'])
    // Calendar applications poll: the feed is served from the page cache like a page.
    await text('/en/events/calendar.ics')
    expect((await text('/en/events/calendar.ics')).cache).toBe('hit')
  })
})
