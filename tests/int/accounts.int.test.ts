import crypto from 'node:crypto'
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { requestPasswordReset, resetPassword, signIn, signUp, updateProfile, verifyEmail } from '@/server/account/account-actions'
import type { User } from '@/payload-types'
import { clientPolicy } from '@/server/account/sign-in-throttle'
import { backgroundWorkSettled } from '@/server/background-work'
import { databaseKind, makeUser, testPayload } from './helpers'

const password = 'a very good password'
const runId = Date.now()
/** A sign-in as the HTTP front hands it over: with the client's address it saw. */
const from = (client: string) => ({ headers: new Headers({ 'x-pp-client': `${client}-${runId}` }) })

/** The newest message to `to` with `subject`; messages reach the outbox just after the save that sends them. */
async function mailTo(payload: Payload, to: string, subject: string) {
  const find = async () => {
    const where: Where = { and: [{ to: { equals: to } }, { subject: { equals: subject } }] }
    const { docs } = await payload.find({ collection: 'email-outbox', where, sort: '-createdAt', limit: 1, overrideAccess: true })
    return docs[0]
  }
  await vi.waitFor(async () => expect(await find()).toBeDefined(), { timeout: 5000, interval: 25 })
  return (await find())!
}

describe(`accounts (${databaseKind})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('sign-up creates an unverified learner and queues a verification e-mail in the chosen language', async () => {
    const email = `new-${Date.now()}@example.test`
    const result = await signUp(payload, { name: 'Анна', email, password, passwordConfirm: password, preferredLanguage: 'ru' })
    expect(result).toEqual({ ok: true, notice: 'check-email' })
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
    expect(docs[0].roles).toEqual(['learner'])
    expect(docs[0]._verified).toBe(false)

    const mail = await mailTo(payload, email, 'Подтвердите адрес электронной почты')
    expect(mail.status).toBe('queued')
    expect(mail.html).toContain('/ru/account/verify?token=')

    // Unverified accounts cannot sign in yet.
    expect(await signIn(payload, { email, password })).toMatchObject({ ok: false, error: 'unverified' })

    // The job queue delivers it (no SMTP_URL here: logged and kept in the outbox).
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect((await mailTo(payload, email, 'Подтвердите адрес электронной почты')).status).toBe('logged')

    const token = new URL(mail.html!.match(/href="([^"]+)"/)![1].replace(/&amp;/g, '&')).searchParams.get('token')!
    expect(await verifyEmail(payload, token)).toEqual({ ok: true, notice: 'verified' })
    expect(await signIn(payload, { email, password })).toMatchObject({ ok: true })
  })

  it('rejects short or mismatched passwords and keeps what was typed', async () => {
    const email = `short-${Date.now()}@example.test`
    expect(await signUp(payload, { name: 'N', email, password: 'short', passwordConfirm: 'short', preferredLanguage: 'en' })).toEqual({
      ok: false,
      error: 'password-too-short',
      fields: { name: 'N', email },
    })
    expect(await signUp(payload, { name: 'N', email, password, passwordConfirm: `${password}!`, preferredLanguage: 'en' })).toMatchObject({ ok: false, error: 'passwords-differ' })
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('answers a sign-up for an existing address exactly like a new one, and tells the owner instead', async () => {
    const user = await makeUser(payload, ['learner'], { preferredLanguage: 'ru' })
    const again = await signUp(payload, { name: 'X', email: user.email, password, passwordConfirm: password, preferredLanguage: 'en' })
    expect(again).toEqual({ ok: true, notice: 'check-email' })
    expect((await payload.count({ collection: 'users', where: { email: { equals: user.email } }, overrideAccess: true })).totalDocs).toBe(1)
    expect(await mailTo(payload, user.email, 'Попытка регистрации с вашим адресом электронной почты')).toBeDefined()
  })

  it('costs an unknown address the same password hashing as a known one (timing reveals no account)', async () => {
    // The work itself is compared, not the clock (a timed test fails whenever the machine is busy):
    // every PBKDF2 run a failed sign-in makes, with its rounds, length and digest.
    const user = await makeUser(payload, ['learner'])
    const work = async (email: string, client: string) => {
      const spy = vi.spyOn(crypto, 'pbkdf2')
      try {
        expect(await signIn(payload, { email, password: 'wrong password' }, from(client))).toMatchObject({ ok: false, error: 'invalid-credentials' })
        return spy.mock.calls.map(([, , iterations, keylen, digest]) => ({ iterations, keylen, digest }))
      } finally {
        spy.mockRestore()
      }
    }
    const known = await work(user.email, 'timing-known')
    const unknown = await work(`nobody-${Date.now()}@example.test`, 'timing-unknown')
    // Without the equal work an unknown address was answered in ~10 ms, a known one in ~260 ms.
    expect(known).toEqual([{ iterations: 600_000, keylen: 32, digest: 'sha256' }])
    expect(unknown).toEqual(known)
  }, 30_000)

  it('backs off a client after repeated failures, never locking the owner out', async () => {
    const user = await makeUser(payload, ['secretariat'])
    for (let i = 0; i < clientPolicy.freeFailures; i++) {
      expect(await signIn(payload, { email: user.email, password: 'wrong password' }, from('guesser'))).toMatchObject({ ok: false, error: 'invalid-credentials' })
    }
    // The guesser must wait, even with the right password ...
    const refused = await signIn(payload, { email: user.email, password: 'correct horse battery staple' }, from('guesser'))
    expect(refused).toMatchObject({ ok: false, error: 'too-many-attempts' })
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0)
    // ... while the owner, from elsewhere, signs in at once (no lock).
    expect(await signIn(payload, { email: user.email, password: 'correct horse battery staple' }, from('owner'))).toMatchObject({ ok: true })
  }, 30_000)

  it('applies the password rule to every door that sets a password', async () => {
    const user = await makeUser(payload, ['learner'])
    const refusal = (promise: Promise<unknown>) => promise.then(() => 'accepted', (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors?.[0])
    expect(await refusal(payload.update({ collection: 'users', id: user.id, data: { password: 'short' }, user, overrideAccess: false }))).toEqual({
      path: 'password',
      message: 'The password is too short.',
    })
    expect(
      await refusal(payload.create({ collection: 'users', data: { email: `x-${Date.now()}@example.test`, password: 'abc', name: 'X', roles: ['learner'], preferredLanguage: 'en' }, overrideAccess: true, disableVerificationEmail: true })),
    ).toMatchObject({ path: 'password' })
    expect(await refusal(payload.resetPassword({ collection: 'users', data: { token: 'any', password: 'abc' }, overrideAccess: true }))).toMatchObject({ path: 'password' })
  })

  it('asks to confirm a changed e-mail address again; nobody but an admin sets it confirmed', async () => {
    const user = await makeUser(payload, ['learner'], { preferredLanguage: 'ru' })
    const newEmail = `changed-${Date.now()}@example.test`
    await payload.update({ collection: 'users', id: user.id, data: { email: newEmail, _verified: true } as never, user, overrideAccess: false })
    const stored = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true })
    expect([stored.email, stored._verified]).toEqual([newEmail, false])
    expect(await signIn(payload, { email: newEmail, password: 'correct horse battery staple' }, from('changer'))).toMatchObject({ ok: false, error: 'unverified' })
    const mail = await mailTo(payload, newEmail, 'Подтвердите новый адрес электронной почты')
    const token = new URL(mail.html!.match(/href="([^"]+)"/)![1].replace(/&amp;/g, '&')).searchParams.get('token')!
    expect(await verifyEmail(payload, token)).toEqual({ ok: true, notice: 'verified' })
    expect(await signIn(payload, { email: newEmail, password: 'correct horse battery staple' }, from('changer'))).toMatchObject({ ok: true })
  })

  it('resets a forgotten password through the e-mailed link, in the user’s language', async () => {
    const user = await makeUser(payload, ['ncp'], { preferredLanguage: 'ru' })
    expect(await requestPasswordReset(payload, { email: user.email })).toEqual({ ok: true, notice: 'reset-sent' })
    // Unknown addresses get the same answer.
    expect(await requestPasswordReset(payload, { email: 'nobody@example.test' })).toEqual({ ok: true, notice: 'reset-sent' })
    const mail = await mailTo(payload, user.email, 'Сброс пароля')
    const token = new URL(mail.html!.match(/href="([^"]+)"/)![1].replace(/&amp;/g, '&')).searchParams.get('token')!
    // Asked again at once: the same answer, no second message, and the first link still works.
    expect(await requestPasswordReset(payload, { email: user.email })).toEqual({ ok: true, notice: 'reset-sent' })
    await backgroundWorkSettled()
    const resets = await payload.count({ collection: 'email-outbox', where: { and: [{ to: { equals: user.email } }, { subject: { equals: 'Сброс пароля' } }] }, overrideAccess: true })
    expect(resets.totalDocs).toBe(1)
    expect(await resetPassword(payload, { token: 'forged', password, passwordConfirm: password })).toMatchObject({ ok: false, error: 'invalid-token' })
    expect(await resetPassword(payload, { token, password, passwordConfirm: password })).toMatchObject({ ok: true })
    expect(await signIn(payload, { email: user.email, password })).toMatchObject({ ok: true })
  })

  it('saves the preferred language on the profile and cannot touch roles', async () => {
    const user = await makeUser(payload, ['learner'])
    expect(await updateProfile(payload, user, { name: 'Новое имя', preferredLanguage: 'ru' })).toEqual({ ok: true, notice: 'saved' })
    const saved = (await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })) as User
    expect([saved.name, saved.preferredLanguage, saved.roles]).toEqual(['Новое имя', 'ru', ['learner']])
    expect(await updateProfile(payload, null, { name: 'x', preferredLanguage: 'en' })).toEqual({ ok: false, error: 'not-signed-in' })
  })
})
