import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { env } from '@/env'
import type { User } from '@/payload-types'
import { currentFeedName, ownerOfFeed, personalEventsFeed, personalFeedName, renewPersonalFeed } from '@/server/events/personal-calendar'
import { registerSelf } from '@/server/registrations/registration-doors'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const day = 24 * 3600 * 1000

/** The personal calendar feed behind a secret address (issue #10). */
describe(`personal calendar feed (${databaseKind})`, () => {
  let payload: Payload
  let person: User
  let other: User
  const events: Record<string, number> = {}

  async function event(key: string, registration: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const type = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'webinar' } }, depth: 0 })).docs[0].id
    const start = Math.floor((Date.now() + 10 * day) / 60_000) * 60_000
    const doc = await payload.create({
      collection: 'events',
      locale: 'en',
      data: { title: `Feed ${key} ${run}`, slug: `feed-${key}-${run}`, type, startsAt: new Date(start).toISOString(), startsAt_tz: 'Asia/Almaty', endsAt: new Date(start + 7200_000).toISOString(), format: 'online', onlineLink: `https://meet.example.test/${key}-${run}`, visibility: 'public', registration: { mode: 'anyone', ...registration }, _status: 'published', ...extra } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'events', id: doc.id, locale: 'ru', data: { title: `Календарь ${key} ${run}` }, overrideAccess: true })
    return doc.id
  }

  beforeAll(async () => {
    payload = await testPayload()
    person = await makeUser(payload, ['learner'])
    other = await makeUser(payload, ['learner'])
    events.approved = await event('approved', { approval: 'automatic' })
    events.pending = await event('pending', { approval: 'secretariat' })
    events.waiting = await event('waiting', { approval: 'automatic', capacity: 1 })
    events.withdrawn = await event('withdrawn', { approval: 'automatic' })
    // Invited only: not on the public calendar, but one's own meeting is in one's own feed.
    events.invited = await event('invited', { approval: 'automatic' }, { visibility: 'invited' })
    events.unrelated = await event('unrelated', { approval: 'automatic' })
    await registerSelf(payload, other, { eventId: events.waiting, locale: 'en', answers: {} })
    for (const key of ['approved', 'pending', 'waiting', 'withdrawn'] as const) {
      const result = await registerSelf(payload, person, { eventId: events[key], locale: 'en', answers: {} })
      if (!result.ok) throw new Error(`${key}: ${result.error}`)
      if (key === 'withdrawn') await payload.update({ collection: 'registrations', id: result.registration.id, data: { status: 'withdrawn' }, overrideAccess: true })
    }
    await payload.create({ collection: 'registrations', data: { event: events.invited, name: 'Invited', email: person.email, language: 'en' } as never, overrideAccess: true })
  })

  it('holds one\'s active registrations, says which are not approved yet, in the reader\'s language, with time zones and no online link', async () => {
    const text = await personalEventsFeed(payload, 'ru', person)
    const calendar = new ICAL.Component(ICAL.parse(text))
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary'))).sort()
    expect(summaries).toEqual([
      `Календарь approved ${run}`,
      `Календарь invited ${run}`,
      `Календарь pending ${run} (регистрация на рассмотрении)`,
      `Календарь waiting ${run} (лист ожидания)`,
    ])
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Almaty'])
    expect(text).not.toContain('meet.example.test')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Мои мероприятия Пражского процесса')
  })

  it('answers only the account\'s current key; a new address retires the old one', async () => {
    const name = personalFeedName(env.secret, person)
    expect((await ownerOfFeed(payload, env.secret, name))?.id).toBe(person.id)
    // Another account's number with this key, a changed character, a malformed name: nobody.
    expect(await ownerOfFeed(payload, env.secret, name.replace(String(person.id), String(other.id)))).toBeUndefined()
    const key = name.split('-').slice(1).join('-')
    expect(await ownerOfFeed(payload, env.secret, `${person.id}-${(key[0] === 'A' ? 'B' : 'A') + key.slice(1)}`)).toBeUndefined()
    expect(await ownerOfFeed(payload, env.secret, '../../etc/passwd')).toBeUndefined()
    expect(await ownerOfFeed(payload, env.secret, `99999999-${key}`)).toBeUndefined()
    // Another secret (another installation) makes other keys.
    expect(await ownerOfFeed(payload, `${env.secret}-other`, name)).toBeUndefined()

    await renewPersonalFeed(payload, person)
    const newName = await currentFeedName(payload, env.secret, person.id)
    expect(newName).not.toBe(name)
    expect(await ownerOfFeed(payload, env.secret, name)).toBeUndefined()
    expect((await ownerOfFeed(payload, env.secret, newName))?.id).toBe(person.id)
  })

  it('keeps the address version out of the API', async () => {
    const self = await payload.findByID({ collection: 'users', id: person.id, user: person, overrideAccess: false })
    expect(self).not.toHaveProperty('calendarFeedVersion')
    await payload.update({ collection: 'users', id: person.id, data: { calendarFeedVersion: 0 } as never, user: person, overrideAccess: false })
    expect((await payload.findByID({ collection: 'users', id: person.id, overrideAccess: true, showHiddenFields: true })).calendarFeedVersion).toBeGreaterThan(0)
  })
})
