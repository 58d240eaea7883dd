import http from 'node:http'
import { beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, createAccount, databaseKind, publicationTypeId, uploadPdf } from './helpers'

/** Regression tests for what an attacker broke (issue #7), against the production server. */
describe(`hardening: what an anonymous attacker and a signed-in learner can no longer do (${databaseKind()})`, () => {
  let admin: string
  let learner: string
  let learnerId: number

  beforeAll(async () => {
    admin = await apiToken()
    const account = await createAccount(admin, ['learner'])
    learnerId = account.id
    learner = await apiToken(account.email, account.password)
  })

  it('never stores an empty page: HEAD after an anonymous POST leaves every reader a full page', async () => {
    for (const path of ['/en/news', '/ru', '/sitemap.xml', '/robots.txt', '/en/repository']) {
      expect((await fetch(`${baseUrl()}/api/anything`, { method: 'POST', body: 'x' })).status).toBeGreaterThanOrEqual(400)
      const head = await fetch(`${baseUrl()}${path}`, { method: 'HEAD' })
      expect(head.status, path).toBe(200)
      const get = await fetch(`${baseUrl()}${path}`)
      const body = await get.text()
      expect(body.length, path).toBeGreaterThan(50)
      expect(Number(head.headers.get('content-length')), path).toBe(Number(get.headers.get('content-length')))
    }
  })

  it('keeps the cache through anonymous writes of any method, and ignores parameters a page does not read', async () => {
    const url = `${baseUrl()}/en/news`
    await fetch(url)
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) await fetch(`${baseUrl()}/api/news/999999`, { method })
    expect((await fetch(url)).headers.get('x-page-cache')).toBe('hit')
    const busted = await fetch(`${url}?bust=${Date.now()}&utm_source=mail`)
    expect(busted.headers.get('x-page-cache')).toBe('hit')
    // The page read by a reader with tracking tags links to itself without them.
    const html = await (await fetch(`${baseUrl()}/en/about?utm_campaign=x`)).text()
    expect(html).not.toContain('utm_campaign')
  })

  it('answers malformed addresses and input with 400, never 500', async () => {
    for (const path of ['/en/repository/%FF', '/api/publications/%FF', '/ru/news/%E0%A4%A']) {
      expect((await fetch(`${baseUrl()}${path}`)).status, path).toBe(400)
    }
    const garbage = await fetch(`${baseUrl()}/forms/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz', origin: baseUrl() },
      body: '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nbroken',
      redirect: 'manual',
    })
    expect(garbage.status).toBe(303)
    expect(garbage.headers.get('location')).toContain('error=invalid-input')
    // A 1,000-OR filter is refused for its length (by us, or by Node's header limit first).
    const ors = (n: number) => Array.from({ length: n }, (_, i) => `where[or][${i}][slug][equals]=x${i}`).join('&')
    expect([414, 431]).toContain((await fetch(`${baseUrl()}/api/news?${ors(1000)}`)).status)
    // A long one that fits in the address is answered, up to 100 conditions; beyond, 400.
    expect((await fetch(`${baseUrl()}/api/news?${ors(90)}`)).status).toBe(200)
    expect((await fetch(`${baseUrl()}/api/news?${ors(150)}`)).status).toBe(400)
    // The same in a body (Payload's method override for long queries): 400, not 500.
    const overridden = await fetch(`${baseUrl()}/api/news`, { method: 'POST', headers: { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' }, body: ors(1000) })
    expect(overridden.status).toBe(400)
    // A broken multipart body to the API: the client's error.
    const multipart = await fetch(`${baseUrl()}/api/news`, { method: 'POST', headers: { authorization: `JWT ${admin}`, 'content-type': 'multipart/form-data; boundary=xyz' }, body: 'garbage' })
    expect(multipart.status).toBe(400)
  })

  it('refuses large bodies before reading them, and anonymous uploads', async () => {
    const big = new Uint8Array(3 * 1024 * 1024)
    const form = await fetch(`${baseUrl()}/forms/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl() }, body: big }).catch((e: Error) => e)
    expect(form instanceof Error ? 'connection closed' : String(form.status)).toMatch(/413|connection closed/)
    const upload = new FormData()
    upload.append('file', new Blob([new Uint8Array(1024 * 1024)], { type: 'application/pdf' }), 'x.pdf')
    expect((await fetch(`${baseUrl()}/api/documents`, { method: 'POST', body: upload })).status).toBe(401)
    // A signed-in learner may not upload either: refused from the session alone, while the
    // body is still arriving (it is never finished here, so Payload could not have parsed it).
    const refusedEarly = await new Promise<number>((resolve, reject) => {
      const url = new URL('/api/documents', baseUrl())
      const req = http.request(url, { method: 'POST', headers: { authorization: `JWT ${learner}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': 5_000_000 } }, (res) => {
        resolve(res.statusCode ?? 0)
        req.destroy()
      })
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)))
      req.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\n')
    })
    expect(refusedEarly).toBe(403)
  })

  it('lets a reader who leaves mid-render not hold up the next reader of that page', async () => {
    const path = `/en/repository?q=${encodeURIComponent(`leave early ${Date.now()}`)}`
    await new Promise<void>((resolve) => {
      const req = http.get(new URL(path, baseUrl()))
      req.on('error', () => resolve())
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 5)
    })
    const started = performance.now()
    const next = await fetch(`${baseUrl()}${path}`)
    expect(next.status).toBe(200)
    expect(await next.text()).toContain('</html>')
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('keeps the echo of a failed form short', async () => {
    const res = await fetch(`${baseUrl()}/forms/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl() },
      body: `name=${'n'.repeat(20_000)}&email=${'e'.repeat(20_000)}&password=x&passwordConfirm=x&preferredLanguage=en&locale=en`,
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')!.length).toBeLessThan(1000)
  })

  it('backs off repeated wrong passwords on every sign-in door, per client, without locking the owner out', async () => {
    const target = await createAccount(admin, ['secretariat'])
    const guesser = { 'x-forwarded-for': '203.0.113.77' }
    const rest = () => fetch(`${baseUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...guesser }, body: JSON.stringify({ email: target.email, password: 'wrong password' }) })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await rest()).status)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses[5]).toBe(429)
    // GraphQL shares the back-off.
    const gql = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...guesser },
      body: JSON.stringify({ query: `mutation { loginUser(email: "${target.email}", password: "${target.password}") { token } }` }),
    })
    expect(JSON.stringify(await gql.json())).toMatch(/Too many failed attempts/)
    // The owner, elsewhere, signs in with the right password at once.
    const owner = await fetch(`${baseUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.10' }, body: JSON.stringify({ email: target.email, password: target.password }) })
    expect(owner.status).toBe(200)
  })

  it('lets nobody but admins unlock accounts, create accounts over the API or set them confirmed', async () => {
    expect((await api('/api/users/unlock', { method: 'POST', token: learner, body: JSON.stringify({ email: 'e2e-admin@example.test' }) })).status).toBe(403)
    const gql = await api<{ errors?: unknown[] }>('/api/graphql', { method: 'POST', token: learner, body: JSON.stringify({ query: 'mutation { unlockUser(email: "e2e-admin@example.test") }' }) })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const anonymous = await api('/api/users', { method: 'POST', body: JSON.stringify({ email: `anon-${Date.now()}@example.test`, password: 'a long enough password', name: 'x', roles: ['learner'] }) })
    expect(anonymous.status).toBe(403)
    const existing = await api('/api/users', { method: 'POST', body: JSON.stringify({ email: 'e2e-admin@example.test', password: 'abc', name: 'x' }) })
    expect(existing.status).toBe(403)
    const byLearner = await api('/api/users', { method: 'POST', token: learner, body: JSON.stringify({ email: `l-${Date.now()}@example.test`, password: 'a long enough password', name: 'x', _verified: true }) })
    expect(byLearner.status).toBe(403)
  })

  it('keeps admin internals from learners: document locks and the job runner', async () => {
    expect((await api('/api/payload-locked-documents', { token: learner })).status).toBe(403)
    expect((await api('/api/payload-locked-documents', { method: 'POST', token: learner, body: JSON.stringify({ globalSlug: 'x', user: { relationTo: 'users', value: learnerId } }) })).status).toBe(403)
    expect((await api('/api/payload-jobs/run', { token: learner })).status).toBe(401)
    expect((await api('/api/payload-jobs/run', { token: admin })).status).toBe(200)
  })

  it('marks signed-in API answers and files private, and withdraws a replaced file at once for anonymous readers', async () => {
    const signedIn = await fetch(`${baseUrl()}/api/users/me`, { headers: { authorization: `JWT ${learner}` } })
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    const first = await uploadPdf(admin, 'en-sample', `withdraw-a-${Date.now()}.pdf`)
    const second = await uploadPdf(admin, 'en-sample', `withdraw-b-${Date.now()}.pdf`)
    const type = await publicationTypeId(admin, 'policy-brief')
    const slug = `withdraw-${Date.now()}`
    const created = await api<{ doc: { id: number } }>('/api/publications', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ title: 'Withdrawal e2e', slug, type, publishedOn: '2024-01-01', editions: [{ language: 'en', file: first.id }], visibility: 'public', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    await expect.poll(async () => (await fetch(`${baseUrl()}${first.url}`)).status, { timeout: 10_000, interval: 200 }).toBe(200)
    const file = await fetch(`${baseUrl()}${first.url}`)
    // A public file may be kept by shared caches a short while, revalidated (and so re-checked) after.
    expect(file.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate')
    await api(`/api/publications/${created.body.doc.id}`, { method: 'PATCH', token: admin, body: JSON.stringify({ editions: [{ language: 'en', file: second.id }] }) })
    await expect.poll(async () => (await fetch(`${baseUrl()}${first.url}`)).status, { timeout: 10_000, interval: 200 }).toBe(403)
    const listed = await api<{ docs: { id: number }[] }>(`/api/documents?where[id][equals]=${first.id}`)
    expect(listed.body.docs).toEqual([])
    expect((await fetch(`${baseUrl()}${second.url}`)).status).toBe(200)
  })
})
