import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { adminEmail, adminPassword } from './global-setup'

export const baseUrl = () => inject('baseUrl')
export const databaseKind = () => inject('databaseKind')

let browser: Browser | undefined

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch(inject('chromium'))
  return browser
}

export async function closeBrowser() {
  await browser?.close()
  browser = undefined
}

export async function newPage(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await launch()).newContext({ baseURL: baseUrl(), ...options })
  const page = await context.newPage()
  return { context, page }
}

/** axe findings of impact serious or critical (WCAG 2.1 A/AA rules). */
export async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

/**
 * axe findings on a page opened in a context of its own, with scripts (axe runs as one) and
 * optionally the session of another context: for pages a test walks without JavaScript.
 */
export async function axeAt(path: string, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>, width = 390) {
  const { context, page } = await newPage({ storageState, viewport: { width, height: 900 } })
  await page.goto(path)
  const found = await seriousAxeViolations(page)
  await context.close()
  return found
}

/** A JWT for REST/GraphQL calls as the given account. */
export async function apiToken(email = adminEmail, password = adminPassword): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`)
  return (await res.json()).token
}

export async function api<T = unknown>(path: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: T }> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json')
  const res = await fetch(`${baseUrl()}${path}`, { ...init, headers })
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body: body as T }
}

/** Uploads a file to an upload collection through REST (as `token`); its id and file path. */
export async function uploadFile(token: string, collection: string, file: { data: Buffer; type: string; name: string }, fields: Record<string, unknown> = {}): Promise<{ id: number; url: string }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${baseUrl()}/api/${collection}`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const body = await res.json()
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`)
  return { id: body.doc.id, url: new URL(body.doc.url, baseUrl()).pathname }
}

/** Uploads a PDF fixture as a publication file through REST (as staff); its id and file path. */
export async function uploadPdf(token: string, fixture: string, name: string): Promise<{ id: number; url: string }> {
  return uploadFile(token, 'documents', { data: fs.readFileSync(`tests/fixtures/${fixture}.pdf`), type: 'application/pdf', name }, { audience: 'staff' })
}

/** The id of a publication type, by slug. */
export async function publicationTypeId(token: string, slug: string): Promise<number> {
  const res = await api<{ docs: { id: number }[] }>(`/api/publication-types?where[slug][equals]=${slug}`, { token })
  return res.body.docs[0].id
}

/** Creates a verified account with roles through the REST API as the admin. */
export async function createAccount(adminToken: string, roles: string[], preferredLanguage = 'en', extra: Record<string, unknown> = {}) {
  const email = `${roles.join('-')}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`
  const password = 'e2e password for tests'
  const res = await api<{ doc: { id: number } }>('/api/users', {
    method: 'POST',
    token: adminToken,
    body: JSON.stringify({ email, password, name: `E2E ${roles.join(' ')}`, roles, preferredLanguage, _verified: true, ...extra }),
  })
  if (res.status !== 201) throw new Error(`could not create account: ${res.status} ${JSON.stringify(res.body)}`)
  return { id: res.body.doc.id, email, password }
}

/** Signs in through the site's own form (English), as a reader would; ends on the profile page. */
export async function signInOnSite(page: Page, account: { email: string; password: string }) {
  await page.goto('/en/account/sign-in')
  await page.getByLabel('E-mail address').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/en/account/profile')
}

export { adminEmail, adminPassword }
