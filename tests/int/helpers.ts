import fs from 'node:fs'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import type { Role } from '@/access/roles'

let instance: Promise<Payload> | undefined

/** The real Payload on the run's database (migrated and seeded on first use). */
export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    return getPayload({ config })
  })()
  return instance
}

let counter = 0

/** Creates a verified user with the given roles (each call a new address). */
export async function makeUser(payload: Payload, roles: Role[], extra: Partial<User> = {}): Promise<User> {
  counter++
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-') || 'none'}-${counter}-${Date.now()}@example.test`,
      password: 'correct horse battery staple',
      name: `Test ${roles.join(' ')}`,
      roles,
      preferredLanguage: 'en',
      _verified: true,
      ...extra,
    },
    overrideAccess: true,
    disableVerificationEmail: true,
  })
  return { ...user, collection: 'users' } as User
}

export const databaseKind = (process.env.DATABASE_URL ?? '').startsWith('postgres') ? 'postgres' : 'sqlite'

/** Uploads a PDF fixture as a publication file (staff audience until a publication uses it). */
export async function uploadFixturePdf(payload: Payload, fixture: string, name: string) {
  const data = fs.readFileSync(`tests/fixtures/${fixture}.pdf`)
  return payload.create({ collection: 'documents', data: { audience: 'staff' }, file: { data, mimetype: 'application/pdf', name, size: data.length }, overrideAccess: true })
}
