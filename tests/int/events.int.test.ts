import ICAL from 'ical.js'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { publicEventsFeed } from '@/server/events/event-calendar'
import { loadEvent, loadEvents } from '@/server/events/event-list'
import { zonedTimeToUtc } from '@/server/events/time-zones'
import { searchSite } from '@/server/search-index/search-site'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const day = 24 * 3600 * 1000

describe(`events (${databaseKind})`, () => {
  let payload: Payload
  let webinar: number
  let expertMeeting: number
  const ids: Record<string, number> = {}

  async function event(key: string, data: Record<string, unknown>) {
    const start = Date.now() + Number(data.inDays ?? 10) * day
    const doc = await payload.create({
      collection: 'events',
      locale: 'en',
      data: {
        title: `${key} ${run}`,
        slug: `${key}-${run}`,
        type: webinar,
        startsAt: new Date(start).toISOString(),
        startsAt_tz: 'Europe/Prague',
        endsAt: new Date(start + 2 * 3600 * 1000).toISOString(),
        format: 'online',
        visibility: 'public',
        _status: 'published',
        ...data,
      } as never,
      overrideAccess: true,
    })
    ids[key] = doc.id
    return doc
  }

  beforeAll(async () => {
    payload = await testPayload()
    const types = await payload.find({ collection: 'event-types', where: { slug: { in: ['webinar', 'expert-meeting'] } }, depth: 0 })
    webinar = types.docs.find((t) => t.slug === 'webinar')!.id
    expertMeeting = types.docs.find((t) => t.slug === 'expert-meeting')!.id
    const area = (await payload.find({ collection: 'thematic-areas', where: { slug: { equals: 'integration' } }, depth: 0 })).docs[0].id
    await event('open-webinar', { inDays: 5, onlineLink: 'https://meet.example/secret-room' })
    await event('members-meeting', { inDays: 6, visibility: 'members', type: expertMeeting, thematicAreas: [area], format: 'in-person' })
    await event('invited-mission', { inDays: 7, visibility: 'invited' })
    await event('past-webinar', { inDays: -40 })
    await event('draft-webinar', { inDays: 8, _status: 'draft' })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  })

  const mine = (events: { slug: string }[]) => events.map((e) => e.slug).filter((s) => s.endsWith(run)).map((s) => s.replace(`-${run}`, ''))

  it('lists what each reader may see: visitors public events, members theirs too, never invited-only events or drafts', async () => {
    expect(mine((await loadEvents('en', { when: 'upcoming' }, null)).events)).toEqual(['open-webinar'])
    expect(mine((await loadEvents('en', { when: 'upcoming' }, { roles: ['learner'] })).events)).toEqual(['open-webinar'])
    expect(mine((await loadEvents('en', { when: 'upcoming' }, { roles: ['ncp'] })).events)).toEqual(['open-webinar', 'members-meeting'])
    expect(mine((await loadEvents('en', { when: 'past' }, null)).events)).toEqual(['past-webinar'])
    // By type and by thematic area (through the related documents' slugs).
    expect(mine((await loadEvents('en', { when: 'upcoming', type: 'expert-meeting' }, { roles: ['ncp'] })).events)).toEqual(['members-meeting'])
    expect(mine((await loadEvents('en', { when: 'upcoming', area: 'integration' }, { roles: ['ncp'] })).events)).toEqual(['members-meeting'])
    expect(mine((await loadEvents('en', { when: 'upcoming', type: 'training' }, { roles: ['ncp'] })).events)).toEqual([])
    expect(await loadEvent('en', `members-meeting-${run}`, null)).toBeUndefined()
    expect(await loadEvent('en', `invited-mission-${run}`, { roles: ['ncp', 'strategic-group'] })).toBeUndefined()
  })

  it('keeps the same rules on the API, and the link to an online meeting for the Secretariat', async () => {
    const learner = await makeUser(payload, ['learner'])
    const ncp = await makeUser(payload, ['ncp'])
    const secretariat = await makeUser(payload, ['secretariat'])
    const read = (user: unknown, id: number) => payload.findByID({ collection: 'events', id, user: user as never, overrideAccess: false, disableErrors: true, depth: 0 })
    expect(await read(learner, ids['members-meeting'])).toBeNull()
    expect(await read(ncp, ids['members-meeting'])).not.toBeNull()
    expect(await read(ncp, ids['invited-mission'])).toBeNull()
    expect((await read(ncp, ids['open-webinar']))?.onlineLink).toBeUndefined()
    expect((await read(secretariat, ids['open-webinar']))?.onlineLink).toBe('https://meet.example/secret-room')
    // Nor can it be fished for with a query.
    await expect(payload.find({ collection: 'events', where: { onlineLink: { like: 'secret' } }, user: ncp, overrideAccess: false })).rejects.toThrow(/cannot be queried/)
  })

  it('refuses an end before the start and a time zone it does not know, in the editor’s language', async () => {
    const start = new Date(Date.now() + 3 * day)
    const base = { title: 'x', slug: `bad-${run}`, type: webinar, format: 'online', visibility: 'public', startsAt: start.toISOString() }
    // An editor working in the Russian admin.
    const req = await createLocalReq({ req: { i18n: { language: 'ru' } } as never }, payload)
    const refusal = await payload.create({ collection: 'events', locale: 'ru', data: { ...base, endsAt: new Date(start.getTime() - 3600_000).toISOString() } as never, overrideAccess: true, req }).catch((error: { data?: { errors?: { path: string; message: string }[] } }) => error)
    expect((refusal as { data?: { errors?: { path: string; message: string }[] } }).data?.errors).toEqual([{ path: 'endsAt', message: 'Мероприятие не может закончиться раньше, чем начнётся.', label: expect.anything() }])
    await expect(payload.create({ collection: 'events', data: { ...base, startsAt_tz: 'Mars/Olympus', endsAt: start.toISOString() } as never, overrideAccess: true })).rejects.toThrow()
    // One event, one zone: the end follows the start's zone.
    const doc = await payload.create({ collection: 'events', data: { ...base, slug: `zones-${run}`, startsAt_tz: 'Asia/Almaty', endsAt: start.toISOString(), endsAt_tz: 'Europe/Lisbon' } as never, overrideAccess: true })
    expect(doc.endsAt_tz).toBe('Asia/Almaty')
  })

  it('finds public events for everyone and members’ events for members only in the one search', async () => {
    const hits = async (audience: 'public' | 'members') => (await searchSite(payload, { locale: 'en', audience, q: run, pageSize: 50 })).hits.map((h) => h.urlPath)
    expect(await hits('public')).toEqual(expect.arrayContaining([`/events/open-webinar-${run}`, `/events/past-webinar-${run}`]))
    expect(await hits('public')).not.toContain(`/events/members-meeting-${run}`)
    expect(await hits('members')).toContain(`/events/members-meeting-${run}`)
    for (const audience of ['public', 'members'] as const) expect(await hits(audience)).not.toContain(`/events/invited-mission-${run}`)
  })

  it('puts public events only in the iCalendar feed, in their own zone', async () => {
    const seminar = await payload.create({
      collection: 'events',
      data: { title: `Across DST ${run}`, slug: `dst-${run}`, type: webinar, format: 'online', visibility: 'public', startsAt: zonedTimeToUtc('Europe/Prague', 2027, 3, 26, 9).toISOString(), startsAt_tz: 'Europe/Prague', endsAt: zonedTimeToUtc('Europe/Prague', 2027, 3, 29, 17).toISOString(), _status: 'published' } as never,
      overrideAccess: true,
    })
    const calendar = new ICAL.Component(ICAL.parse(await publicEventsFeed('en')))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    const titles = events.map((e) => e.summary)
    expect(titles).toEqual(expect.arrayContaining([`open-webinar ${run}`, `Across DST ${run}`]))
    expect(titles).not.toContain(`members-meeting ${run}`)
    expect(titles).not.toContain(`invited-mission ${run}`)
    const dst = events.find((e) => e.summary === `Across DST ${run}`)!
    expect(dst.startDate.toString()).toBe('2027-03-26T09:00:00')
    expect(dst.endDate.toJSDate().toISOString()).toBe(seminar.endsAt)
  })
})
