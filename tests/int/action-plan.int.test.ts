import type { Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { loadMonitoring } from '@/server/action-plan/monitoring'
import { exportProgress } from '@/server/action-plan/progress-export'
import { readReport, saveReport, type TReportInput } from '@/server/action-plan/report-doors'
import { loadStateReports } from '@/server/action-plan/state-reports-page'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)

/** Action-Plan monitoring: a state's reports from draft to acceptance, who reads what, and the figures (issue #10). */
describe(`action-plan monitoring (${databaseKind})`, () => {
  let payload: Payload
  const people: Record<string, User> = {}
  const state: Record<string, number> = {}
  let open: number
  let closed: number
  let actions: number[]

  const input = (action: number, extra: Partial<TReportInput> = {}): TReportInput => ({ period: open, action, progress: 'in-progress', narrative: 'The new border information exchange began in March with two neighbours.', evidence: [{ url: 'https://example.test/decree-15', label: 'Government decree 15' }], intent: 'draft', ...extra })
  const asUser = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

  beforeAll(async () => {
    payload = await testPayload()
    const states = await payload.find({ collection: 'participants', where: { isoCode: { in: ['AM', 'GE'] } }, depth: 0 })
    for (const s of states.docs) state[s.isoCode!] = s.id
    people.armenia = await makeUser(payload, ['ncp'], { participant: state.AM, preferredLanguage: 'ru' })
    people.armenia2 = await makeUser(payload, ['ncp'], { participant: state.AM })
    people.georgia = await makeUser(payload, ['ncp'], { participant: state.GE })
    people.sg = await makeUser(payload, ['strategic-group'])
    people.secretariat = await makeUser(payload, ['secretariat'])
    people.learner = await makeUser(payload, ['learner'])
    open = (await payload.create({ collection: 'reporting-periods', locale: 'en', data: { title: `Open ${run}`, startsOn: '2031-01-01', endsOn: '2031-12-31', deadline: '2032-03-31', status: 'open' }, overrideAccess: true })).id
    closed = (await payload.create({ collection: 'reporting-periods', locale: 'en', data: { title: `Closed ${run}`, startsOn: '2030-01-01', endsOn: '2030-12-31', deadline: '2031-03-31', status: 'closed' }, overrideAccess: true })).id
    actions = (await payload.find({ collection: 'action-plan-actions', sort: 'code', limit: 6, depth: 0, overrideAccess: true })).docs.map((a) => a.id)
  })

  it('lets a state’s NCP save a draft and send it, and keeps it from every other state', async () => {
    expect(await saveReport(payload, people.learner, input(actions[0]), 'en')).toEqual({ ok: false, error: 'not-allowed' })
    expect(await saveReport(payload, people.sg, input(actions[0]), 'en')).toEqual({ ok: false, error: 'not-allowed' })
    const draft = await saveReport(payload, people.armenia, input(actions[0]), 'en')
    if (!draft.ok) throw new Error(draft.error)
    expect(draft.value).toMatchObject({ status: 'draft', state: state.AM, progress: 'in-progress' })
    // The state's other NCP works on the same report.
    expect((await readReport(payload, people.armenia2, { period: open, action: actions[0], state: state.AM }))?.id).toBe(draft.value.id)
    // Another state's NCP: not by id, not in a list; the Strategic Group does not see drafts; a learner sees nothing.
    await expect(payload.findByID({ collection: 'action-reports', id: draft.value.id, ...asUser(people.georgia) })).rejects.toThrow()
    expect((await payload.find({ collection: 'action-reports', where: { state: { equals: state.AM } }, ...asUser(people.georgia) })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'action-reports', where: { id: { equals: draft.value.id } }, ...asUser(people.sg) })).totalDocs).toBe(0)
    await expect(payload.find({ collection: 'action-reports', ...asUser(people.learner) })).rejects.toThrow(/not allowed/)
    expect(await saveReport(payload, people.armenia, input(actions[0], { intent: 'submit', narrative: 'Too short' }), 'en')).toEqual({ ok: false, error: 'narrative-required' })
    const sent = await saveReport(payload, people.armenia2, input(actions[0], { intent: 'submit' }), 'en')
    expect(sent.ok && sent.value).toMatchObject({ status: 'submitted', submittedBy: people.armenia2.id })
    expect(sent.ok && sent.value.submittedAt).toBeTruthy()
    expect((await payload.find({ collection: 'action-reports', where: { id: { equals: draft.value.id } }, ...asUser(people.sg) })).totalDocs).toBe(1)
    // Sent is the Secretariat's: the state cannot change it any more.
    expect(await saveReport(payload, people.armenia, input(actions[0], { narrative: 'Changed after sending, which must not stick.' }), 'en')).toEqual({ ok: false, error: 'already-sent' })
    // Not the Secretariat's door either, through the API: an NCP cannot write.
    await expect(payload.update({ collection: 'action-reports', id: draft.value.id, data: { status: 'accepted' }, ...asUser(people.armenia) })).rejects.toThrow()
  })

  it('is returned by the Secretariat with a reason, e-mailed to the sender in their language, and sent again', async () => {
    const saved = await saveReport(payload, people.armenia, input(actions[1], { intent: 'submit' }), 'ru')
    if (!saved.ok) throw new Error(saved.error)
    await expect(payload.update({ collection: 'action-reports', id: saved.value.id, data: { status: 'returned' }, ...asUser(people.secretariat) })).rejects.toThrow()
    const returned = await payload.update({ collection: 'action-reports', id: saved.value.id, data: { status: 'returned', returnReason: 'Please add the date of the decree.' }, depth: 0, ...asUser(people.secretariat) })
    expect(returned).toMatchObject({ status: 'returned', reviewedBy: people.secretariat.id })
    const mail = (await payload.find({ collection: 'email-outbox', where: { to: { equals: people.armenia.email } }, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]
    expect(mail.subject).toMatch(/возвращён на доработку/)
    expect(mail.text).toContain('Please add the date of the decree.')
    // A draft keeps it returned, with the reason in view; sending again clears the reason.
    const draft = await saveReport(payload, people.armenia2, input(actions[1], { narrative: 'Decree 15 of 2 March 2031 set up the exchange with two neighbours.' }), 'en')
    expect(draft.ok && draft.value).toMatchObject({ status: 'returned', returnReason: 'Please add the date of the decree.' })
    const again = await saveReport(payload, people.armenia2, input(actions[1], { intent: 'submit', narrative: 'Decree 15 of 2 March 2031 set up the exchange with two neighbours.' }), 'en')
    expect(again.ok && again.value).toMatchObject({ status: 'submitted', returnReason: null })
    const accepted = await payload.update({ collection: 'action-reports', id: saved.value.id, data: { status: 'accepted' }, ...asUser(people.secretariat) })
    expect(accepted.status).toBe('accepted')
    const versions = await payload.findVersions({ collection: 'action-reports', where: { parent: { equals: saved.value.id } }, overrideAccess: true })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(4)
    // The history is the Secretariat's: not the state's, not another state's.
    for (const reader of [people.armenia, people.georgia]) await expect(payload.findVersions({ collection: 'action-reports', where: { parent: { equals: saved.value.id } }, ...asUser(reader) })).rejects.toThrow(/not allowed/)
  })

  it('refuses reports for a closed period, and makes one report of two saves at once', async () => {
    expect(await saveReport(payload, people.armenia, { ...input(actions[2]), period: closed }, 'en')).toEqual({ ok: false, error: 'period-closed' })
    const results = await Promise.all([saveReport(payload, people.armenia, input(actions[2]), 'en'), saveReport(payload, people.armenia2, input(actions[2], { progress: 'completed' }), 'en')])
    expect(results.every((r) => r.ok)).toBe(true)
    const found = await payload.find({ collection: 'action-reports', where: { and: [{ period: { equals: open } }, { action: { equals: actions[2] } }, { state: { equals: state.AM } }] }, overrideAccess: true })
    expect(found.totalDocs).toBe(1)
  })

  it('counts only sent reports in the figures, shows every state to the Strategic Group and only its own to an NCP', async () => {
    await saveReport(payload, people.georgia, input(actions[0], { intent: 'submit', progress: 'completed' }), 'en')
    const bySg = (await loadMonitoring('en', people.sg, open))!
    // Armenia: one sent (actions[0]) and one accepted (actions[1]); actions[2] is a draft. Georgia: one sent.
    expect(bySg.summary!.overall).toMatchObject({ reported: 3, completed: 1, 'in-progress': 2 })
    const armenia = bySg.summary!.states.find((s) => s.state.id === state.AM)!
    expect(armenia.tally).toMatchObject({ reported: 2, expected: bySg.summary!.overall.expected / bySg.summary!.states.length })
    expect(bySg.ownState).toBeUndefined()
    const byNcp = (await loadMonitoring('en', people.georgia, open))!
    expect(byNcp.summary!.states).toEqual([])
    expect(byNcp.ownState).toMatchObject({ id: state.GE, mayReport: true })
    expect(byNcp.ownState!.tally).toMatchObject({ reported: 1, completed: 1 })
    expect(await loadMonitoring('en', people.learner, open)).toBeUndefined()
    // The state's working list: an NCP sees its own state only, whatever it asks for.
    const list = (await loadStateReports('en', people.georgia, String(open), String(state.AM)))!
    expect(list.state.id).toBe(state.GE)
    expect(list.counts.submitted).toBe(1)
    const bySecretariat = (await loadStateReports('en', people.secretariat, String(open), String(state.AM)))!
    expect(bySecretariat.counts).toMatchObject({ submitted: 1, accepted: 1, draft: 1 })
  })

  it('exports the figures as the reader sees them: CSV with own state only for an NCP, every state for the Strategic Group, and a PDF', async () => {
    const ncp = await exportProgress('ru', people.georgia, open, 'csv')
    const names = await payload.find({ collection: 'participants', where: { id: { in: [state.AM, state.GE] } }, locale: 'ru', depth: 0, overrideAccess: true })
    const russian = (id: number) => names.docs.find((d) => d.id === id)!.name
    expect(String(ncp!.body)).toContain(russian(state.GE))
    expect(String(ncp!.body)).not.toContain(russian(state.AM))
    const sg = await exportProgress('en', people.sg, open, 'csv')
    expect(String(sg!.body)).toContain('Armenia')
    expect(String(sg!.body).startsWith('\uFEFFlevel,code,name,expected,reported')).toBe(true)
    const pdf = await exportProgress('ru', people.sg, open, 'pdf')
    expect(Buffer.from(pdf!.body as Uint8Array).subarray(0, 5).toString()).toBe('%PDF-')
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf!.body as Uint8Array)), { mergePages: true })).text
    expect(text).toContain('Выполнение Плана действий на 2023–2027 годы')
    expect(text).toContain(russian(state.AM))
    expect(text).toContain('Ход выполнения по государствам')
    expect(await exportProgress('en', people.learner, open, 'csv')).toBeUndefined()
  })
})
