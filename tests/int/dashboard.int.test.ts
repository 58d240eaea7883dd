import fs from 'node:fs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { loadDashboard } from '@/server/account/dashboard'
import { nominate, registerSelf } from '@/server/registrations/registration-doors'
import { loadStateReports } from '@/server/action-plan/state-reports-page'
import { propose } from '@/server/proposals/proposal-doors'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const day = 24 * 3600 * 1000
const pdf = fs.readFileSync('tests/fixtures/sample.pdf')

/** The member dashboard: one's meetings, their papers, an NCP's delegates (issue #10). */
describe(`member dashboard (${databaseKind})`, () => {
  let payload: Payload
  let ncp: User
  let georgianNcp: User
  const events: Record<string, number> = {}

  async function event(key: string, inDays: number, registration: Record<string, unknown> = {}) {
    const type = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'ncp-meeting' } }, depth: 0 })).docs[0].id
    const start = Date.now() + inDays * day
    return (
      await payload.create({
        collection: 'events',
        locale: 'en',
        data: { title: `Dashboard ${key} ${run}`, slug: `dashboard-${key}-${run}`, type, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), format: 'in-person', visibility: 'members', registration: { mode: 'members', approval: 'automatic', ...registration }, _status: 'published' } as never,
        overrideAccess: true,
      })
    ).id
  }

  beforeAll(async () => {
    payload = await testPayload()
    const states = await payload.find({ collection: 'participants', where: { isoCode: { in: ['MD', 'GE'] } }, depth: 0 })
    const moldova = states.docs.find((s) => s.isoCode === 'MD')!.id
    const georgia = states.docs.find((s) => s.isoCode === 'GE')!.id
    ncp = await makeUser(payload, ['ncp'], { participant: moldova })
    georgianNcp = await makeUser(payload, ['ncp'], { participant: georgia })
    events.soon = await event('soon', 10)
    events.later = await event('later', 30)
    events.full = await event('full', 20, { capacity: 1 })
    events.gone = await event('gone', 40)
    const other = await makeUser(payload, ['ncp'])
    await registerSelf(payload, other, { eventId: events.full, locale: 'en', answers: {} })
    for (const key of ['soon', 'later', 'full', 'gone'] as const) {
      const result = await registerSelf(payload, ncp, { eventId: events[key], locale: 'en', answers: {} })
      if (!result.ok) throw new Error(`${key}: ${result.error}`)
      if (key === 'gone') await payload.update({ collection: 'registrations', id: result.registration.id, data: { status: 'withdrawn' }, overrideAccess: true })
    }
    await nominate(payload, ncp, { eventId: events.soon, locale: 'en', nominee: { name: 'Ion Rusu', email: `ion-${run}@example.test`, language: 'en', answers: {} } })
    await nominate(payload, georgianNcp, { eventId: events.soon, locale: 'en', nominee: { name: 'Nino Kapanadze', email: `nino-${run}@example.test`, language: 'en', answers: {} } })
    for (const [key, access] of [['soon', 'participants'], ['full', 'participants'], ['later', 'strategic-group']] as const) {
      await payload.create({ collection: 'meeting-documents', data: { title: `Paper ${key} ${run}`, event: events[key], access, language: 'en' } as never, file: { data: pdf, mimetype: 'application/pdf', name: `paper-${key}-${run}.pdf`, size: pdf.length }, overrideAccess: true })
    }
  })

  it('lists one\'s coming meetings in order with how each registration stands, and the papers one may read', async () => {
    const dashboard = await loadDashboard('en', ncp)
    expect(dashboard.upcoming.map((m) => [m.event.title.replace(` ${run}`, ''), m.status, m.position ?? null])).toEqual([
      ['Dashboard soon', 'approved', null],
      ['Dashboard full', 'waitlisted', 1],
      ['Dashboard later', 'approved', null],
    ])
    // The participants' paper of the meeting with a place; not the waiting one's, nor the Strategic Group's.
    expect(dashboard.documents.map((d) => [d.event.title.replace(` ${run}`, ''), d.documents.map((x) => x.title.replace(` ${run}`, ''))])).toEqual([['Dashboard soon', ['Paper soon']]])
  })

  it('shows an NCP its own state\'s delegates and no other state\'s', async () => {
    const counts = (rows: NonNullable<Awaited<ReturnType<typeof loadDashboard>>['delegation']>['rows']) =>
      rows.filter((r) => r.event.title.endsWith(run)).map((r) => [r.event.title.replace(` ${run}`, ''), r.counts])
    const dashboard = await loadDashboard('en', ncp)
    expect(dashboard.delegation!.state).toBe('Moldova')
    // The NCP and Ion Rusu in the first meeting; the NCP alone after; a withdrawn one counted as such. Never Georgia's.
    expect(counts(dashboard.delegation!.rows)).toEqual([
      ['Dashboard soon', { approved: 2 }],
      ['Dashboard full', { waitlisted: 1 }],
      ['Dashboard later', { approved: 1 }],
      ['Dashboard gone', { withdrawn: 1 }],
    ])
    // Of this test's meetings (other tests register Georgian delegates too).
    expect(counts((await loadDashboard('en', georgianNcp)).delegation!.rows)).toEqual([['Dashboard soon', { approved: 1 }]])
  })

  it('shows members the open proposals and an NCP its state\'s reports in the open period, and neither to a learner', async () => {
    const proposed = await propose(payload, georgianNcp, { topic: `Dashboard proposal ${run}`, thematicArea: (await payload.find({ collection: 'thematic-areas', limit: 1, depth: 0 })).docs[0].id, format: 'online', rationale: 'An exchange the NCPs asked for at their last meeting.' })
    if (!proposed.ok) throw new Error(proposed.error)
    const dashboard = await loadDashboard('en', ncp)
    expect(dashboard.proposals!.latest.map((p) => p.topic)).toContain(`Dashboard proposal ${run}`)
    expect(dashboard.proposals!.total).toBeGreaterThanOrEqual(1)
    const reports = dashboard.reports!
    const list = (await loadStateReports('en', ncp, String(reports.period.id)))!
    // The same figures as the state's working list (other tests may add reports and periods meanwhile, so both are read here).
    expect(reports.counts).toEqual(list.counts)
    expect(Object.values(reports.counts).reduce((a, b) => a + b, 0)).toBe(list.plan.reduce((n, a) => n + a.objectives.reduce((m, o) => m + o.actions.length, 0), 0))
    const learner = await loadDashboard('en', await makeUser(payload, ['learner']))
    expect({ proposals: learner.proposals, reports: learner.reports }).toEqual({ proposals: undefined, reports: undefined })
  })
})
