import { dateTimeFormat } from '@/i18n/date-formats'
/**
 * The time zones an event of the Prague Process can be held in: each participating state's
 * (Russia and Kazakhstan have more than one; the main ones are listed), and UTC for online
 * events. IANA names, so that browsers, iCalendar and Intl agree.
 */
export const zoneOfState: Record<string, string> = {
  AL: 'Europe/Tirane', AM: 'Asia/Yerevan', AT: 'Europe/Vienna', AZ: 'Asia/Baku', BY: 'Europe/Minsk', BE: 'Europe/Brussels',
  BA: 'Europe/Sarajevo', BG: 'Europe/Sofia', HR: 'Europe/Zagreb', CY: 'Asia/Nicosia', CZ: 'Europe/Prague', DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GE: 'Asia/Tbilisi', DE: 'Europe/Berlin', GR: 'Europe/Athens',
  HU: 'Europe/Budapest', IE: 'Europe/Dublin', IT: 'Europe/Rome', KZ: 'Asia/Almaty', XK: 'Europe/Belgrade', KG: 'Asia/Bishkek',
  LV: 'Europe/Riga', LI: 'Europe/Vaduz', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', MT: 'Europe/Malta', MD: 'Europe/Chisinau',
  ME: 'Europe/Podgorica', NL: 'Europe/Amsterdam', MK: 'Europe/Skopje', NO: 'Europe/Oslo', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest', RU: 'Europe/Moscow', RS: 'Europe/Belgrade', SK: 'Europe/Bratislava', SI: 'Europe/Ljubljana', ES: 'Europe/Madrid',
  SE: 'Europe/Stockholm', CH: 'Europe/Zurich', TJ: 'Asia/Dushanbe', TR: 'Europe/Istanbul', TM: 'Asia/Ashgabat', UA: 'Europe/Kyiv',
  GB: 'Europe/London', UZ: 'Asia/Tashkent',
}

const otherZones = ['Asia/Aqtobe', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Vladivostok', 'Europe/Kaliningrad']

/** Every zone an editor may choose: UTC (online events) first, then by their offset in winter and name. */
export const eventTimeZones: string[] = [
  'UTC',
  ...[...new Set([...Object.values(zoneOfState), ...otherZones])].sort(
    (a, b) => offsetMinutes(a, new Date(Date.UTC(2026, 0, 15))) - offsetMinutes(b, new Date(Date.UTC(2026, 0, 15))) || a.localeCompare(b),
  ),
]

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(zone: string, at: Date): number {
  const parts = dateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at)
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '-' ? -minutes : minutes
}

/** `UTC+02:00`, as the offset is written next to a time. */
export function offsetLabel(zone: string, at: Date): string {
  const minutes = offsetMinutes(zone, at)
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

export function isEventTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && eventTimeZones.includes(zone)
}

/** The instant at which a wall-clock time in a zone happens (for seeds and imports). */
export function zonedTimeToUtc(zone: string, year: number, month: number, day: number, hour: number, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute)
  // Two passes settle the offset even next to a change of daylight saving time.
  let instant = guess - offsetMinutes(zone, new Date(guess)) * 60_000
  instant = guess - offsetMinutes(zone, new Date(instant)) * 60_000
  return new Date(instant)
}
