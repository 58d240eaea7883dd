import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeBrowser, databaseKind, newPage } from './helpers'

describe(`public site in a browser (${databaseKind()})`, () => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({ context, page } = await newPage())
  })
  afterAll(async () => {
    await context.close()
    await closeBrowser()
  })

  it('sends / to the reader’s language', async () => {
    const { context: ru, page: ruPage } = await newPage({ locale: 'ru-RU', extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } })
    await ruPage.goto('/')
    expect(new URL(ruPage.url()).pathname).toBe('/ru')
    await ru.close()
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/en')
  })

  it('shows the home page in English and in Russian', async () => {
    await page.goto('/en')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.textContent('h1')).toBe('Prague Process')
    expect(await page.locator('main .card h3').count()).toBeGreaterThanOrEqual(6)
    await page.goto('/ru')
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    expect(await page.textContent('h1')).toBe('Пражский процесс')
    expect(await page.locator('main').innerText()).toContain('Тематические направления')
  })

  it('switches language and stays on the same page, with hreflang alternates', async () => {
    await page.goto('/en/news')
    await page.locator('.news-list h2 a').first().click()
    await page.waitForURL(/\/en\/news\/.+/)
    const englishPath = new URL(page.url()).pathname
    expect(englishPath).toMatch(/^\/en\/news\/.+/)
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!, location.href).pathname}`))
    expect(alternates).toEqual(expect.arrayContaining([`en ${englishPath}`, `ru ${englishPath.replace('/en/', '/ru/')}`]))
    await page.getByRole('link', { name: 'Русский' }).click()
    await page.waitForURL(/\/ru\/news\/.+/)
    expect(new URL(page.url()).pathname).toBe(englishPath.replace('/en/', '/ru/'))
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
  })

  it('draws all 50 participating states on the map, each linked to its country page', async () => {
    await page.goto('/en/participants')
    const links = page.locator('figure svg a')
    expect(await links.count()).toBe(50)
    await page.locator('figure svg a[aria-label="Germany"]').click()
    await page.waitForURL('**/en/participants/germany')
    expect(await page.textContent('h1')).toBe('Germany')
  })

  it('lists the same participants as text links, with Kosovo’s footnote', async () => {
    await page.goto('/en/participants')
    const listed = await page.locator('.participant-list a').allTextContents()
    expect(listed).toContain('Kosovo*')
    expect(listed).toContain('European Border and Coast Guard Agency (Frontex)')
    expect(await page.locator('.footnote').innerText()).toContain('UNSCR 1244/1999')
  })

  it('paginates news and opens an article', async () => {
    await page.goto('/en/news')
    const first = page.locator('.news-list h2 a').first()
    const title = await first.textContent()
    await first.click()
    expect(await page.textContent('h1')).toBe(title)
    expect(await page.locator('article time').count()).toBe(1)
  })

  it('answers unknown pages with a 404 in the reader’s language', async () => {
    const en = await page.goto('/en/no-such-page')
    expect(en?.status()).toBe(404)
    expect(await page.textContent('h1')).toBe('Page not found')
    const ru = await page.goto('/ru/no-such-page')
    expect(ru?.status()).toBe(404)
    expect(await page.textContent('h1')).toBe('Страница не найдена')
  })

  it('reads without JavaScript', async () => {
    const { context: noJs, page: plain } = await newPage({ javaScriptEnabled: false })
    await plain.goto('/ru/governance')
    expect(await plain.textContent('h1')).toBe('Управление')
    expect(await plain.locator('main').innerText()).toContain('Стратегическая группа')
    await plain.goto('/en/participants')
    expect(await plain.locator('figure svg a').count()).toBe(50)
    await noJs.close()
  })

  it('lists every Ministerial Conference with its date and offers each declaration in both languages', async () => {
    const { context: noJs, page: plain } = await newPage({ javaScriptEnabled: false })
    for (const [locale, dates, links] of [
      ['en', ['April 2009', 'September 2016', '2022'], ['Declaration in English', 'Declaration in Russian']],
      ['ru', ['апрель 2009', 'сентябрь 2016', '2022'], ['Декларация на английском языке', 'Декларация на русском языке']],
    ] as const) {
      await plain.goto(`/${locale}/governance`)
      // The seed's conferences, each with its date (other tests may add conferences of their own).
      for (const [i, slug] of ['prague-2009', 'bratislava', 'ministerial-conference-2022'].entries()) {
        const conference = plain.locator(`#conference-${slug}`)
        expect(await conference.count(), slug).toBe(1)
        expect((await conference.locator('p.meta').innerText()).toLowerCase(), slug).toContain(dates[i].toLowerCase())
      }
      for (const slug of ['prague-2009', 'bratislava']) {
        const downloads = plain.locator(`#conference-${slug} ul.downloads a`)
        expect(await downloads.allInnerTexts()).toEqual(links)
        for (const href of await downloads.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          const res = await plain.request.get(href)
          expect(res.status(), href).toBe(200)
          expect(res.headers()['content-type']).toBe('application/pdf')
        }
      }
    }
    await noJs.close()
  })

  it('lets a keyboard user skip to the content and reach a state on the map', async () => {
    await page.goto('/en/participants')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    let reachedMap = false
    for (let i = 0; i < 20 && !reachedMap; i++) {
      await page.keyboard.press('Tab')
      reachedMap = await page.evaluate(() => Boolean(document.activeElement?.closest('figure svg')))
    }
    expect(reachedMap).toBe(true)
  })
})
