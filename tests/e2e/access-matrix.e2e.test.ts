import { beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, createAccount, databaseKind } from './helpers'

/**
 * For every role and every content collection: what it may read (drafts included) and
 * write, through REST and through GraphQL, against the running production build.
 */
const roles = ['anonymous', 'learner', 'trainer', 'ncp', 'strategic-group', 'secretariat', 'admin'] as const
const staff = new Set(['secretariat', 'admin'])

const richText = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'x', format: 0, detail: 0, mode: 'normal', style: '' }] }] } }

// The same rich text as a GraphQL object literal (the JSON scalar accepts one).
const gqlRichText = '{ root: { type: "root", version: 1, direction: "ltr", format: "", indent: 0, children: [{ type: "paragraph", version: 1, direction: "ltr", format: "", indent: 0, textFormat: 0, children: [{ type: "text", version: 1, text: "x", format: 0, detail: 0, mode: "normal", style: "" }] }] } }'

type Collection = { slug: string; graphqlList: string; graphqlCreate: string; data: (n: string) => Record<string, unknown>; gqlData: (n: string) => string }
const collections: Collection[] = [
  { slug: 'pages', graphqlList: 'Pages', graphqlCreate: 'createPage', data: (n) => ({ title: n, slug: n }), gqlData: (n) => `{ title: "${n}", slug: "${n}" }` },
  { slug: 'news', graphqlList: 'allNews', graphqlCreate: 'createNews', data: (n) => ({ title: n, slug: n, excerpt: 'x', body: richText }), gqlData: (n) => `{ title: "${n}", slug: "${n}", excerpt: "x", publishedAt: "2026-01-01T00:00:00.000Z", body: ${gqlRichText} }` },
  { slug: 'thematic-areas', graphqlList: 'ThematicAreas', graphqlCreate: 'createThematicArea', data: (n) => ({ title: n, slug: n, summary: 'x', order: 99 }), gqlData: (n) => `{ title: "${n}", slug: "${n}", summary: "x", order: 99 }` },
  { slug: 'participants', graphqlList: 'Participants', graphqlCreate: 'createParticipant', data: (n) => ({ name: n, slug: n, kind: 'organisation' }), gqlData: (n) => `{ name: "${n}", slug: "${n}", kind: organisation }` },
  { slug: 'conferences', graphqlList: 'Conferences', graphqlCreate: 'createConference', data: (n) => ({ title: n, slug: n, summary: 'x' }), gqlData: (n) => `{ title: "${n}", slug: "${n}", summary: "x" }` },
  { slug: 'projects', graphqlList: 'Projects', graphqlCreate: 'createProject', data: (n) => ({ title: n, slug: n, summary: 'x' }), gqlData: (n) => `{ title: "${n}", slug: "${n}", summary: "x" }` },
]

let sequence = 0
const uniqueSlug = (prefix: string) => `${prefix}-${Date.now()}-${++sequence}`

describe(`access matrix through REST and GraphQL (${databaseKind()})`, () => {
  const tokens = new Map<string, string | undefined>()
  let admin: string

  beforeAll(async () => {
    admin = await apiToken()
    for (const role of roles) {
      if (role === 'anonymous') tokens.set(role, undefined)
      else if (role === 'admin') tokens.set(role, admin)
      else {
        const account = await createAccount(admin, [role])
        tokens.set(role, await apiToken(account.email, account.password))
      }
    }
  })

  for (const collection of collections) {
    it(`${collection.slug}: drafts and writes for staff only`, async () => {
      const draftSlug = uniqueSlug('matrix-draft')
      const draft = await api<{ doc: { id: number } }>(`/api/${collection.slug}?draft=true`, { method: 'POST', token: admin, body: JSON.stringify({ ...collection.data(draftSlug), _status: 'draft' }) })
      expect(draft.status).toBe(201)
      const published = await api<{ doc: { id: number } }>(`/api/${collection.slug}`, { method: 'POST', token: admin, body: JSON.stringify({ ...collection.data(uniqueSlug('matrix-pub')), _status: 'published' }) })
      expect(published.status).toBe(201)

      const seen: Record<string, unknown> = {}
      const expected: Record<string, unknown> = {}
      for (const role of roles) {
        const token = tokens.get(role)
        const isStaff = staff.has(role)
        const restDraft = await api<{ docs: unknown[] }>(`/api/${collection.slug}?where[slug][equals]=${draftSlug}&draft=true`, { token })
        const restPublished = await api(`/api/${collection.slug}/${published.body.doc.id}`, { token })
        const gql = await api<{ data?: Record<string, { docs: unknown[] } | null> }>('/api/graphql', {
          method: 'POST',
          token,
          body: JSON.stringify({ query: `{ ${collection.graphqlList}(where: { slug: { equals: "${draftSlug}" } }, draft: true) { docs { id } } }` }),
        })
        const restCreate = await api(`/api/${collection.slug}`, { method: 'POST', token, body: JSON.stringify(collection.data(uniqueSlug('matrix-new'))) })
        const restUpdate = await api(`/api/${collection.slug}/${published.body.doc.id}`, { method: 'PATCH', token, body: JSON.stringify({}) })
        const gqlCreate = await api<{ data?: Record<string, unknown>; errors?: unknown[] }>('/api/graphql', {
          method: 'POST',
          token,
          body: JSON.stringify({ query: `mutation { ${collection.graphqlCreate}(data: ${collection.gqlData(uniqueSlug('matrix-gql'))}) { id } }` }),
        })
        seen[role] = {
          readsPublished: restPublished.status === 200,
          restDraftVisible: (restDraft.body.docs ?? []).length > 0,
          graphqlDraftVisible: (gql.body.data?.[collection.graphqlList]?.docs ?? []).length > 0,
          restCreate: restCreate.status,
          restUpdate: restUpdate.status,
          graphqlCreates: Boolean(gqlCreate.body.data?.[collection.graphqlCreate]),
        }
        expected[role] = {
          readsPublished: true,
          restDraftVisible: isStaff,
          graphqlDraftVisible: isStaff,
          restCreate: isStaff ? 201 : 403,
          restUpdate: isStaff ? 200 : 403,
          graphqlCreates: isStaff,
        }
      }
      const deleted = await api(`/api/${collection.slug}/${draft.body.doc.id}`, { method: 'DELETE', token: tokens.get('learner') })
      expect(deleted.status).toBe(403)
      expect(seen).toEqual(expected)
    }, 60_000)
  }

  it('users: anonymous sees none, members only themselves, staff everyone; only admins delete', async () => {
    const victim = await createAccount(admin, ['learner'])
    for (const role of roles) {
      const token = tokens.get(role)
      const list = await api<{ docs?: { id: number }[] }>('/api/users?limit=500', { token })
      if (role === 'anonymous') expect(list.status, role).toBe(403)
      else {
        const ids = (list.body.docs ?? []).map((d) => d.id)
        expect(ids.includes(victim.id), role).toBe(staff.has(role))
      }
      if (role !== 'admin') {
        expect((await api(`/api/users/${victim.id}`, { method: 'DELETE', token })).status, role).toBe(403)
      }
    }
    expect((await api(`/api/users/${victim.id}`, { method: 'DELETE', token: admin })).status).toBe(200)
  })
})
