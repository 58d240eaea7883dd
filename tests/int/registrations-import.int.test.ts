import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Registration, User } from '@/payload-types'
import { importRegistrations, type TImportReport } from '@/server/registrations/import-registrations'
import { registrationsCsv } from '@/server/registrations/registrations-csv'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const day = 24 * 3600 * 1000

/** The Secretariat's CSV import of registrations, with its dry run (issue #10). */
describe(`registrations import from CSV (${databaseKind})`, () => {
  let payload: Payload
  let staff: User

  async function event(key: string, registration: Record<string, unknown>) {
    const type = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'senior-officials-meeting' } }, depth: 0 })).docs[0].id
    const start = Date.now() + 40 * day
    return (
      await payload.create({
        collection: 'events',
        locale: 'en',
        data: { title: `Import ${key} ${run}`, slug: `import-${key}-${run}`, type, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), format: 'in-person', visibility: 'public', registration: { mode: 'nominated', approval: 'secretariat', askFor: ['organisation', 'needsVisa'], ...registration }, _status: 'published' } as never,
        overrideAccess: true,
      })
    ).id
  }
  const registrationsOf = async (eventId: number) =>
    (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, sort: 'id', limit: 100, depth: 0, overrideAccess: true })).docs as Registration[]
  const outbox = async (to: string) => (await payload.count({ collection: 'email-outbox', where: { to: { equals: to } }, overrideAccess: true })).totalDocs
  const asReport = (r: Awaited<ReturnType<typeof importRegistrations>>) => {
    if ('error' in r) throw new Error(r.error)
    return r as TImportReport
  }

  beforeAll(async () => {
    payload = await testPayload()
    staff = await makeUser(payload, ['secretariat'])
  })

  const file = (lines: string[]) => `\uFEFFname,email,language,state,status,organisation,job_title,needs_visa\r\n${lines.join('\r\n')}\r\n`
  const good = [
    `Ани Акопян,ani-${run}@example.test,ru,Armenia,approved,Миграционная служба,Head of unit,да`,
    `Giorgi Beridze,giorgi-${run}@example.test,en,GE,,"Public Service Hall, Tbilisi",,`,
    `Aigerim Nurlanovna,aigerim-${run}@example.test,EN,Казахстан,pending,'=Ministry,,no`,
  ]

  it('a dry run reports what each row would become, and saves nothing and sends nothing', async () => {
    const id = await event('dry', { capacity: 2 })
    const report = asReport(await importRegistrations(payload, staff, { eventId: id, csv: file(good), dryRun: true, locale: 'en' }))
    expect(report.saved).toBe(false)
    expect(report.rows.map((r) => [r.line, r.status, r.queueNumber ?? null, r.problem ?? null])).toEqual([
      [2, 'approved', null, null],
      [3, 'pending', null, null],
      // Two places: the third person would wait, first in line.
      [4, 'waitlisted', 1, null],
    ])
    expect(report.counts).toEqual({ rows: 3, problems: 0, approved: 1, pending: 1, waitlisted: 1 })
    expect(await registrationsOf(id)).toEqual([])
    expect(await outbox(`ani-${run}@example.test`)).toBe(0)
  })

  it('imports every row through the registration rules, with e-mails, keeping only what the event asks for', async () => {
    const id = await event('real', {})
    const report = asReport(await importRegistrations(payload, staff, { eventId: id, csv: file(good), dryRun: false, locale: 'en' }))
    expect(report.saved).toBe(true)
    const rows = await registrationsOf(id)
    expect(rows.map((r) => [r.email, r.status, r.language])).toEqual([
      [`ani-${run}@example.test`, 'approved', 'ru'],
      [`giorgi-${run}@example.test`, 'pending', 'en'],
      [`aigerim-${run}@example.test`, 'pending', 'en'],
    ])
    const states = await payload.find({ collection: 'participants', where: { isoCode: { in: ['AM', 'GE', 'KZ'] } }, depth: 0, overrideAccess: true })
    const iso = new Map(states.docs.map((s) => [s.id, s.isoCode]))
    expect(rows.map((r) => iso.get(r.state as number))).toEqual(['AM', 'GE', 'KZ'])
    // Asked for: organisation and visa; a job title is not kept. The export's formula guard is undone.
    expect(rows[0].answers).toMatchObject({ organisation: 'Миграционная служба', needsVisa: true, jobTitle: null })
    expect(rows[2].answers?.organisation).toBe('=Ministry')
    expect(await outbox(`ani-${run}@example.test`)).toBeGreaterThan(0)
  })

  it('saves no row when any row has a problem, and says which and why', async () => {
    const id = await event('problems', { quotaPerState: 1 })
    const lines = [
      ...good,
      `,nameless-${run}@example.test,en,,,,,`,
      `Bad Address,not-an-address,en,,,,,`,
      `Wrong Language,lang-${run}@example.test,de,,,,,`,
      `Nowhere,nowhere-${run}@example.test,en,Atlantis,,,,`,
      `Odd Status,status-${run}@example.test,en,,declined,,,`,
      `Ани again,ani-${run}@example.test,ru,,,,,`,
      `Second Armenian,am2-${run}@example.test,en,AM,,,,`,
    ]
    const report = asReport(await importRegistrations(payload, staff, { eventId: id, csv: file(lines), dryRun: false, locale: 'ru' }))
    expect(report.saved).toBe(false)
    expect(report.rows.map((r) => r.problem ?? null)).toEqual([null, null, null, 'name-missing', 'email-invalid', 'language-unknown', 'state-unknown', 'status-unknown', 'duplicate-in-file', 'quota-full'])
    expect(await registrationsOf(id)).toEqual([])
    expect(await outbox(`giorgi-${run}@example.test`)).toBe(1)
  })

  it('refuses an address already registered, and renews a withdrawn one', async () => {
    const id = await event('again', {})
    asReport(await importRegistrations(payload, staff, { eventId: id, csv: file(good.slice(0, 2)), dryRun: false, locale: 'en' }))
    const [ani] = await registrationsOf(id)
    await payload.update({ collection: 'registrations', id: ani.id, data: { status: 'withdrawn' }, overrideAccess: true })
    const again = asReport(await importRegistrations(payload, staff, { eventId: id, csv: file(good.slice(0, 2)), dryRun: true, locale: 'en' }))
    expect(again.rows.map((r) => [r.problem ?? null, r.renewed ?? null])).toEqual([[null, true], ['already-registered', null]])
  })

  it('reads back its own export (another event\'s participants for the next meeting)', async () => {
    const from = await event('from', {})
    asReport(await importRegistrations(payload, staff, { eventId: from, csv: file(good), dryRun: false, locale: 'en' }))
    const to = await event('to', {})
    const report = asReport(await importRegistrations(payload, staff, { eventId: to, csv: await registrationsCsv(payload, { event: from }), dryRun: false, locale: 'en' }))
    expect(report.counts).toMatchObject({ rows: 3, problems: 0 })
    expect((await registrationsOf(to)).map((r) => r.name)).toEqual(['Ани Акопян', 'Giorgi Beridze', 'Aigerim Nurlanovna'])
  })

  it('refuses files it cannot use, in words', async () => {
    const id = await event('files', {})
    expect(await importRegistrations(payload, staff, { eventId: id, csv: '', dryRun: true, locale: 'en' })).toEqual({ error: 'empty' })
    expect(await importRegistrations(payload, staff, { eventId: id, csv: 'who,where\r\na,b\r\n', dryRun: true, locale: 'en' })).toEqual({ error: 'columns-missing' })
    expect(await importRegistrations(payload, staff, { eventId: id, csv: 'name,email\r\n"unclosed,x\r\n', dryRun: true, locale: 'en' })).toEqual({ error: 'unreadable' })
    expect(await importRegistrations(payload, staff, { eventId: 999_999_999, csv: file(good), dryRun: true, locale: 'en' })).toEqual({ error: 'event-not-found' })
  })
})
