import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, createAccount, databaseKind, uploadFile } from './helpers'

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

/**
 * A learner's records (enrolments, completed lessons, quiz attempts, SCORM records,
 * certificates) and a course's files, through REST, GraphQL and the file addresses: a learner
 * sees their own, a course's trainers its learners', staff everyone's; nobody else anything, and
 * no learner or trainer writes them (issue #11).
 */
describe(`learning records through every door (${databaseKind()})`, () => {
  const records = [
    { slug: 'enrollments', graphqlList: 'Enrollments' },
    { slug: 'lesson-progress', graphqlList: 'LessonProgresses' },
    { slug: 'quiz-attempts', graphqlList: 'QuizAttempts' },
    { slug: 'scorm-records', graphqlList: 'ScormRecords' },
    { slug: 'certificates', graphqlList: 'Certificates' },
  ] as const
  const people = ['anonymous', 'learner', 'other-learner', 'teaching-trainer', 'other-trainer', 'ncp', 'secretariat'] as const
  const tokens = new Map<string, string | undefined>()
  const rowIds = new Map<string, number>()
  let admin: string
  let courseId: number
  let fileUrl: string
  let code: string

  beforeAll(async () => {
    admin = await apiToken()
    const ids = new Map<string, number>()
    for (const person of people) {
      if (person === 'anonymous') continue
      const role = person.endsWith('learner') ? 'learner' : person.endsWith('trainer') ? 'trainer' : person
      const account = await createAccount(admin, [role])
      ids.set(person, account.id)
      tokens.set(person, await apiToken(account.email, account.password))
    }
    const made = async (slug: string, data: Record<string, unknown>) => {
      const res = await api<{ doc: { id: number } }>(`/api/${slug}`, { method: 'POST', token: admin, body: JSON.stringify(data) })
      expect(res.status, `${slug}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(201)
      return res.body.doc.id
    }
    const slug = uniqueSlug('doors-course')
    courseId = await made('courses', { title: 'Labour migration: doors', summary: 'x', languages: ['en'], level: 'introductory', hours: 1, slug, enrollment: 'open', trainers: [ids.get('teaching-trainer')], _status: 'published' })
    const file = await uploadFile(admin, 'lesson-files', { data: fs.readFileSync('tests/fixtures/sample.pdf'), type: 'application/pdf', name: `${slug}.pdf` }, { title: 'Handout' })
    fileUrl = file.url
    const lesson = await made('lessons', { title: 'Reading', slug: `${slug}-reading`, course: courseId, kind: 'text', files: [file.id] })
    expect((await api(`/api/courses/${courseId}`, { method: 'PATCH', token: admin, body: JSON.stringify({ modules: [{ title: 'One', lessons: [lesson] }], _status: 'published' }) })).status).toBe(200)
    const user = ids.get('learner')
    code = `DOORS${Date.now().toString(36).toUpperCase()}`.replace(/[^2-9A-HJ-NP-Z]/g, 'X').padEnd(24, 'X').slice(0, 24)
    rowIds.set('enrollments', await made('enrollments', { user, course: courseId, status: 'completed' }))
    rowIds.set('lesson-progress', await made('lesson-progress', { user, course: courseId, lesson }))
    rowIds.set('quiz-attempts', await made('quiz-attempts', { user, course: courseId, lesson, number: 1, drawn: [], status: 'submitted', score: 80, passed: true }))
    rowIds.set('scorm-records', await made('scorm-records', { user, course: courseId, lesson, status: 'completed', score: 90, completed: true, cmi: { suspend: 'x' } }))
    rowIds.set('certificates', await made('certificates', { code, name: 'Ainura Bekova', user, course: courseId, courseTitle: 'Labour migration: doors', language: 'en', completedOn: new Date().toISOString(), hours: 1 }))
  }, 120_000)

  it('shows each person exactly the records they may see, through REST and GraphQL', async () => {
    const seen: Record<string, unknown> = {}
    const expected: Record<string, unknown> = {}
    for (const person of people) {
      const token = tokens.get(person)
      const mayRead = ['learner', 'teaching-trainer', 'secretariat'].includes(person)
      for (const { slug, graphqlList } of records) {
        const id = rowIds.get(slug)!
        const rest = await api<{ docs?: { id: number }[] }>(`/api/${slug}?where[course][equals]=${courseId}&depth=0&limit=100`, { token })
        const one = await api(`/api/${slug}/${id}?depth=0`, { token })
        const gql = await api<{ data?: Record<string, { docs: { id: number }[] } | null> }>('/api/graphql', { method: 'POST', token, body: JSON.stringify({ query: `{ ${graphqlList}(where: { course: { equals: ${courseId} } }) { docs { id } } }` }) })
        const update = await api(`/api/${slug}/${id}`, { method: 'PATCH', token, body: JSON.stringify(slug === 'certificates' ? { name: 'Someone else' } : { course: courseId }) })
        seen[`${person} ${slug}`] = {
          rest: (rest.body.docs ?? []).map((d) => d.id),
          one: one.status,
          graphql: (gql.body.data?.[graphqlList]?.docs ?? []).map((d) => Number(d.id)),
          // Staff correct a certificate's status only (its facts stay); nobody else writes these records.
          writes: update.status === 200,
        }
        expected[`${person} ${slug}`] = { rest: mayRead ? [id] : [], one: mayRead ? 200 : person === 'anonymous' ? 403 : 404, graphql: mayRead ? [id] : [], writes: person === 'secretariat' && slug === 'certificates' }
      }
    }
    expect(seen).toEqual(expected)
    // What the Secretariat's write did to the certificate: nothing it certifies.
    const certificate = await api<{ name: string }>(`/api/certificates/${rowIds.get('certificates')}`, { token: admin })
    expect(certificate.body.name).toBe('Ainura Bekova')
  }, 120_000)

  it('serves a course’s file to its enrolled learner and those who build courses, and a certificate’s PDF to its learner and staff', async () => {
    const statuses: Record<string, number[]> = {}
    for (const person of people) {
      const token = tokens.get(person)
      const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
      const file = await fetch(`${baseUrl()}${fileUrl}`, { headers })
      const pdf = await fetch(`${baseUrl()}/en/account/certificates/${code}`, { headers: token ? { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' } : {} })
      statuses[person] = [file.status, pdf.status]
      await file.arrayBuffer()
      if (pdf.status === 200) expect(pdf.headers.get('content-type')).toBe('application/pdf')
      await pdf.arrayBuffer()
    }
    expect(statuses).toEqual({
      anonymous: [403, 404],
      learner: [200, 200],
      'other-learner': [403, 404],
      'teaching-trainer': [200, 404],
      'other-trainer': [200, 404],
      ncp: [403, 404],
      secretariat: [200, 200],
    })
  }, 60_000)
})
