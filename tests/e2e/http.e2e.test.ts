import { beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, createAccount, databaseKind } from './helpers'

type Docs = { docs: { id: number; title?: string; slug?: string }[] }

const graphql = (query: string, token?: string) =>
  api<{ data?: Record<string, { docs: { id: number; title: string }[] } | null>; errors?: unknown[] }>('/api/graphql', {
    method: 'POST',
    token,
    body: JSON.stringify({ query }),
  })

describe(`HTTP doors: REST, GraphQL, headers, cache (${databaseKind()})`, () => {
  let admin: string
  let learner: string
  let draftSlug: string

  beforeAll(async () => {
    admin = await apiToken()
    const account = await createAccount(admin, ['learner'])
    learner = await apiToken(account.email, account.password)
    draftSlug = `draft-${Date.now()}`
    const created = await api('/api/news?draft=true', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ title: 'Unpublished draft', excerpt: 'x', slug: draftSlug, _status: 'draft' }),
    })
    expect(created.status).toBe(201)
  })

  it('answers health with the database kind', async () => {
    const res = await api<{ status: string; database: string }>('/api/health')
    expect(res).toMatchObject({ status: 200, body: { status: 'ok', database: databaseKind() } })
  })

  it('never shows drafts to anonymous readers or learners, through REST or GraphQL', async () => {
    for (const token of [undefined, learner]) {
      const rest = await api<Docs>(`/api/news?where[slug][equals]=${draftSlug}&draft=true`, { token })
      expect(rest.status).toBe(200)
      expect(rest.body.docs).toEqual([])
      const gql = await graphql(`{ allNews(where: { slug: { equals: "${draftSlug}" } }, draft: true) { docs { id title } } }`, token)
      expect(gql.body.data?.allNews?.docs ?? []).toEqual([])
    }
    const staff = await api<Docs>(`/api/news?where[slug][equals]=${draftSlug}&draft=true`, { token: admin })
    expect(staff.body.docs).toHaveLength(1)
    const page = await fetch(`${baseUrl()}/en/news/${draftSlug}`)
    expect(page.status).toBe(404)
  })

  it('keeps accounts and the outbox private through REST and GraphQL', async () => {
    expect((await api('/api/users')).status).toBe(403)
    const asLearner = await api<Docs>('/api/users', { token: learner })
    expect(asLearner.body.docs).toHaveLength(1)
    expect((await api('/api/email-outbox', { token: learner })).status).toBe(403)
    const gql = await graphql('{ Users { docs { id email } } }')
    expect(gql.body.data?.Users ?? null).toBeNull()
    expect(gql.body.errors).toBeDefined()
  })

  it('refuses content edits by non-staff through REST and GraphQL', async () => {
    const rest = await api('/api/news', { method: 'POST', token: learner, body: JSON.stringify({ title: 'x', excerpt: 'x', slug: `x-${Date.now()}` }) })
    expect(rest.status).toBe(403)
    const gql = await graphql(`mutation { createParticipant(data: { name: "X", kind: state, slug: "x-${Date.now()}" }) { id } }`, learner)
    expect(gql.body.errors).toBeDefined()
  })

  it('puts security headers on pages, API and admin', async () => {
    for (const path of ['/en', '/api/health', '/admin/login', '/en/no-such-page', '/en/account/sign-in']) {
      const res = await fetch(`${baseUrl()}${path}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      // Public pages are sent without scripts and forbid them; the admin and API use a nonce.
      expect(csp, path).toMatch(/^\/(en|ru)/.test(path) ? /script-src 'none'/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
      expect(csp, path).toMatch(path.startsWith('/admin') ? /frame-ancestors 'self'/ : /frame-ancestors 'none'/)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
  })

  it('sends public pages without any script, and the admin with a fresh nonce each time', async () => {
    const page = await fetch(`${baseUrl()}/en/participants`)
    expect(await page.text()).not.toMatch(/<script/i)
    const nonces = await Promise.all(
      [1, 2].map(async () => (await fetch(`${baseUrl()}/admin/login`)).headers.get('content-security-policy')!.match(/'nonce-([^']+)'/)![1]),
    )
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('strips Next’s client runtime completely and keeps the whole page (fails loudly if Next changes its output)', async () => {
    for (const path of ['/en', '/ru/news', '/en/repository', '/en/account/sign-in']) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text()
      // Complete: the capture saw the whole response.
      expect(html.trimEnd(), path).toMatch(/<\/html>$/)
      expect(html, path).toMatch(/<main\b[\s\S]*<h1\b/)
      // No runtime left in any form: scripts (except JSON-LD data), inline RSC payload, preloads.
      expect(html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''), path).not.toMatch(/<script|__next_f|self\.__next|as="script"|modulepreload/)
      // The RSC payload repeats the page; a page far larger than its content means it leaked.
      expect(html.length, path).toBeLessThan(60_000)
    }
    // Signed-in pages take the same path (never cached, still without scripts).
    const signedIn = await (await fetch(`${baseUrl()}/en/account/profile`, { headers: { cookie: `payload-token=${learner}`, 'sec-fetch-site': 'same-origin' } })).text()
    expect(signedIn).toContain('My account')
    expect(signedIn).not.toMatch(/<script|__next_f/)
  })

  it('refuses cross-site form posts and cookie-authenticated API writes (CSRF)', async () => {
    const form = await fetch(`${baseUrl()}/forms/sign-in`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.test&password=x&locale=en',
      redirect: 'manual',
    })
    expect(form.status).toBe(403)
    const apiWrite = await fetch(`${baseUrl()}/api/news`, {
      method: 'POST',
      headers: { cookie: `payload-token=${admin}`, 'content-type': 'application/json', referer: 'https://evil.example/page' },
      body: JSON.stringify({ title: 'csrf' }),
    })
    expect(apiWrite.status).toBe(403)
    const sameSite = await fetch(`${baseUrl()}/forms/sign-in`, {
      method: 'POST',
      headers: { origin: baseUrl(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.test&password=wrong-password&locale=en',
      redirect: 'manual',
    })
    expect(sameSite.status).toBe(303)
  })

  it('serves anonymous pages from the cache and shows a change on the next request', async () => {
    const url = `${baseUrl()}/en/news`
    await fetch(url)
    const cached = await fetch(url)
    expect(cached.headers.get('x-page-cache')).toBe('hit')
    const title = `Fresh news ${Date.now()}`
    const created = await api('/api/news', { method: 'POST', token: admin, body: JSON.stringify({ title, excerpt: 'x', body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'x', format: 0, detail: 0, mode: 'normal', style: '' }] }] } }, slug: `fresh-${Date.now()}`, _status: 'published' }) })
    expect(created.status).toBe(201)
    await expect.poll(async () => (await fetch(url)).text(), { timeout: 5_000, interval: 100 }).toContain(title)
  })

  it('never serves a signed-in reader from the anonymous cache', async () => {
    await fetch(`${baseUrl()}/en`)
    // A browser's same-origin navigation (Payload ignores session cookies on requests that may be cross-site).
    const res = await fetch(`${baseUrl()}/en`, { headers: { cookie: `payload-token=${learner}`, 'sec-fetch-site': 'same-origin' } })
    // Their own audience's copy (signed-in-cache.e2e.test.ts), theirs alone on the way out.
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const html = await res.text()
    expect(html).toContain('My account')
    expect(html).not.toContain('>Sign in<')
    // Without a session Payload accepts (no Sec-Fetch-Site: maybe cross-site), the reader is a visitor.
    const unsure = await fetch(`${baseUrl()}/en`, { headers: { cookie: `payload-token=${learner}` } })
    expect(await unsure.text()).toContain('>Sign in<')
  })

  it('publishes sitemap.xml with both languages and robots.txt', async () => {
    const sitemap = await (await fetch(`${baseUrl()}/sitemap.xml`)).text()
    expect(sitemap).toContain('/en/participants/kosovo')
    expect(sitemap).toContain('hreflang="ru"')
    expect(sitemap).not.toContain(draftSlug)
    const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text()
    expect(robots).toContain('Sitemap:')
  })
})
