import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

type Doc = { id: number; title: string; url: string; filename: string }

/**
 * Meeting documents through every door (issue #10): REST, GraphQL, the file URL (GET and HEAD)
 * and the site's pages, for each kind of reader, against the production build.
 */
describe(`meeting documents through every door (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string
  let event: { id: number; slug: string }
  const docs: Record<string, Doc> = {}
  const tokens: Record<string, string | undefined> = {}
  const accounts: Record<string, { email: string; password: string }> = {}

  async function upload(key: string, access: string, extra: Record<string, unknown> = {}): Promise<Doc> {
    const form = new FormData()
    form.append('file', new Blob([fs.readFileSync('tests/fixtures/sample.pdf')], { type: 'application/pdf' }), `${key}-${run}.pdf`)
    form.append('_payload', JSON.stringify({ title: `${key} ${run}`, event: event.id, access, language: 'en', ...extra }))
    const res = await fetch(`${baseUrl()}/api/meeting-documents?locale=en`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    const body = await res.json()
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`)
    return body.doc
  }

  beforeAll(async () => {
    token = await apiToken()
    const types = await api<{ docs: { id: number }[] }>('/api/event-types?where[slug][equals]=expert-meeting', { token })
    const start = Math.floor((Date.now() + 50 * 24 * 3600 * 1000) / 60_000) * 60_000
    const created = await api<{ doc: { id: number; slug: string } }>('/api/events?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: `Papers ${run}`, slug: `papers-${run}`, type: types.body.docs[0].id, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), format: 'in-person', visibility: 'public', registration: { mode: 'anyone' }, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    event = created.body.doc
    for (const [key, access] of [['public', 'public'], ['participants', 'participants'], ['ncp', 'ncp-network'], ['sg', 'strategic-group'], ['secretariat', 'secretariat']]) docs[key] = await upload(key, access)
    tokens.anonymous = undefined
    for (const [key, roles] of [['learner', ['learner']], ['participant', ['learner']], ['ncp', ['ncp']], ['sg', ['strategic-group']]] as const) {
      accounts[key] = await createAccount(token, [...roles])
      tokens[key] = await apiToken(accounts[key].email, accounts[key].password)
    }
    tokens.admin = token
    const me = await api<{ user: { id: number } }>('/api/users/me', { token: tokens.participant })
    const reg = await api<{ doc: { id: number } }>('/api/registrations', { method: 'POST', token, body: JSON.stringify({ event: event.id, person: me.body.user.id, name: 'Participant', email: accounts.participant.email, language: 'en' }) })
    expect(reg.status).toBe(201)
    expect((await api(`/api/registrations/${reg.body.doc.id}`, { method: 'PATCH', token, body: JSON.stringify({ status: 'approved' }) })).status).toBe(200)
  })
  afterAll(closeBrowser)

  it('each reader gets the same documents from REST, GraphQL and the file URLs', async () => {
    const expected: Record<string, string[]> = {
      anonymous: ['public'],
      learner: ['public'],
      participant: ['participants', 'public'],
      ncp: ['ncp', 'public'],
      sg: ['public', 'sg'],
      admin: ['ncp', 'participants', 'public', 'secretariat', 'sg'],
    }
    const keyOf = (title: string) => title.replace(` ${run}`, '')
    const seen: Record<string, Record<string, string[]>> = {}
    for (const [who, t] of Object.entries(tokens)) {
      const rest = await api<{ docs: { title: string }[] }>(`/api/meeting-documents?where[event][equals]=${event.id}&limit=50&locale=en`, { token: t })
      const gql = await api<{ data?: { MeetingDocuments?: { docs: { title: string }[] } } }>('/api/graphql', { method: 'POST', token: t, body: JSON.stringify({ query: `{ MeetingDocuments(where: { event: { equals: ${event.id} } }, limit: 50, locale: en) { docs { title } } }` }) })
      const byId: string[] = []
      for (const [key, doc] of Object.entries(docs)) if ((await api(`/api/meeting-documents/${doc.id}`, { token: t })).status === 200) byId.push(key)
      const files: string[] = []
      const heads: string[] = []
      for (const [key, doc] of Object.entries(docs)) {
        const headers = t ? { authorization: `JWT ${t}` } : undefined
        const get = await fetch(`${baseUrl()}/api/meeting-documents/file/${doc.filename}`, { headers })
        if (get.status === 200) {
          expect((await get.arrayBuffer()).byteLength).toBeGreaterThan(100)
          // Restricted papers are never kept by a shared cache.
          if (key !== 'public' || t) expect(get.headers.get('cache-control'), key).toBe('private, no-store')
          files.push(key)
        } else expect(get.status, `${who} ${key}`).toBe(403)
        if ((await fetch(`${baseUrl()}/api/meeting-documents/file/${doc.filename}`, { method: 'HEAD', headers })).status === 200) heads.push(key)
      }
      seen[who] = { rest: rest.body.docs.map((d) => keyOf(d.title)).sort(), graphql: (gql.body.data?.MeetingDocuments?.docs ?? []).map((d) => keyOf(d.title)).sort(), byId: byId.sort(), files: files.sort(), heads: heads.sort() }
    }
    const want = Object.fromEntries(Object.entries(expected).map(([who, list]) => [who, { rest: list, graphql: list, byId: list, files: list, heads: list }]))
    expect(seen).toEqual(want)
    // Only the Secretariat uploads.
    const form = new FormData()
    form.append('file', new Blob([fs.readFileSync('tests/fixtures/sample.pdf')], { type: 'application/pdf' }), `intruder-${run}.pdf`)
    form.append('_payload', JSON.stringify({ title: 'x', event: event.id, access: 'public', language: 'en' }))
    expect((await fetch(`${baseUrl()}/api/meeting-documents`, { method: 'POST', headers: { authorization: `JWT ${tokens.ncp}` }, body: form })).status).toBe(403)
  })

  it('the event page lists the public papers to all and the NCP network\'s to NCPs; the registration page the participants\' to the approved', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await page.goto(`/en/events/${event.slug}`)
    const documents = page.getByRole('region', { name: 'Documents' })
    expect(await documents.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`^public ${run}: English \\(PDF, .+\\)$`))])
    await context.close()

    const ncp = await newPage({ javaScriptEnabled: false })
    await signInOnSite(ncp.page, accounts.ncp)
    await ncp.page.goto(`/en/events/${event.slug}`)
    expect((await ncp.page.getByRole('region', { name: 'Documents' }).getByRole('listitem').allInnerTexts()).map((t) => t.split(':')[0]).sort()).toEqual([`ncp ${run}`, `public ${run}`])
    await ncp.context.close()

    const participant = await newPage({ javaScriptEnabled: false })
    await signInOnSite(participant.page, accounts.participant)
    await participant.page.goto(`/en/events/${event.slug}/register`)
    const mine = participant.page.getByRole('region', { name: 'Documents for participants' })
    expect((await mine.getByRole('listitem').allInnerTexts()).map((t) => t.split(':')[0])).toEqual([`participants ${run}`])
    // The dashboard: the meeting with its status, and the papers the participant may read.
    await participant.page.getByRole('link', { name: /My account/ }).click()
    await participant.page.waitForURL('**/en/account')
    const coming = participant.page.getByRole('region', { name: 'Coming meetings' })
    expect(await coming.getByRole('row', { name: new RegExp(`Papers ${run}`) }).innerText()).toContain('Approved')
    expect((await participant.page.getByRole('region', { name: 'Papers of my meetings' }).getByRole('listitem').allInnerTexts()).map((t) => t.split(':')[0]).sort()).toEqual([`participants ${run}`, `public ${run}`])
    await participant.page.goBack()

    // The browser downloads it with the person's session, as a click does.
    const [download] = await Promise.all([participant.page.waitForEvent('download'), mine.getByRole('link', { name: 'English' }).click()])
    expect(await download.failure()).toBeNull()
    expect(fs.readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await participant.context.close()
  })
})
