import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { eventsCalendar } from './ical'
import { zonedTimeToUtc } from './time-zones'

/**
 * The calendar files are read back with an independent iCalendar implementation (Mozilla's
 * ical.js), which resolves each time through the VTIMEZONE the file carries: the instants must
 * be the ones stored, also across a change of daylight saving time.
 */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  // Zones from the file itself, not from ical.js's own knowledge.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return calendar
}

describe('iCalendar output', () => {
  // Summer time starts in Prague on Sunday 28 March 2027: the meeting begins in winter time and ends in summer time.
  const acrossDst = { id: 7, title: 'Совещание, итоги; планы', summary: 'Line one\nline two', startsAt: zonedTimeToUtc('Europe/Prague', 2027, 3, 26, 9).toISOString(), endsAt: zonedTimeToUtc('Europe/Prague', 2027, 3, 29, 17).toISOString(), zone: 'Europe/Prague', location: 'Чернинский дворец, Прага, Чехия', url: 'https://pp.example/ru/events/som', updatedAt: '2026-11-30T10:00:00.000Z' }
  const almaty = { id: 8, title: 'Training', startsAt: '2027-06-01T04:00:00.000Z', endsAt: '2027-06-03T12:00:00.000Z', zone: 'Asia/Almaty', url: 'https://pp.example/en/events/training' }

  it('gives each event its time zone, with a VTIMEZONE that turns the times back into the stored instants', () => {
    const text = eventsCalendar({ name: 'Мероприятия Пражского процесса', locale: 'ru', host: 'pp.example', events: [acrossDst, almaty] })
    const calendar = parse(text)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['Asia/Almaty', 'Europe/Prague'])
    const [first, second] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(first.uid).toBe('event-7@pp.example')
    expect(first.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Prague')
    expect(first.startDate.toString()).toBe('2027-03-26T09:00:00')
    expect(first.endDate.toString()).toBe('2027-03-29T17:00:00')
    // Winter time (UTC+1) at the start, summer time (UTC+2) at the end.
    expect(first.startDate.toJSDate().toISOString()).toBe('2027-03-26T08:00:00.000Z')
    expect(first.endDate.toJSDate().toISOString()).toBe('2027-03-29T15:00:00.000Z')
    expect(second.startDate.toJSDate().toISOString()).toBe(almaty.startsAt)
    expect(second.endDate.toJSDate().toISOString()).toBe(almaty.endsAt)
    // Text comes back as written: commas, semicolons, Cyrillic and line breaks escaped and unescaped.
    expect(first.summary).toBe('Совещание, итоги; планы')
    expect(first.location).toBe('Чернинский дворец, Прага, Чехия')
    expect(first.description).toBe('Line one\nline two\n\nhttps://pp.example/ru/events/som')
  })

  it('writes lines of at most 75 octets, ended by CRLF (RFC 5545, 3.1)', () => {
    const long = { ...acrossDst, title: 'Экспертная встреча по трудовой миграции и партнёрствам в области навыков и признанию квалификаций' }
    const text = eventsCalendar({ name: 'x', locale: 'ru', host: 'pp.example', events: [long] })
    expect(text.endsWith('\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!).summary).toBe(long.title)
  })
})
