import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { loadProposal } from '@/server/proposals/proposal-page'
import { comment, decide, makeDraftEvent, propose, support, withdrawProposal, type TProposalInput } from '@/server/proposals/proposal-doors'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)

/** Expert-meeting proposals from proposal to draft event (issue #10). */
describe(`expert-meeting proposals (${databaseKind})`, () => {
  let payload: Payload
  const people: Record<string, User> = {}
  let input: TProposalInput

  beforeAll(async () => {
    payload = await testPayload()
    const states = await payload.find({ collection: 'participants', where: { isoCode: { in: ['AM', 'GE', 'TR'] } }, depth: 0 })
    const id = (iso: string) => states.docs.find((s) => s.isoCode === iso)!.id
    people.armenia = await makeUser(payload, ['ncp'], { participant: id('AM'), preferredLanguage: 'ru' })
    people.georgia = await makeUser(payload, ['ncp'], { participant: id('GE') })
    people.georgia2 = await makeUser(payload, ['ncp'], { participant: id('GE') })
    people.sg = await makeUser(payload, ['strategic-group'])
    people.secretariat = await makeUser(payload, ['secretariat'])
    people.learner = await makeUser(payload, ['learner'])
    const area = (await payload.find({ collection: 'thematic-areas', limit: 1, depth: 0 })).docs[0].id
    input = { topic: `Labour migration and skills partnerships ${run}`, thematicArea: area, hostState: id('TR'), format: 'in-person', tentativeFrom: '2027-05-11', tentativeTo: '2027-05-12', rationale: 'States asked for an exchange on skills partnerships with countries of destination.' }
  })

  it('lets NCPs propose, other states support once each, members comment, and no one else in', async () => {
    expect(await propose(payload, people.learner, input)).toEqual({ ok: false, error: 'not-allowed' })
    expect(await propose(payload, people.sg, input)).toEqual({ ok: false, error: 'not-allowed' })
    const proposed = await propose(payload, people.armenia, input)
    if (!proposed.ok) throw new Error(proposed.error)
    const id = proposed.value.id
    expect(await support(payload, people.armenia, id)).toEqual({ ok: false, error: 'own-proposal' })
    // Two NCPs of one state and the same NCP twice: one state supports.
    await Promise.all([support(payload, people.georgia, id), support(payload, people.georgia2, id), support(payload, people.georgia, id)])
    await Promise.all([comment(payload, people.georgia, { proposalId: id, text: 'Georgia could share its circular migration scheme.' }), comment(payload, people.sg, { proposalId: id, text: 'Please add a session on recognition of qualifications.' })])
    expect(await comment(payload, people.learner, { proposalId: id, text: 'x' })).toEqual({ ok: false, error: 'not-allowed' })
    const view = (await loadProposal('en', people.georgia, id))!
    expect(view.supporterStates).toEqual(['Georgia'])
    expect(view.comments.map((c) => c.text).sort()).toEqual(['Georgia could share its circular migration scheme.', 'Please add a session on recognition of qualifications.'])
    expect({ maySupport: view.maySupport, supported: view.supported, mayDecide: view.mayDecide }).toEqual({ maySupport: false, supported: true, mayDecide: false })
    expect(await loadProposal('en', people.learner, id)).toBeUndefined()
    await expect(payload.find({ collection: 'proposals', user: people.learner, overrideAccess: false })).rejects.toThrow(/not allowed/)
  })

  it('is decided by the Strategic Group with a reason for a decline, tells the proposer, and keeps the history', async () => {
    const proposed = await propose(payload, people.armenia, { ...input, topic: `Declined ${input.topic}` })
    if (!proposed.ok) throw new Error(proposed.error)
    expect(await decide(payload, people.georgia, { proposalId: proposed.value.id, decision: 'declined', reason: 'x', locale: 'en' })).toEqual({ ok: false, error: 'not-allowed' })
    expect(await decide(payload, people.sg, { proposalId: proposed.value.id, decision: 'declined', locale: 'en' })).toEqual({ ok: false, error: 'reason-required' })
    const declined = await decide(payload, people.sg, { proposalId: proposed.value.id, decision: 'declined', reason: 'The topic is covered by the ministerial conference.', locale: 'en' })
    expect(declined.ok && declined.value.status).toBe('declined')
    expect(declined.ok && declined.value.decidedBy).toBe(people.sg.id)
    // Decided is decided: no support, no comment, no second decision.
    expect(await support(payload, people.georgia, proposed.value.id)).toEqual({ ok: false, error: 'decided' })
    expect(await decide(payload, people.secretariat, { proposalId: proposed.value.id, decision: 'agreed', locale: 'en' })).toEqual({ ok: false, error: 'decided' })
    const mail = (await payload.find({ collection: 'email-outbox', where: { to: { equals: people.armenia.email } }, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]
    expect(mail.subject).toBe(`Предложение отклонено: Declined ${input.topic}`)
    expect(mail.text).toContain('The topic is covered by the ministerial conference.')
    const versions = await payload.findVersions({ collection: 'proposals', where: { parent: { equals: proposed.value.id } }, overrideAccess: true })
    expect(versions.docs.map((v) => v.version.status).sort()).toEqual(['declined', 'open'])
  })

  it('becomes a draft event for members in one click, once, on the tentative dates in the host\'s time zone', async () => {
    const proposed = await propose(payload, people.armenia, { ...input, topic: `Agreed ${input.topic}` })
    if (!proposed.ok) throw new Error(proposed.error)
    expect(await makeDraftEvent(payload, people.secretariat, proposed.value.id)).toEqual({ ok: false, error: 'decided' })
    await decide(payload, people.secretariat, { proposalId: proposed.value.id, decision: 'agreed', locale: 'en' })
    expect(await makeDraftEvent(payload, people.sg, proposed.value.id)).toEqual({ ok: false, error: 'not-allowed' })
    const made = await makeDraftEvent(payload, people.secretariat, proposed.value.id)
    if (!made.ok) throw new Error(made.error)
    expect(await makeDraftEvent(payload, people.secretariat, proposed.value.id)).toEqual({ ok: true, value: made.value })
    const event = await payload.findByID({ collection: 'events', id: made.value, draft: true, depth: 0, overrideAccess: true })
    expect({ status: event._status, visibility: event.visibility, title: event.title, zone: event.startsAt_tz, format: event.format }).toEqual({ status: 'draft', visibility: 'members', title: `Agreed ${input.topic}`, zone: 'Europe/Istanbul', format: 'in-person' })
    // 09:00 in Istanbul (UTC+3) on the first day, 17:00 on the last.
    expect([event.startsAt, event.endsAt]).toEqual(['2027-05-11T06:00:00.000Z', '2027-05-12T14:00:00.000Z'])
    // A draft is not on the public calendar.
    expect((await payload.find({ collection: 'events', where: { id: { equals: made.value } }, overrideAccess: false })).docs).toEqual([])
  })

  it('can be withdrawn by its proposer only, while open', async () => {
    const proposed = await propose(payload, people.armenia, { ...input, topic: `Withdrawn ${input.topic}` })
    if (!proposed.ok) throw new Error(proposed.error)
    expect(await withdrawProposal(payload, people.georgia, proposed.value.id)).toEqual({ ok: false, error: 'not-allowed' })
    expect((await withdrawProposal(payload, people.armenia, proposed.value.id)).ok).toBe(true)
  })
})
