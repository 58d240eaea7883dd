import crypto from 'node:crypto'
import type { Migration, Payload } from 'payload'
import { env } from '@/env'
import { isEmpty, seed } from '@/seed'

export const demoAdminEmail = 'admin@pragueprocess.local'

/**
 * Runs on every start of every instance: applies pending migrations, creates the first
 * admin when there is no user, and seeds demo content into an empty database.
 */
export async function initialise(payload: Payload, migrations: Migration[]): Promise<void> {
  await payload.db.migrate({ migrations })

  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users === 0) {
    const given = env.admin
    const password = given?.password ?? crypto.randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: {
        email: given?.email ?? demoAdminEmail,
        password,
        name: 'Administrator',
        roles: ['admin'],
        preferredLanguage: 'en',
        _verified: true,
      },
      overrideAccess: true,
      disableVerificationEmail: true,
    })
    if (!given) {
      // Shown once: the password is not stored anywhere in clear text.
      console.log(`\n  Demo admin created: ${demoAdminEmail} / ${password}\n  (set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own)\n`)
    }
  }

  if (env.seedDemo && (await isEmpty(payload))) {
    payload.logger.info('Seeding demo content (English and Russian)...')
    await seed(payload)
    payload.logger.info('Demo content seeded.')
  }
}
