import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startPlatform } from './global-setup'

/**
 * Two instances of the platform on one PostgreSQL database, one shared upload folder and
 * one SMTP server, as in production behind a load balancer (issue #7: both instances ran
 * the same jobs, 27 e-mails for 15 sign-ups).
 */
describe('two instances on one PostgreSQL', () => {
  const received: string[] = []
  let smtp: SMTPServer
  let instances: Awaited<ReturnType<typeof startPlatform>>[] = []
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-instances-'))
  const admin = { email: 'instances-admin@example.test', password: 'instances-admin-password' }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume()
        stream.on('end', () => {
          received.push(...session.envelope.rcptTo.map((r) => r.address))
          callback()
        })
      },
    })
    const smtpPort = await freePort()
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))

    const url = new URL(process.env.E2E_DATABASE_URL!)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query('DROP DATABASE IF EXISTS pp_instances WITH (FORCE)')
    await client.query('CREATE DATABASE pp_instances')
    await client.end()
    url.pathname = '/pp_instances'

    const common = {
      DATABASE_URL: url.toString(),
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PAYLOAD_SECRET: 'instances-secret-that-is-long-enough-for-payload',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      CACHE_POLL_MS: '300',
      JOBS_CRON: '* * * * * *',
    }
    // One after the other: the first applies the migrations and the demo content.
    for (let i = 0; i < 2; i++) {
      const port = await freePort()
      instances.push(await startPlatform({ ...common, PORT: String(port), PUBLIC_URL: `http://localhost:${port}` }))
    }
  }, 300_000)

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()))
    instances = []
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('delivers each e-mail once, whichever instance queued it and however many run the queue', async () => {
    const run = Date.now()
    const addresses = Array.from({ length: 15 }, (_, i) => `signup-${run}-${i}@example.test`)
    await Promise.all(
      addresses.map((email, i) => {
        const base = instances[i % 2].url
        const body = new URLSearchParams({ name: `Person ${i}`, email, password: 'a long enough password', passwordConfirm: 'a long enough password', preferredLanguage: i % 3 ? 'en' : 'ru', locale: 'en' })
        return fetch(`${base}/forms/sign-up`, { method: 'POST', body, headers: { origin: base }, redirect: 'manual' }).then((r) => expect(r.status).toBe(303))
      }),
    )
    await expect.poll(() => received.filter((a) => a.includes(`-${run}-`)).length, { timeout: 30_000, interval: 250 }).toBe(15)
    // Several more ticks of both runners: nothing is sent a second time.
    await new Promise((r) => setTimeout(r, 3_000))
    const mine = received.filter((a) => a.includes(`-${run}-`))
    expect(mine.sort()).toEqual([...addresses].sort())
  }, 60_000)

  it('shows a change made through one instance on the other within about a poll interval', async () => {
    const [a, b] = instances
    const login = await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    const { token } = await login.json()
    const listing = `${b.url}/en/news`
    expect((await fetch(listing)).status).toBe(200)
    const title = `Seen on the other instance ${Date.now()}`
    const paragraph = { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'x', format: 0, detail: 0, mode: 'normal', style: '' }] }
    const started = Date.now()
    const created = await fetch(`${a.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, excerpt: 'x', slug: `other-instance-${Date.now()}`, body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph] } }, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    await expect.poll(async () => (await fetch(listing)).text(), { timeout: 5_000, interval: 50 }).toContain(title)
    const listingMs = Date.now() - started
    // Site search reads the index, which a job updates after the save.
    await expect.poll(async () => (await fetch(`${b.url}/en/search?q=${encodeURIComponent(title)}`)).text(), { timeout: 5_000, interval: 50 }).toContain(title)
    const searchMs = Date.now() - started
    console.log(`change through A visible on B: listing ${listingMs} ms, search ${searchMs} ms (poll 300 ms)`)
    expect(listingMs).toBeLessThan(1_500)
    expect(searchMs).toBeLessThan(3_000)
  }, 30_000)

  it('applies a sign-out and a role change made through one instance on the other’s next request (signed-in pages are shared by audience)', async () => {
    const [a, b] = instances
    const { token } = await (await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })).json()
    const person = { email: `moved-${Date.now()}@example.test`, password: 'a long enough password', name: 'Person Between Instances' }
    const created = await (await fetch(`${a.url}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ ...person, roles: ['learner'], _verified: true }) })).json()
    const signIn = await (await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(person) })).json()
    const cookie = `payload-token=${signIn.token}`
    const page = async (base: string) => (await fetch(`${base}/en/participants/czech-republic`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).text()
    // Members see a state's National Contact Point (the demo content has the Czech one); a learner does not.
    const contactPoint = /Department for Asylum and Migration Policy/
    for (const base of [a.url, b.url]) {
      const html = await page(base)
      expect(html).toContain(person.name)
      expect(html).not.toMatch(contactPoint)
    }
    const promoted = await fetch(`${a.url}/api/users/${created.doc.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ roles: ['ncp'] }) })
    expect(promoted.status).toBe(200)
    expect(await page(b.url)).toMatch(contactPoint)
    const out = await fetch(`${a.url}/api/users/logout`, { method: 'POST', headers: { cookie, origin: a.url, 'sec-fetch-site': 'same-origin' } })
    expect(out.status).toBe(200)
    const after = await page(b.url)
    expect(after).not.toContain(person.name)
    expect(after).not.toMatch(contactPoint)
  }, 30_000)

  it('serves a file uploaded through one instance from the other, and a missing file as 404', async () => {
    const [a, b] = instances
    const { token } = await (await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })).json()
    const form = new FormData()
    form.append('file', new Blob([fs.readFileSync('tests/fixtures/sample.pdf')], { type: 'application/pdf' }), `shared-${Date.now()}.pdf`)
    form.append('_payload', JSON.stringify({ audience: 'staff' }))
    const uploaded = await (await fetch(`${a.url}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })).json()
    const filePath = new URL(uploaded.doc.url, b.url).pathname
    expect((await fetch(`${b.url}${filePath}`, { headers: { authorization: `JWT ${token}` } })).status).toBe(200)
    fs.rmSync(path.join(dataDir, 'documents', uploaded.doc.filename))
    expect((await fetch(`${b.url}${filePath}`, { headers: { authorization: `JWT ${token}` } })).status).toBe(404)
  }, 30_000)
})
