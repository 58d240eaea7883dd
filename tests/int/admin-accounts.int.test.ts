import { spawn } from 'node:child_process'
import { handleEndpoints, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import config from '@payload-config'
import { requestPasswordReset, resetPassword, signIn, signUp } from '@/server/account/account-actions'
import { backgroundWorkSettled } from '@/server/background-work'
import type { User } from '@/payload-types'
import { databaseKind, makeUser, testPayload } from './helpers'

const runId = Date.now()
const from = (client: string) => ({ headers: new Headers({ 'x-pp-client': `${client}-${runId}` }) })
const oldPassword = 'correct horse battery staple'

type TRun = { code: number | null; stdout: string; stderr: string }

function runOnce(args: string[], stdin: string): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/set-password.mts', ...args], { env: process.env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    // A run that stops before reading its input (wrong usage) closes the pipe: not a failure here.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error)
    })
    child.stdin.end(stdin)
  })
}

/**
 * `npm run account:set-password -- …args` as a separate process on this run's database.
 * On a busy machine Node 20 with tsx's loader now and then stops while importing the
 * platform (exit 13, before the script does anything); such a run is repeated, as the
 * script itself tells its user to.
 */
async function setPasswordScript(args: string[], stdin: string): Promise<TRun> {
  let run = await runOnce(args, stdin)
  for (let retry = 0; retry < 2 && run.code === 13; retry++) run = await runOnce(args, stdin)
  return run
}

async function outbox(payload: Payload, to: string) {
  await backgroundWorkSettled()
  const where: Where = { to: { equals: to } }
  return (await payload.find({ collection: 'email-outbox', where, sort: '-createdAt', overrideAccess: true })).docs
}

async function stored(payload: Payload, id: number) {
  return (await payload.findByID({ collection: 'users', id, overrideAccess: true, showHiddenFields: true })) as User & { resetPasswordToken?: string | null }
}

/** A REST request as the admin makes it, through Payload's own endpoint handler. */
function rest(path: string, init: { method: string; body: unknown; token?: string }) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  const request = new Request(`http://localhost:3000/api${path}`, { method: init.method, headers, body: JSON.stringify(init.body) })
  return handleEndpoints({ config, request })
}

describe(`accounts run from the server and by admins (${databaseKind})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  describe('npm run account:set-password', () => {
    it('sets a password read from stdin, confirms the address, ends old sessions and old reset links', async () => {
      const user = await makeUser(payload, ['admin'])
      const session = await signIn(payload, { email: user.email, password: oldPassword }, from('before'))
      expect(session.ok && session.token).toBeTruthy()
      await requestPasswordReset(payload, { email: user.email })
      const resetToken = (await stored(payload, user.id)).resetPasswordToken
      expect(resetToken).toBeTruthy()
      await payload.update({ collection: 'users', id: user.id, data: { _verified: false }, overrideAccess: true })
      expect(await signIn(payload, { email: user.email, password: oldPassword }, from('before'))).toMatchObject({ ok: false, error: 'unverified' })

      const newPassword = 'новый пароль с пробелами'
      const run = await setPasswordScript([user.email.toUpperCase()], `${newPassword}\nignored second line\n`)
      expect(run.stderr, JSON.stringify(run)).toContain(`Password set for ${user.email}`)
      expect([run.code, run.stdout]).toEqual([0, ''])

      expect(await signIn(payload, { email: user.email, password: newPassword }, from('after'))).toMatchObject({ ok: true })
      expect(await signIn(payload, { email: user.email, password: oldPassword }, from('after-old'))).toMatchObject({ ok: false, error: 'invalid-credentials' })
      const after = await stored(payload, user.id)
      expect([after._verified, after.resetPasswordToken ?? null]).toEqual([true, null])
      // The session signed in with the old password is over; the old reset link too.
      const { user: stillSignedIn } = await payload.auth({ headers: new Headers({ authorization: `JWT ${session.ok ? session.token : ''}` }) })
      expect(stillSignedIn).toBeNull()
      expect(await resetPassword(payload, { token: resetToken!, password: 'another good password', passwordConfirm: 'another good password' })).toMatchObject({
        ok: false,
        error: 'invalid-token',
      })
    }, 120_000)

    it('generates and prints a strong password with --generate, which then signs in', async () => {
      const email = `generated-${runId}@example.test`
      await signUp(payload, { name: 'Never confirmed', email, password: oldPassword, passwordConfirm: oldPassword, preferredLanguage: 'en' })
      const run = await setPasswordScript([email, '--generate'], '')
      expect(run.code, run.stderr).toBe(0)
      const printed = run.stdout.trim()
      expect(printed).toMatch(/^[A-Za-z0-9_-]{24}$/)
      expect(await signIn(payload, { email, password: printed }, from('generated'))).toMatchObject({ ok: true })
    }, 120_000)

    it('refuses a password against the rule, an unknown address and wrong usage, changing nothing', async () => {
      const user = await makeUser(payload, ['secretariat'])
      const short = await setPasswordScript([user.email], 'short\n')
      expect([short.code, short.stderr]).toEqual([1, expect.stringContaining('at least 10')])
      const unknown = await setPasswordScript([`nobody-${runId}@example.test`], 'a long enough password\n')
      expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('no account')])
      expect((await setPasswordScript([], '')).code).toBe(2)
      expect(await signIn(payload, { email: user.email, password: oldPassword }, from('refused'))).toMatchObject({ ok: true })
    }, 120_000)
  })

  describe('accounts opened in the admin', () => {
    const open = (user: User, email: string, verified?: boolean) =>
      payload.create({
        collection: 'users',
        data: { email, password: oldPassword, name: 'Opened by staff', roles: ['learner'], preferredLanguage: 'ru', ...(verified === undefined ? {} : { _verified: verified }) },
        user,
        overrideAccess: false,
      })
    const confirmationsTo = async (email: string) => (await outbox(payload, email)).map((m) => m.subject)

    it('mails no confirmation for an account an admin opens as confirmed, and mails one otherwise', async () => {
      const admin = await makeUser(payload, ['admin'])
      const confirmed = await open(admin, `confirmed-${runId}@example.test`, true)
      const unconfirmed = await open(admin, `unconfirmed-${runId}@example.test`, false)
      const unsaid = await open(admin, `unsaid-${runId}@example.test`)

      expect(await confirmationsTo(confirmed.email)).toEqual([])
      expect((await stored(payload, confirmed.id))._verified).toBe(true)
      expect(await signIn(payload, { email: confirmed.email, password: oldPassword }, from('confirmed'))).toMatchObject({ ok: true })
      for (const account of [unconfirmed, unsaid]) {
        await vi.waitFor(async () => expect(await confirmationsTo(account.email)).toEqual(['Подтвердите адрес электронной почты']))
        expect((await stored(payload, account.id))._verified).toBe(false)
      }
    })

    it('mails the confirmation for an account the Secretariat opens, which it cannot confirm itself', async () => {
      const secretariat = await makeUser(payload, ['secretariat'])
      const account = await open(secretariat, `secretariat-made-${runId}@example.test`, true)
      await vi.waitFor(async () => expect(await confirmationsTo(account.email)).toEqual(['Подтвердите адрес электронной почты']))
      expect((await stored(payload, account.id))._verified).toBe(false)
    })
  })

  describe('the outbox', () => {
    it('keeps every message readable as text, with its links, for admins only', async () => {
      const user = await makeUser(payload, ['trainer'], { preferredLanguage: 'ru' })
      await requestPasswordReset(payload, { email: user.email })
      const [mail] = await outbox(payload, user.email)
      expect(mail.text).toMatch(/^Здравствуйте/)
      expect(mail.text).toMatch(/: http:\/\/\S+\/ru\/account\/reset-password\?token=[0-9a-f]+$/m)
      expect(mail.text).not.toMatch(/<|&amp;/)

      // A message stored with HTML only (before text was kept) is shown as text too.
      const old = await payload.create({
        collection: 'email-outbox',
        data: { to: 'old@example.test', subject: 'Old', html: '<p>Hello</p><p><a href="https://pp.example/x?a=1&amp;b=2">Open</a></p>', status: 'logged' },
        overrideAccess: true,
      })
      expect((await payload.findByID({ collection: 'email-outbox', id: old.id, overrideAccess: true })).text).toBe('Hello\n\nOpen: https://pp.example/x?a=1&b=2')

      const admin = await makeUser(payload, ['admin'])
      expect((await payload.findByID({ collection: 'email-outbox', id: mail.id, user: admin, overrideAccess: false })).text).toBe(mail.text)
      for (const role of ['secretariat', 'ncp', 'learner'] as const) {
        const other = await makeUser(payload, [role])
        await expect(payload.findByID({ collection: 'email-outbox', id: mail.id, user: other, overrideAccess: false }), role).rejects.toThrow()
      }
    })
  })

  describe('one language per account', () => {
    it('puts the admin in the account’s language at sign-in and when people change their own, and only then', async () => {
      const user = await makeUser(payload, ['secretariat'], { preferredLanguage: 'en' })
      const login = await rest('/users/login', { method: 'POST', body: { email: user.email, password: oldPassword } })
      expect(login.status).toBe(200)
      // Signing in puts the admin in the account's language, whatever the browser's.
      expect(login.headers.getSetCookie().filter((c) => c.startsWith('payload-lng='))).toEqual([expect.stringMatching(/^payload-lng=en; Path=\/; Max-Age=\d+; SameSite=Lax/)])
      const { token } = (await login.json()) as { token: string }

      const change = await rest(`/users/${user.id}`, { method: 'PATCH', body: { preferredLanguage: 'ru' }, token })
      expect(change.status).toBe(200)
      expect(change.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^payload-lng=ru; Path=\/; Max-Age=\d+; SameSite=Lax/))
      // Saving anything else, or someone else's account, leaves the admin's language alone.
      const rename = await rest(`/users/${user.id}`, { method: 'PATCH', body: { name: 'Renamed' }, token })
      expect(rename.headers.getSetCookie().filter((c) => c.startsWith('payload-lng='))).toEqual([])
      const admin = await makeUser(payload, ['admin'])
      const adminToken = ((await (await rest('/users/login', { method: 'POST', body: { email: admin.email, password: oldPassword } })).json()) as { token: string }).token
      const other = await rest(`/users/${user.id}`, { method: 'PATCH', body: { preferredLanguage: 'en' }, token: adminToken })
      expect(other.status).toBe(200)
      expect(other.headers.getSetCookie().filter((c) => c.startsWith('payload-lng='))).toEqual([])
    })
  })
})
