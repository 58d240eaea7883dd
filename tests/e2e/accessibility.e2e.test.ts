import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { adminEmail, adminPassword, api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, seriousAxeViolations, signInOnSite } from './helpers'

/** One page of every type, in both languages. */
const pageTypes = [
  '/{l}',
  '/{l}/about',
  '/{l}/about/contact',
  '/{l}/repository',
  '/{l}/repository?q=migration',
  // Chosen filters: checked boxes and the removable "active filter" links.
  '/{l}/repository?language=en&language=ru&country=CZ&from=2020',
  '/{l}/search?q=migration',
  '/{l}/thematic-areas',
  '/{l}/events',
  '/{l}/events?when=past&type=strategic-group-meeting',
  '/{l}/events/senior-officials-meeting-prague',
  // Registration pages as a visitor sees them (signed-in views: registration.e2e).
  '/{l}/events/senior-officials-meeting-prague/register',
  '/{l}/events/webinar-digital-asylum-procedures/register',
  '/{l}/thematic-areas/asylum-international-protection',
  '/{l}/governance',
  '/{l}/projects',
  '/{l}/projects/dialogue-analysis-training-in-action',
  '/{l}/participants',
  '/{l}/participants/kosovo',
  // A state with news, a hosted conference and publications.
  '/{l}/participants/czech-republic',
  '/{l}/news',
  '/{l}/news/training-academy-launches-e-learning-platform',
  // With an image.
  '/{l}/news/prague-process-origins-2009',
  // With a cover.
  '/{l}/repository/prague-process-at-a-glance',
  '/{l}/accessibility',
  '/{l}/privacy',
  // A consulate checking a visa letter: the form, and the answer for an unknown number.
  '/{l}/letters/verify',
  '/{l}/letters/verify?reference=PP-2026-AAAAAAAA',
  '/{l}/account/sign-in',
  '/{l}/account/sign-up',
  '/{l}/account/forgot-password',
  // The links from the e-mails: a new password (and the answer to a mistyped one), and a
  // confirmation without a valid token (the answer to an old link; a valid one: below).
  '/{l}/account/reset-password?token=e2e-reset-token',
  '/{l}/account/reset-password?token=e2e-reset-token&error=passwords-differ',
  '/{l}/account/verify',
  '/{l}/account/verify?token=no-such-token',
  '/{l}/account/sign-in?error=invalid-credentials&email=a%40b.test',
  '/{l}/no-such-page',
]

describe(`accessibility: axe finds nothing serious (${databaseKind()})`, () => {
  afterAll(closeBrowser)

  /** axe's serious findings on the page as it is now, and whether it fits a phone (390 px) and a laptop (1366 px). */
  async function findingsOn(page: Page, label: string): Promise<string[]> {
    const findings = (await seriousAxeViolations(page)).map((v) => `${label}: ${v}`)
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 })
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) findings.push(`${label}: ${scrollWidth} px at ${width} px`)
    }
    return findings
  }

  for (const locale of ['en', 'ru']) {
    it(`on every public page type in ${locale}`, async () => {
      const { context, page } = await newPage()
      const findings: string[] = []
      for (const template of pageTypes) {
        const path = template.replace('{l}', locale)
        await page.goto(path)
        for (const v of await seriousAxeViolations(page)) findings.push(`${path}: ${v}`)
      }
      await context.close()
      expect(findings).toEqual([])
    }, 180_000)
  }

  // A phone (390 px) and a laptop (1366 px): nothing is wider than the screen.
  for (const width of [390, 1366]) {
    it(`fits every page type into ${width} px in both languages`, async () => {
      const { context, page } = await newPage({ viewport: { width, height: 800 } })
      const wider: string[] = []
      const items = (await (await fetch(`${baseUrl()}/api/publications?limit=1&depth=0&where[visibility][equals]=public`)).json()) as { docs: { slug: string }[] }
      const extra = items.docs.map((d) => `/{l}/repository/${d.slug}`)
      for (const locale of ['en', 'ru']) {
        for (const template of [...pageTypes, ...extra]) {
          const path = template.replace('{l}', locale)
          await page.goto(path)
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
          if (scrollWidth > width) wider.push(`${path}: ${scrollWidth} px`)
        }
      }
      await context.close()
      expect(wider).toEqual([])
    }, 180_000)
  }

  it('with a signed-in person’s long name in the header, on a phone, in Russian', async () => {
    const admin = await apiToken()
    const account = await createAccount(admin, ['ncp'], 'ru')
    const name = 'Александра Константиновна Преображенская-Верещагина'
    expect((await fetch(`${baseUrl()}/api/users/${account.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` }, body: JSON.stringify({ name }) })).status).toBe(200)
    const { context, page } = await newPage({ viewport: { width: 390, height: 800 } })
    await signInOnSite(page, account)
    for (const path of ['/ru/news', '/ru/repository', '/ru/account/profile', '/ru/account/calendar', '/ru/account', '/ru/account/proposals']) {
      await page.goto(path)
      // The name, cut short on screen, and the whole of it with "My account" for screen readers.
      expect(await page.getByRole('link', { name: `${name} · Личный кабинет`, exact: true }).isVisible(), path).toBe(true)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
      expect(await seriousAxeViolations(page), path).toEqual([])
    }
    await context.close()
  }, 120_000)

  it('on the members’ pages: the National Contact Points and a proposal, in both languages, on a phone and a laptop', async () => {
    const admin = await apiToken()
    const states = (await api<{ docs: { id: number; slug: string }[] }>('/api/participants?where[slug][in]=armenia,georgia&depth=0', { token: admin })).body.docs
    const state = (slug: string) => states.find((s) => s.slug === slug)!.id
    const area = (await api<{ docs: { id: number }[] }>('/api/thematic-areas?limit=1&depth=0', { token: admin })).body.docs[0].id
    const account = await createAccount(admin, ['ncp'], 'en', { participant: state('georgia') })
    // Another state's proposal with a comment: the page with the forms to support it and to comment.
    const topic = `Labour migration statistics ${Date.now().toString(36)}`
    const proposal = await api<{ doc: { id: number } }>('/api/proposals', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ topic, thematicArea: area, hostState: state('armenia'), format: 'hybrid', tentativeFrom: '2027-06-08', tentativeTo: '2027-06-09', rationale: 'Several states are revising how they count labour migrants.', state: state('armenia') }),
    })
    expect(proposal.status).toBe(201)
    const id = proposal.body.doc.id
    const comment = await api('/api/proposal-responses', { method: 'POST', token: admin, body: JSON.stringify({ proposal: id, kind: 'comment', author: account.id, state: state('georgia'), text: 'Georgia would present its new survey.' }) })
    expect(comment.status).toBe(201)
    const { context, page } = await newPage()
    await signInOnSite(page, account)
    const findings: string[] = []
    for (const locale of ['en', 'ru']) {
      await page.goto(`/${locale}/account/contact-points`)
      // The directory itself, not the page a non-member gets.
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(locale === 'en' ? 'National Contact Points' : 'Национальные контактные пункты')
      expect(await page.locator('main section h2').count()).toBeGreaterThan(0)
      findings.push(...(await findingsOn(page, `/${locale}/account/contact-points`)))
      await page.goto(`/${locale}/account/proposals/${id}`)
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(topic)
      expect(await page.getByRole('button', { name: locale === 'en' ? 'Support this proposal' : 'Поддержать предложение' }).count()).toBe(1)
      findings.push(...(await findingsOn(page, `/${locale}/account/proposals/${id}`)))
    }
    await context.close()
    expect(findings).toEqual([])
  }, 120_000)

  it('on the answer to a valid confirmation link, in both languages, on a phone and a laptop', async () => {
    const admin = await apiToken()
    // A browser new to the site, as someone opening the link from their mail: public pages send
    // no Critical-CH, which would make it fetch the page twice and find the link used the second time.
    const { context, page } = await newPage()
    const findings: string[] = []
    for (const locale of ['en', 'ru']) {
      // An account opened unconfirmed gets its link by e-mail (here: in the outbox); a link works once.
      const account = await createAccount(admin, ['learner'], locale, { _verified: false })
      const outbox = () => api<{ docs: { html: string }[] }>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(account.email)}`, { token: admin })
      await expect.poll(async () => (await outbox()).body.docs.length).toBe(1)
      const link = new URL((await outbox()).body.docs[0].html.match(/href="([^"]*\/account\/verify\?token=[^"]+)"/)![1].replace(/&amp;/g, '&'))
      await page.goto(link.pathname + link.search)
      expect(await page.locator('[role="status"]').textContent()).toBe(locale === 'en' ? 'Your e-mail address is confirmed. You can sign in now.' : 'Адрес электронной почты подтверждён. Теперь вы можете войти.')
      findings.push(...(await findingsOn(page, `/${locale}/account/verify (confirmed)`)))
    }
    await context.close()
    expect(findings).toEqual([])
  }, 60_000)

  it('on a draft an editor previews, with the preview banner, in both languages, on a phone and a laptop', async () => {
    const admin = await apiToken()
    const slug = `a11y-draft-${Date.now().toString(36)}`
    const created = await api<{ doc: { id: number } }>('/api/pages?locale=en&draft=true', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ title: 'Partners of the Process', slug, intro: 'Who works with the Secretariat.', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api(`/api/pages/${id}?locale=ru&draft=true`, { method: 'PATCH', token: admin, body: JSON.stringify({ title: 'Партнёры Процесса', intro: 'Кто работает с Секретариатом.', _status: 'draft' }) })
    const { context, page } = await newPage()
    await signInOnSite(page, { email: adminEmail, password: adminPassword })
    const findings: string[] = []
    for (const locale of ['en', 'ru']) {
      await page.goto(`/preview?collection=pages&id=${id}&locale=${locale}`)
      await page.waitForURL(`**/${locale}/${slug}`)
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(locale === 'en' ? 'Partners of the Process' : 'Партнёры Процесса')
      expect(await page.locator('.preview-banner').innerText()).toMatch(locale === 'en' ? /^Preview:/ : /^Предпросмотр:/)
      findings.push(...(await findingsOn(page, `/${locale}/${slug} (preview)`)))
    }
    await context.close()
    expect(findings).toEqual([])
  }, 60_000)

  it('on the signed-in profile page', async () => {
    const account = await createAccount(await apiToken(), ['learner'])
    const { context, page } = await newPage()
    await signInOnSite(page, account)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })
})
