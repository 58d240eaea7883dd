import { beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, databaseKind, publicationTypeId, uploadPdf } from './helpers'

/**
 * Signed-in pages come from the page cache, one render per set of roles, with each person's
 * details filled into their copy (issue #12). These tests are the other side of that: people
 * of different roles and states load the same addresses at the same time, and each sees their
 * own name, their own details and what their roles allow, never anyone else's; a role change
 * and a sign-out count on the very next request.
 */
describe(`signed-in pages shared by audience (${databaseKind()})`, () => {
  const suffix = Date.now().toString(36)
  const restrictedTitle = `Restricted border assessment ${suffix}`
  let admin: string
  type TState = { id: number; en: string; ru: string }
  type TPerson = { id: number; name: string; email: string; state?: TState; cookie: string }
  const people: Record<'anna' | 'oleg' | 'lena', TPerson> = {} as never

  async function signIn(email: string, password: string): Promise<string> {
    const res = await fetch(`${baseUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    expect(res.status).toBe(200)
    return `payload-token=${((await res.json()) as { token: string }).token}`
  }

  async function person(name: string, roles: string[], participant?: TState): Promise<TPerson> {
    const email = `${roles[0]}-${suffix}-${Math.random().toString(36).slice(2, 7)}@example.test`
    const password = 'e2e password for tests'
    const res = await api<{ doc: { id: number } }>('/api/users', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ email, password, name, roles, preferredLanguage: 'ru', participant: participant?.id ?? null, _verified: true }),
    })
    expect(res.status).toBe(201)
    return { id: res.body.doc.id, name, email, state: participant, cookie: await signIn(email, password) }
  }

  /** A browser's navigation: Payload reads the session cookie only on requests that cannot be cross-site. */
  const load = async (path: string, cookie?: string) => {
    const res = await fetch(`${baseUrl()}${path}`, { headers: { ...(cookie ? { cookie } : {}), 'sec-fetch-site': 'same-origin', 'accept-encoding': 'br, gzip' } })
    return { status: res.status, cache: res.headers.get('x-page-cache'), cacheControl: res.headers.get('cache-control'), html: await res.text() }
  }

  beforeAll(async () => {
    admin = await apiToken()
    const states = await api<{ docs: { id: number; name: { en: string; ru: string } }[] }>('/api/participants?where[kind][equals]=state&limit=2&sort=slug&locale=all', { token: admin })
    const [first, second] = states.body.docs.map((d) => ({ id: d.id, ...d.name }))
    people.anna = await person('Anna Petrova', ['ncp'], first)
    people.oleg = await person('Олег Иванов', ['ncp'], second)
    people.lena = await person('Lena Learner', ['learner'])
    const report = await publicationTypeId(admin, 'analytical-report')
    const file = (await uploadPdf(admin, 'sample', `restricted-${suffix}.pdf`)).id
    const created = await api('/api/publications?locale=en', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ title: restrictedTitle, abstract: 'For members only.', slug: `restricted-border-${suffix}`, type: report, publishedOn: '2025-02-01', editions: [{ language: 'en', file }], visibility: 'members', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    // Indexed by a background job: wait until a member finds it.
    const deadline = Date.now() + 60_000
    while (!(await load(`/en/repository?q=${suffix}`, people.anna.cookie)).html.includes(restrictedTitle)) {
      if (Date.now() > deadline) throw new Error('the members-only publication was not indexed within 60 s')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }, 120_000)

  it('gives each person their own name, details and what their roles allow, when all load the same pages at once', async () => {
    const pages = ['/en/news', `/en/repository?q=${suffix}`, '/ru/repository', '/ru/account/profile', '/en/account/profile?notice=saved']
    const everyone = Object.values(people)
    // Several rounds, every person and page at once: renders are shared while they are made.
    const loads = await Promise.all(
      [1, 2, 3].flatMap(() => everyone.flatMap((p) => pages.map(async (page) => ({ p, page, ...(await load(page, p.cookie)) })))),
    )
    for (const { p, page, status, html, cacheControl } of loads) {
      const where = `${p.name} on ${page}`
      expect(status, where).toBe(200)
      expect(cacheControl, where).toBe('private, no-store')
      expect(html, where).toContain(`<span class="account-link__name">${p.name}</span>`)
      expect(html, where).not.toContain('pp-slot-')
      for (const other of everyone.filter((o) => o !== p)) {
        expect(html, where).not.toContain(other.name)
        expect(html, where).not.toContain(other.email)
        if (other.state && other.state.id !== p.state?.id) for (const name of [other.state.en, other.state.ru]) expect(html, where).not.toContain(`<dd>${name}</dd>`)
      }
      if (page.includes(`q=${suffix}`)) expect(html.includes(restrictedTitle), where).toBe(p !== people.lena)
      if (page.includes('/account/profile')) {
        expect(html, where).toContain(`<dd>${p.email}</dd>`)
        if (p.state) expect(html, where).toContain(`<dd>${p.state[page.startsWith('/ru') ? 'ru' : 'en']}</dd>`)
        // The preferred language (Russian for all three) is the one checked.
        expect(html, where).toMatch(/<input type="radio" checked=""[^>]*value="ru"/)
        expect(html, where).toContain(`value="${p.name}"`)
      }
    }
    // Shared indeed: most of these came from the cache.
    expect(loads.filter((l) => l.cache === 'hit').length).toBeGreaterThan(loads.length / 2)
    // And nothing personal reached a visitor.
    const visitor = await load('/en/news')
    expect(visitor.html).toContain('Sign in')
    for (const p of everyone) expect(visitor.html).not.toContain(p.name)
    expect((await load(`/en/repository?q=${suffix}`)).html).not.toContain(restrictedTitle)
    // Nor does saying to be a shared render for members: the front's headers are its own.
    const forged = { 'x-pp-viewer': 'roles:admin;forged', 'x-pp-revision': 'forged' }
    expect(await (await fetch(`${baseUrl()}/en/repository?q=${suffix}`, { headers: forged })).text()).not.toContain(restrictedTitle)
    // (The profile is never shared with a visitor, so only the app could be fooled there: it is sent to sign in.)
    const profile = await fetch(`${baseUrl()}/en/account/profile`, { headers: forged, redirect: 'manual' })
    expect(profile.status).toBeGreaterThanOrEqual(300)
    expect(profile.status).toBeLessThan(400)
  })

  it('keeps the directory of National Contact Points for members: a learner finds no such page, a visitor is asked to sign in', async () => {
    const institution = 'Ministry of the Interior of the Czech Republic, Department for Asylum and Migration Policy'
    for (const p of [people.anna, people.oleg]) {
      const page = await load('/en/account/contact-points', p.cookie)
      expect(page.status).toBe(200)
      expect(page.html).toContain(institution)
      expect(page.html).toContain(`>${p.name}<`)
    }
    const learner = await load('/en/account/contact-points', people.lena.cookie)
    expect(learner.status).toBe(404)
    expect(learner.html).not.toContain(institution)
    const visitor = await fetch(`${baseUrl()}/ru/account/contact-points`, { redirect: 'manual' })
    expect(visitor.headers.get('location')).toContain('/ru/account/sign-in')
  })

  it('keeps each person\'s dashboard for them alone, and shows their new registration at once', async () => {
    const { anna, oleg } = people
    // Both at once, three times each: everyone gets their own page, from the second time on from the cache.
    const loads = await Promise.all([anna, oleg, anna, oleg, anna, oleg].map((p) => load('/en/account', p.cookie).then((r) => ({ person: p, ...r }))))
    for (const { person, html, status, cacheControl } of loads) {
      expect(status).toBe(200)
      expect(cacheControl).toBe('private, no-store')
      expect(html).toContain(`>${person.name}<`)
      expect(html).not.toContain(`>${(person === anna ? oleg : anna).name}<`)
    }
    expect((await load('/en/account', anna.cookie)).cache).toBe('hit')
    // A visitor is sent to sign in, never shown a kept copy.
    const visitor = await fetch(`${baseUrl()}/en/account`, { redirect: 'manual' })
    expect(visitor.headers.get('x-page-cache')).not.toBe('hit')
    expect((await visitor.text())).not.toContain(anna.name)

    // The Secretariat registers Anna for a meeting: her next dashboard shows it, Oleg's does not.
    const type = (await api<{ docs: { id: number }[] }>('/api/event-types?where[slug][equals]=ncp-meeting&depth=0', { token: admin })).body.docs[0].id
    const start = Date.now() + 20 * 24 * 3600 * 1000
    const title = `Dashboard meeting ${suffix}`
    const event = await api<{ doc: { id: number } }>('/api/events?locale=en', { method: 'POST', token: admin, body: JSON.stringify({ title, slug: `dashboard-meeting-${suffix}`, type, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), format: 'online', visibility: 'members', registration: { mode: 'members', approval: 'automatic' }, _status: 'published' }) })
    expect(event.status).toBe(201)
    const registered = await api('/api/registrations', { method: 'POST', token: admin, body: JSON.stringify({ event: event.body.doc.id, name: anna.name, email: anna.email, person: anna.id, language: 'en' }) })
    expect(registered.status).toBe(201)
    expect((await load('/en/account', anna.cookie)).html).toContain(title)
    expect((await load('/en/account', oleg.cookie)).html).not.toContain(title)
  })

  it('applies a role change and a sign-out on the next request', async () => {
    const { lena } = people
    expect((await load(`/en/repository?q=${suffix}`, lena.cookie)).html).not.toContain(restrictedTitle)
    const changed = await api(`/api/users/${lena.id}`, { method: 'PATCH', token: admin, body: JSON.stringify({ roles: ['ncp'] }) })
    expect(changed.status).toBe(200)
    expect((await load(`/en/repository?q=${suffix}`, lena.cookie)).html).toContain(restrictedTitle)
    // A renamed person sees the new name at once, in a page the cache already holds.
    await api(`/api/users/${lena.id}`, { method: 'PATCH', token: admin, body: JSON.stringify({ name: 'Lena Renamed' }) })
    expect((await load('/en/news', lena.cookie)).html).toContain('>Lena Renamed<')

    const out = await fetch(`${baseUrl()}/api/users/logout`, { method: 'POST', headers: { cookie: lena.cookie, origin: baseUrl(), 'sec-fetch-site': 'same-origin' } })
    expect(out.status).toBe(200)
    const after = await load(`/en/repository?q=${suffix}`, lena.cookie)
    expect(after.html).not.toContain(restrictedTitle)
    expect(after.html).not.toContain('Lena Renamed')
    expect(after.html).toContain('Sign in')
    // The profile of an ended session sends the reader to sign in.
    const profile = await fetch(`${baseUrl()}/en/account/profile`, { headers: { cookie: lena.cookie, 'sec-fetch-site': 'same-origin' }, redirect: 'manual' })
    expect(profile.status).toBeGreaterThanOrEqual(300)
    expect(profile.status).toBeLessThan(400)
  })

  it('renders an editor’s draft preview and API-token reads for that request alone', async () => {
    const withToken = await fetch(`${baseUrl()}/en/news`, { headers: { authorization: `JWT ${admin}` } })
    expect(withToken.headers.get('x-page-cache')).toBe('private')
    const preview = await load('/en/news', `${people.anna.cookie}; __prerender_bypass=anything`)
    expect(preview.cache).toBe('private')
    expect(preview.html).toContain('Anna Petrova')
  })
})
