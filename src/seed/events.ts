import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { paragraphsToLexical } from '@/server/content/lexical'
import { zonedTimeToUtc } from '@/server/events/time-zones'
import { demoEvents, eventTypes, type SeedEvent, type SeedEventTime } from './data/events'
import { demoMeetingDocuments } from './data/meeting-documents'

type Lang = 'en' | 'ru'
const quiet = () => ({ skipRevisionBump: true, skipSearchIndexing: true })

/** The calendar day `days` after `from` in a zone, at a wall-clock time there. */
/** The demo's registration settings: the deadline at 18:00 in the event's zone, some days before. */
function registrationOf(event: SeedEvent, now: Date) {
  if (!event.registration) return { mode: 'none' as const }
  const { closesDaysBefore, ...rest } = event.registration
  const deadline = closesDaysBefore === undefined ? undefined : atZoneTime(event.zone, now, { inDays: event.starts.inDays - closesDaysBefore, hour: 18 })
  return { ...rest, deadline }
}

function atZoneTime(zone: string, from: Date, { inDays, hour, minute = 0 }: SeedEventTime, extraDays = 0): string {
  const day = new Date(from.getTime() + (inDays + extraDays) * 24 * 3600 * 1000)
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day).split('-').map(Number)
  return zonedTimeToUtc(zone, y, m, d, hour, minute).toISOString()
}

/** The event types and the demo meetings, in both languages, dated from `now`. */
export async function seedEvents(payload: Payload, refs: { areaIds: Map<string, string | number>; participantIdsByIso: Map<string, string | number> }, now = new Date()): Promise<void> {
  const typeIds = new Map<string, number>()
  for (const [order, type] of eventTypes.entries()) {
    const doc = await payload.create({ collection: 'event-types', locale: 'en', data: { slug: type.slug, name: type.name.en, order }, overrideAccess: true, context: quiet() })
    await payload.update({ collection: 'event-types', id: doc.id, locale: 'ru', data: { name: type.name.ru }, overrideAccess: true, context: quiet() })
    typeIds.set(type.slug, doc.id)
  }
  for (const event of demoEvents) {
    const state = (iso?: string) => (iso ? (refs.participantIdsByIso.get(iso) as number | undefined) : undefined)
    const texts = (lang: Lang) => ({
      title: event.title[lang],
      summary: event.summary[lang],
      description: paragraphsToLexical(event.description[lang]),
      venue: { city: event.city?.[lang], place: event.place?.[lang], country: state(event.country) },
    })
    const agenda = (event.agenda ?? []).map((s) => ({
      startsAt: atZoneTime(event.zone, now, { inDays: event.starts.inDays, hour: s.from[0], minute: s.from[1] }, s.day),
      startsAt_tz: event.zone,
      endsAt: atZoneTime(event.zone, now, { inDays: event.starts.inDays, hour: s.to[0], minute: s.to[1] }, s.day),
      endsAt_tz: event.zone,
    }))
    const doc = await payload.create({
      collection: 'events',
      locale: 'en',
      data: {
        ...texts('en'),
        slug: event.slug,
        type: typeIds.get(event.type)!,
        visibility: event.visibility,
        startsAt: atZoneTime(event.zone, now, event.starts),
        startsAt_tz: event.zone as never,
        endsAt: atZoneTime(event.zone, now, event.ends),
        endsAt_tz: event.zone as never,
        format: event.format,
        registration: registrationOf(event, now),
        host: state(event.host),
        interpretation: event.interpretation,
        thematicAreas: event.areas.map((slug) => refs.areaIds.get(slug) as number),
        agenda: agenda.map((times, i) => ({ ...times, title: event.agenda![i].title.en, speakers: event.agenda![i].speakers?.en })) as never,
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
    const sessionIds = (doc.agenda ?? []).map((row) => row.id)
    const papers = await seedMeetingDocuments(payload, doc.id, event.slug)
    await payload.update({
      collection: 'events',
      id: doc.id,
      locale: 'ru',
      data: {
        ...texts('ru'),
        agenda: (doc.agenda ?? []).map((row, i) => ({ ...agenda[i], id: sessionIds[i], title: event.agenda![i].title.ru, speakers: event.agenda![i].speakers?.ru, documents: papers.filter((p) => p.session === i).map((p) => p.id) })) as never,
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
  }
}

/**
 * The demo papers of one meeting: each English or only edition, then its Russian edition as a
 * language edition of it. Returns the originals with the agenda session they belong to.
 */
async function seedMeetingDocuments(payload: Payload, eventId: number, eventSlug: string): Promise<{ id: number; session?: number }[]> {
  const originals: { id: number; session?: number }[] = []
  for (const paper of demoMeetingDocuments.filter((d) => d.event === eventSlug)) {
    let original: number | undefined
    for (const language of paper.editions) {
      const name = `${paper.key}-${language}.pdf`
      const data = fs.readFileSync(path.join(process.cwd(), 'src/seed/files', name))
      const created = await payload.create({
        collection: 'meeting-documents',
        locale: 'en',
        data: { title: paper.title.en, event: eventId, access: paper.access, language, editionOf: original },
        file: { data, mimetype: 'application/pdf', name, size: data.length },
        overrideAccess: true,
        context: quiet(),
      })
      await payload.update({ collection: 'meeting-documents', id: created.id, locale: 'ru', data: { title: paper.title.ru }, overrideAccess: true, context: quiet() })
      if (original === undefined) {
        original = created.id
        originals.push({ id: created.id, session: paper.session })
      }
    }
  }
  return originals
}
