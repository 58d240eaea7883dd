import { afterAll, describe, expect, it } from 'vitest'
import { apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, seriousAxeViolations, signInOnSite } from './helpers'

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
  '/{l}/account/sign-in?error=invalid-credentials&email=a%40b.test',
  '/{l}/no-such-page',
]

describe(`accessibility: axe finds nothing serious (${databaseKind()})`, () => {
  afterAll(closeBrowser)

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
    }, 120_000)
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

  it('on the signed-in profile page', async () => {
    const account = await createAccount(await apiToken(), ['learner'])
    const { context, page } = await newPage()
    await signInOnSite(page, account)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })
})
