import { describe, expect, it } from 'vitest'
import { eventListQuery, parseEventFilters } from './event-params'
import { eventDay, formatEventDays, formatEventTime, formatEventWhen } from './event-time'
import { eventTimeZones, isEventTimeZone, offsetLabel, zonedTimeToUtc, zoneOfState } from './time-zones'

describe('event times', () => {
  it('turns a wall-clock time in a zone into the instant, on both sides of a change of daylight saving time', () => {
    expect(zonedTimeToUtc('Europe/Prague', 2027, 3, 26, 9).toISOString()).toBe('2027-03-26T08:00:00.000Z')
    expect(zonedTimeToUtc('Europe/Prague', 2027, 3, 29, 17).toISOString()).toBe('2027-03-29T15:00:00.000Z')
    expect(zonedTimeToUtc('Asia/Almaty', 2027, 6, 1, 9).toISOString()).toBe('2027-06-01T04:00:00.000Z')
    expect(zonedTimeToUtc('Europe/Chisinau', 2027, 10, 31, 12).toISOString()).toBe('2027-10-31T10:00:00.000Z')
  })

  it('shows an event in its own zone with the offset, in each language, and both offsets when they differ', () => {
    const start = '2027-05-12T07:30:00.000Z'
    // Spacing and joining words come from the ICU data of the Node version; the facts must not.
    const plain = (text: string) => text.replace(/[\s\u202f\u2009]+/g, ' ')
    expect(plain(formatEventWhen('en', start, '2027-05-12T15:00:00.000Z', 'Europe/Prague'))).toMatch(/^12 May 2027, 09:30 ?– ?17:00 \(UTC\+02:00\)$/)
    expect(plain(formatEventWhen('ru', start, '2027-05-14T15:00:00.000Z', 'Europe/Prague'))).toMatch(/^12 мая 2027 г\.,? (в )?09:30 – 14 мая 2027 г\.,? (в )?17:00 \(UTC\+02:00\)$/)
    expect(formatEventWhen('en', '2027-03-26T08:00:00.000Z', '2027-03-29T15:00:00.000Z', 'Europe/Prague')).toMatch(/\(UTC\+01:00 \/ UTC\+02:00\)$/)
    // The same instant is another day and hour in Almaty.
    expect(formatEventDays('en', '2027-05-12T20:00:00.000Z', '2027-05-12T21:00:00.000Z', 'Asia/Almaty')).toBe('13 May 2027')
    expect(formatEventTime('ru', '2027-05-12T20:00:00.000Z', 'Asia/Almaty')).toBe('01:00')
    expect(eventDay('2027-05-12T20:00:00.000Z', 'Europe/Prague')).toBe('2027-05-12')
    expect(offsetLabel('America/Sao_Paulo', new Date('2027-01-01T00:00:00Z'))).toBe('UTC−03:00')
  })

  it('offers a zone for every participating state, each one Intl knows', () => {
    expect(Object.keys(zoneOfState)).toHaveLength(50)
    for (const zone of eventTimeZones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow()
    expect(isEventTimeZone('Europe/Kyiv')).toBe(true)
    expect(isEventTimeZone('Mars/Olympus')).toBe(false)
    expect(eventTimeZones[0]).toBe('UTC')
  })
})

describe('events list parameters', () => {
  it('reads what it understands and drops the rest, and writes the same address back', () => {
    expect(parseEventFilters({ when: 'past', type: 'webinar', area: 'integration', page: '2' })).toEqual({ when: 'past', type: 'webinar', area: 'integration', page: 2 })
    expect(parseEventFilters({ when: 'future', type: '<script>', area: ['a', 'b'], page: '-1' })).toEqual({ when: 'upcoming', type: undefined, area: undefined, page: 1 })
    expect(eventListQuery({ when: 'past', type: 'webinar', page: 1 })).toBe('?when=past&type=webinar')
    expect(eventListQuery({ when: 'upcoming' })).toBe('')
  })
})

describe('event data for search engines', () => {
  it('writes local times with their offsets, on both sides of a change of daylight saving time', async () => {
    const { eventJsonLd, zonedIso } = await import('./event-json-ld')
    expect(zonedIso('2027-03-26T08:00:00.000Z', 'Europe/Prague')).toBe('2027-03-26T09:00:00+01:00')
    expect(zonedIso('2027-03-29T15:00:00.000Z', 'Europe/Prague')).toBe('2027-03-29T17:00:00+02:00')
    expect(zonedIso('2027-06-01T04:00:00.000Z', 'Asia/Almaty')).toBe('2027-06-01T09:00:00+05:00')
    const data = eventJsonLd({ title: 'Webinar', startsAt: '2027-01-10T10:00:00.000Z', endsAt: '2027-01-10T11:30:00.000Z', zone: 'UTC', format: 'online', path: '/en/events/webinar' }, 'en')
    expect(data).toMatchObject({ '@type': 'Event', startDate: '2027-01-10T10:00:00+00:00', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation' } })
  })
})
