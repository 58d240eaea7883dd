import fs from 'node:fs'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MeetingDocument, User } from '@/payload-types'
import { eventDocumentsForRoles, participantDocuments } from '@/server/events/event-documents'
import { decide, registerSelf } from '@/server/registrations/registration-doors'
import { indexContentDoc } from '@/server/search-index/index-sources'
import { searchSite } from '@/server/search-index/search-site'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const pdf = fs.readFileSync('tests/fixtures/sample.pdf')
const day = 24 * 3600 * 1000

/** Who reads which meeting document, through the API's rule and through the file URL (issue #10). */
describe(`meeting documents and their access levels (${databaseKind})`, () => {
  let payload: Payload
  let open: number
  let closed: number
  const docs: Record<string, MeetingDocument> = {}
  const people: Record<string, User | null> = {}

  async function event(key: string, visibility: 'public' | 'members' | 'invited') {
    const type = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'expert-meeting' } }, depth: 0 })).docs[0].id
    const start = Date.now() + 30 * day
    const doc = await payload.create({
      collection: 'events',
      locale: 'en',
      data: { title: `Documents ${key} ${run}`, slug: `documents-${key}-${run}`, type, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), format: 'in-person', visibility, registration: { mode: 'anyone', approval: 'secretariat' }, _status: 'published' } as never,
      overrideAccess: true,
    })
    return doc.id
  }
  const upload = (key: string, event: number, access: string, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'meeting-documents', locale: 'en', data: { title: `${key} ${run}`, event, access, language: 'en', ...extra } as never, file: { data: pdf, mimetype: 'application/pdf', name: `${key}-${run}.pdf`, size: pdf.length }, overrideAccess: true })
  const readable = async (user: User | null) =>
    (await payload.find({ collection: 'meeting-documents', where: { title: { like: run } }, limit: 100, depth: 0, user, overrideAccess: false })).docs.map((d) => d.title.replace(` ${run}`, '')).sort()

  /** The file URL's answer to this person, as its endpoint gives it (the same rule decides). */
  async function fileStatus(user: User | null, doc: MeetingDocument): Promise<number> {
    const endpoint = payload.collections['meeting-documents'].config.endpoints
    const handler = endpoint ? endpoint.find((e) => e.method === 'get' && e.path === '/file/:filename')!.handler : undefined
    const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } as never : undefined }, payload)
    Object.assign(req, { method: 'GET', routeParams: { filename: doc.filename }, searchParams: new URLSearchParams(), headers: new Headers() })
    return (await handler!(req)).status
  }

  beforeAll(async () => {
    payload = await testPayload()
    open = await event('open', 'public')
    closed = await event('closed', 'members')
    docs.public = await upload('public', open, 'public')
    docs.participants = await upload('participants', open, 'participants')
    docs.participantsRu = await upload('participants-ru', open, 'public', { editionOf: docs.participants.id, language: 'ru' })
    docs.ncp = await upload('ncp', open, 'ncp-network')
    docs.sg = await upload('sg', open, 'strategic-group')
    docs.secretariat = await upload('secretariat', open, 'secretariat')
    docs.membersEventPublic = await upload('members-event-public', closed, 'public')
    people.anonymous = null
    for (const key of ['approved', 'pending', 'learner'] as const) people[key] = await makeUser(payload, ['learner'])
    people.ncp = await makeUser(payload, ['ncp'])
    people.sg = await makeUser(payload, ['strategic-group'])
    people.secretariat = await makeUser(payload, ['secretariat'])
    for (const key of ['approved', 'pending'] as const) {
      const result = await registerSelf(payload, people[key], { eventId: open, locale: 'en', answers: {} })
      if (!result.ok) throw new Error(result.error)
      if (key === 'approved') await decide(payload, people.secretariat, { registrationId: result.registration.id, locale: 'en', decision: 'approved' })
    }
  })

  it('an edition takes its original\'s event and access level, and follows it when it changes', async () => {
    const edition = await payload.findByID({ collection: 'meeting-documents', id: docs.participantsRu.id, depth: 0, overrideAccess: true })
    expect({ access: edition.access, event: edition.event }).toEqual({ access: 'participants', event: open })
    await payload.update({ collection: 'meeting-documents', id: docs.participants.id, data: { access: 'ncp-network' }, overrideAccess: true })
    expect((await payload.findByID({ collection: 'meeting-documents', id: docs.participantsRu.id, depth: 0, overrideAccess: true })).access).toBe('ncp-network')
    await payload.update({ collection: 'meeting-documents', id: docs.participants.id, data: { access: 'participants' }, overrideAccess: true })
    expect((await payload.findByID({ collection: 'meeting-documents', id: docs.participantsRu.id, depth: 0, overrideAccess: true })).access).toBe('participants')
  })

  it('each level reaches exactly its readers, through the API and the file URL', async () => {
    const all = ['members-event-public', 'ncp', 'participants', 'participants-ru', 'public', 'secretariat', 'sg']
    const expected: Record<string, string[]> = {
      anonymous: ['public'],
      learner: ['public'],
      // Registered but not approved yet: nothing more than anyone.
      pending: ['public'],
      approved: ['participants', 'participants-ru', 'public'],
      // Members see the public documents of members' events too.
      ncp: ['members-event-public', 'ncp', 'public'],
      sg: ['members-event-public', 'public', 'sg'],
      secretariat: all,
    }
    const seen: Record<string, string[]> = {}
    const files: Record<string, string[]> = {}
    for (const [who, user] of Object.entries(people)) {
      seen[who] = await readable(user)
      files[who] = []
      for (const doc of Object.values(docs)) if ((await fileStatus(user, doc)) === 200) files[who].push(doc.title.replace(` ${run}`, ''))
      files[who].sort()
    }
    expect(seen).toEqual(expected)
    expect(files).toEqual(expected)
  })

  it('a refused file answers 403 like a missing one, so a stranger learns nothing', async () => {
    expect(await fileStatus(null, docs.secretariat)).toBe(403)
    expect(await fileStatus(null, { ...docs.secretariat, filename: `no-such-file-${run}.pdf` })).toBe(403)
    expect(await fileStatus(people.secretariat, { ...docs.secretariat, filename: `no-such-file-${run}.pdf` })).toBe(404)
  })

  it('the event page lists what the roles may read, the registration page what the participant may', async () => {
    const titles = (list: { title: string; files: unknown[] }[]) => list.map((d) => `${d.title.replace(` ${run}`, '')}:${d.files.length}`).sort()
    expect(titles(await eventDocumentsForRoles(open, 'en', null))).toEqual(['public:1'])
    expect(titles(await eventDocumentsForRoles(open, 'en', { roles: ['ncp'] }))).toEqual(['ncp:1', 'public:1'])
    // The participants' document with its Russian edition, as one document of two files.
    expect(titles(await participantDocuments(open, 'en', people.approved!))).toEqual(['participants:2'])
    expect(await participantDocuments(open, 'en', people.pending!)).toEqual([])
  })

  it('a withdrawn participant loses the participants\' documents', async () => {
    const reg = (await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: open } }, { person: { equals: people.approved!.id } }] }, depth: 0, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'registrations', id: reg.id, data: { status: 'withdrawn' }, overrideAccess: true })
    expect(await readable(people.approved)).toEqual(['public'])
    expect(await fileStatus(people.approved, docs.participants)).toBe(403)
  })

  it('refuses a file that is not what its name says', async () => {
    await expect(
      payload.create({ collection: 'meeting-documents', data: { title: `fake ${run}`, event: open, access: 'public', language: 'en' } as never, file: { data: Buffer.from('<html><script>alert(1)</script></html>'), mimetype: 'application/pdf', name: `fake-${run}.pdf`, size: 38 }, overrideAccess: true }),
    ).rejects.toThrow()
    // HTML named as a Word document: Payload reads the type from the bytes (none it allows).
    const html = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')
    await expect(
      payload.create({ collection: 'meeting-documents', data: { title: `fake docx ${run}`, event: open, access: 'public', language: 'en' } as never, file: { data: html, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: `fake-${run}.docx`, size: html.length }, overrideAccess: true }),
    ).rejects.toThrow(/invalid: file/)
    expect((await readable(people.secretariat)).filter((title) => title.startsWith('fake'))).toEqual([])
  })

  it('puts papers for everyone in the one search, for the readers of their event, and nothing narrower', async () => {
    for (const doc of Object.values(docs)) await indexContentDoc(payload, 'meeting-documents', doc.id)
    const found = async (audience: 'public' | 'members') =>
      (await searchSite(payload, { locale: 'en', audience, q: run, pageSize: 50 })).hits.filter((h) => h.kind === 'meeting-document').map((h) => [h.title.replace(` ${run}`, ''), h.urlPath]).sort()
    // The Russian edition was uploaded as for everyone, but an edition takes its original's level (participants).
    expect(await found('public')).toEqual([['public', `/events/documents-open-${run}#documents-title`]])
    expect(await found('members')).toEqual([['members-event-public', `/events/documents-closed-${run}#documents-title`], ['public', `/events/documents-open-${run}#documents-title`]])
    // The event becomes for invited people only: its papers leave search with it.
    await payload.update({ collection: 'events', id: closed, data: { visibility: 'invited' } as never, overrideAccess: true, context: { skipSearchIndexing: true } })
    await indexContentDoc(payload, 'events', closed)
    expect((await found('members')).map(([title]) => title)).toEqual(['public'])
  })
})
