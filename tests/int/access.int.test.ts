import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'
import { paragraphsToLexical } from '@/server/content/lexical'
import fs from 'node:fs'
import { databaseKind, makeUser, testPayload } from './helpers'

const samplePdf = fs.readFileSync('tests/fixtures/sample.pdf')

type ContentSlug = 'pages' | 'news' | 'thematic-areas' | 'participants' | 'governance-bodies' | 'conferences' | 'projects'

let n = 0
/** Minimal valid data for each content collection. */
function sample(collection: ContentSlug): Record<string, unknown> {
  n++
  const title = `Access test ${collection} ${n} ${Date.now()}`
  switch (collection) {
    case 'pages':
      return { title, slug: `access-${n}-${Date.now()}` }
    case 'news':
      return { title, excerpt: 'x', body: paragraphsToLexical(['x']), slug: `access-${n}-${Date.now()}` }
    case 'thematic-areas':
      return { title, summary: 'x', order: 99, slug: `access-${n}-${Date.now()}` }
    case 'participants':
      return { name: title, kind: 'organisation', slug: `access-${n}-${Date.now()}` }
    case 'governance-bodies':
      return { title, rhythm: 'x', summary: 'x', order: 99, key: 'strategic-group' }
    case 'conferences':
      return { title, summary: 'x', slug: `access-${n}-${Date.now()}` }
    case 'projects':
      return { title, summary: 'x', slug: `access-${n}-${Date.now()}` }
  }
}

const contentCollections: ContentSlug[] = ['pages', 'news', 'thematic-areas', 'participants', 'conferences', 'projects']
const roles: (Role | 'anonymous')[] = ['anonymous', 'learner', 'trainer', 'ncp', 'strategic-group', 'secretariat', 'admin']
const isStaff = (role: string) => role === 'admin' || role === 'secretariat'

async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn()
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 403 || (error as Error).name === 'Forbidden') return false
    throw error
  }
}

describe(`access through the Local API with overrideAccess: false (${databaseKind})`, () => {
  let payload: Payload
  const users = new Map<string, User | undefined>()

  beforeAll(async () => {
    payload = await testPayload()
    for (const role of roles) users.set(role, role === 'anonymous' ? undefined : await makeUser(payload, [role as Role]))
  })

  for (const collection of contentCollections) {
    describe(collection, () => {
      for (const role of roles) {
        it(`${role}: reads published, ${isStaff(role) ? 'reads drafts and edits' : 'never sees drafts nor edits'}`, async () => {
          const user = users.get(role)
          const published = await payload.create({ collection, data: { ...sample(collection), _status: 'published' } as never, overrideAccess: true })
          const draft = await payload.create({ collection, data: { ...sample(collection), _status: 'draft' } as never, draft: true, overrideAccess: true })

          const visible = await payload.find({ collection, where: { id: { in: [published.id, draft.id] } }, user, overrideAccess: false, draft: true })
          const ids = visible.docs.map((d) => d.id)
          expect(ids).toContain(published.id)
          expect(ids.includes(draft.id)).toBe(isStaff(role))

          const canCreate = await attempt(() => payload.create({ collection, data: sample(collection) as never, user, overrideAccess: false }))
          const canUpdate = await attempt(() => payload.update({ collection, id: published.id, data: {} as never, user, overrideAccess: false }))
          const canDelete = await attempt(() => payload.delete({ collection, id: draft.id, user, overrideAccess: false }))
          expect({ canCreate, canUpdate, canDelete }).toEqual({ canCreate: isStaff(role), canUpdate: isStaff(role), canDelete: isStaff(role) })
        })
      }
    })
  }

  describe('users', () => {
    for (const role of roles) {
      it(`${role}: sees ${isStaff(role) ? 'every account' : role === 'anonymous' ? 'no account' : 'only their own account'}`, async () => {
        const user = users.get(role)
        const other = await makeUser(payload, ['learner'])
        if (!user) {
          expect(await attempt(() => payload.find({ collection: 'users', overrideAccess: false }))).toBe(false)
          return
        }
        const found = await payload.find({ collection: 'users', user, overrideAccess: false, limit: 500 })
        const ids = found.docs.map((d) => d.id)
        expect(ids.includes(other.id)).toBe(isStaff(role))
        expect(ids).toContain(user.id)
      })
    }

    it('only admins change roles; others cannot raise their own', async () => {
      const learner = await makeUser(payload, ['learner'])
      const updated = await payload.update({ collection: 'users', id: learner.id, data: { roles: ['admin'], name: 'Renamed' }, user: learner, overrideAccess: false })
      expect(updated.roles).toEqual(['learner'])
      expect(updated.name).toBe('Renamed')

      const secretariat = users.get('secretariat')!
      const bySecretariat = await attempt(() => payload.update({ collection: 'users', id: learner.id, data: { roles: ['admin'] }, user: secretariat, overrideAccess: false }))
      expect(bySecretariat).toBe(false)

      const byAdmin = await payload.update({ collection: 'users', id: learner.id, data: { roles: ['ncp'] }, user: users.get('admin')!, overrideAccess: false })
      expect(byAdmin.roles).toEqual(['ncp'])
    })

    it('accounts are created over the API by staff only; what they ask for is checked', async () => {
      for (const role of roles) {
        const allowed = await attempt(() =>
          payload.create({
            collection: 'users',
            data: { email: `api-${role}-${Date.now()}@example.test`, password: 'a long enough password', name: 'New', roles: ['learner'], preferredLanguage: 'en' },
            user: users.get(role),
            overrideAccess: false,
            disableVerificationEmail: true,
          }),
        )
        expect(allowed, role).toBe(isStaff(role))
      }
      // The Secretariat cannot hand out roles nor a confirmed address.
      const created = await payload.create({
        collection: 'users',
        data: { email: `staff-made-${Date.now()}@example.test`, password: 'a long enough password', name: 'New', roles: ['admin'], preferredLanguage: 'ru', _verified: true },
        user: users.get('secretariat'),
        overrideAccess: false,
        disableVerificationEmail: true,
      })
      const stored = await payload.findByID({ collection: 'users', id: created.id, overrideAccess: true, showHiddenFields: true })
      expect([stored.roles, stored._verified]).toEqual([['learner'], false])
    })

    it('only admins unlock accounts', async () => {
      const victim = await makeUser(payload, ['secretariat'])
      for (const role of roles) {
        const allowed = await attempt(() => payload.unlock({ collection: 'users', data: { email: victim.email }, user: users.get(role), overrideAccess: false } as never))
        expect(allowed, role).toBe(role === 'admin')
      }
    })

    it('document locks of the admin are for staff only', async () => {
      for (const role of roles) {
        const readable = await attempt(() => payload.find({ collection: 'payload-locked-documents', user: users.get(role), overrideAccess: false }))
        expect(readable, role).toBe(isStaff(role))
      }
    })

    it('only admins delete accounts', async () => {
      for (const role of roles) {
        const victim = await makeUser(payload, ['learner'])
        const allowed = await attempt(() => payload.delete({ collection: 'users', id: victim.id, user: users.get(role), overrideAccess: false }))
        expect(allowed, role).toBe(role === 'admin')
      }
    })
  })

  it('the e-mail outbox is read by admins only and written by nobody through the API', async () => {
    for (const role of roles) {
      const user = users.get(role)
      const canRead = await attempt(() => payload.find({ collection: 'email-outbox', user, overrideAccess: false }))
      expect(canRead, role).toBe(role === 'admin')
      const canCreate = await attempt(() => payload.create({ collection: 'email-outbox', data: { to: 'x@example.test', subject: 's', status: 'queued' }, user, overrideAccess: false }))
      expect(canCreate, role).toBe(false)
    }
  })

  it('only staff update the Strategic Group; everyone reads it', async () => {
    for (const role of roles) {
      const user = users.get(role)
      await payload.findGlobal({ slug: 'strategic-group', user, overrideAccess: false })
      const canUpdate = await attempt(() => payload.updateGlobal({ slug: 'strategic-group', data: {}, user, overrideAccess: false }))
      expect(canUpdate, role).toBe(isStaff(role))
    }
  })

  it('media files are edited by staff only', async () => {
    for (const role of roles) {
      const canCreate = await attempt(() =>
        payload.create({
          collection: 'media' as CollectionSlug,
          data: { alt: 'x' } as never,
          file: { data: samplePdf, mimetype: 'application/pdf', name: `x-${role}.pdf`, size: samplePdf.length },
          user: users.get(role),
          overrideAccess: false,
        }),
      )
      expect(canCreate, role).toBe(isStaff(role))
    }
  })
})
