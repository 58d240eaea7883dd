import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, baseUrl, closeBrowser, createAccount, databaseKind, newPage, publicationTypeId, seriousAxeViolations, uploadPdf } from './helpers'

const suffix = Date.now().toString(36)

describe(`Online Repository in a browser (${databaseKind()})`, () => {
  let admin: string
  const slugs = { en: `labour-corridors-${suffix}`, ru: `reintegration-${suffix}`, members: `restricted-${suffix}` }

  beforeAll(async () => {
    admin = await apiToken()
    const brief = await publicationTypeId(admin, 'policy-brief')
    const report = await publicationTypeId(admin, 'analytical-report')
    const create = async (locale: string, data: Record<string, unknown>) => {
      const res = await api(`/api/publications?locale=${locale}`, { method: 'POST', token: admin, body: JSON.stringify({ ...data, _status: 'published' }) })
      if (res.status !== 201) throw new Error(`publication: ${res.status} ${JSON.stringify(res.body)}`)
    }
    await create('en', { title: `Labour mobility corridors ${suffix}`, abstract: 'Seasonal work and circular schemes.', slug: slugs.en, type: brief, publishedOn: '2024-03-01', editions: [{ language: 'en', file: (await uploadPdf(admin, 'en-sample', `en-sample-${suffix}.pdf`)).id }], visibility: 'public' })
    await create('ru', { title: `Реинтеграция возвращающихся мигрантов ${suffix}`, abstract: 'Обзор программ добровольного возвращения.', slug: slugs.ru, type: report, publishedOn: '2025-06-01', editions: [{ language: 'ru', file: (await uploadPdf(admin, 'ru-sample', `ru-sample-${suffix}.pdf`)).id }], visibility: 'public' })
    await create('en', { title: `Restricted assessment ${suffix}`, abstract: 'Members only.', slug: slugs.members, type: report, publishedOn: '2025-01-01', editions: [{ language: 'en', file: (await uploadPdf(admin, 'sample', `sample-${suffix}.pdf`)).id }], visibility: 'members' })
    // The background jobs extract the PDFs' text and index them (the members-only item stays hidden here).
    const deadline = Date.now() + 60_000
    let found = 0
    while (found < 2 && Date.now() < deadline) {
      const html = await (await fetch(`${baseUrl()}/en/search?q=${suffix}`)).text()
      found = (html.match(/class="results"[\s\S]*?<\/ol>/)?.[0].match(/<li/g) ?? []).length
      if (found < 2) await new Promise((r) => setTimeout(r, 500))
    }
    if (found < 2) throw new Error('the new publications were not indexed within 60 s')
  }, 120_000)
  afterAll(closeBrowser)

  it('searches in Russian from the home page down to the PDF', async () => {
    const { context, page } = await newPage()
    await page.goto('/ru')
    await page.getByRole('searchbox', { name: 'Поиск по сайту' }).fill('возвращающимся мигрантам')
    await page.getByRole('button', { name: 'Найти' }).click()
    await page.getByRole('link', { name: `Реинтеграция возвращающихся мигрантов ${suffix}` }).click()
    await page.waitForURL(`**/ru/repository/${slugs.ru}`)
    const download = page.getByRole('link', { name: 'Скачать на русском языке' })
    const pdf = await fetch(new URL((await download.getAttribute('href'))!, baseUrl()))
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    await context.close()
  })

  it('searches in English, finding words inside the PDF and Russian-only items through the thesaurus', async () => {
    const { context, page } = await newPage()
    await page.goto('/en')
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('qualifications')
    await page.getByRole('button', { name: 'Search' }).click()
    expect(await page.locator('.results').innerText()).toContain(`Labour mobility corridors ${suffix}`)
    expect(await page.locator('.results mark').first().innerText()).toMatch(/qualification/i)
    await page.goto(`/en/repository?q=${encodeURIComponent(`reintegration ${suffix}`)}`)
    const text = await page.locator('.results').innerText()
    expect(text).toContain(`Реинтеграция возвращающихся мигрантов ${suffix}`)
    expect(text).toContain('Russian edition')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.goto('/ru/search?q=%D0%BC%D0%B8%D0%B3%D1%80%D0%B0%D0%BD%D1%82')
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })

  it('narrows with facets whose counts are exact, several values each, without JavaScript', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await page.goto(`/en/repository?q=${suffix}`)
    expect(await page.locator('#results').innerText()).toBe('2 publications')
    const language = page.getByRole('group', { name: 'Language of edition' })
    await language.getByRole('checkbox', { name: 'Russian (1)' }).check()
    await page.getByRole('button', { name: 'Show results' }).click()
    await page.waitForURL(/language=ru/)
    expect(new URL(page.url()).searchParams.getAll('language')).toEqual(['ru'])
    expect(await page.locator('#results').innerText()).toBe('1 publication')
    // The choice stays checked, and the facet still counts its other value, so a second one can be added.
    expect(await language.getByRole('checkbox', { name: 'Russian (1)' }).isChecked()).toBe(true)
    await language.getByRole('checkbox', { name: 'English (1)' }).check()
    await page.getByRole('button', { name: 'Show results' }).click()
    await page.waitForURL(/language=en/)
    expect(new URL(page.url()).searchParams.getAll('language').sort()).toEqual(['en', 'ru'])
    expect(await page.locator('#results').innerText()).toBe('2 publications')
    // Each chosen value is a link that removes just it.
    await page.getByRole('link', { name: 'Remove filter: English' }).click()
    await page.waitForURL((url) => url.searchParams.getAll('language').join() === 'ru')
    expect(await page.locator('#results').innerText()).toBe('1 publication')
    expect(new URL(page.url()).searchParams.get('q')).toBe(suffix)
    await context.close()
  })

  it('folds the filters behind one line on a phone, open once some are set', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false })
    const language = page.getByRole('group', { name: 'Язык версии' })
    await page.goto('/ru/repository')
    expect(await language.isVisible()).toBe(false)
    await page.locator('summary', { hasText: 'Фильтры' }).click()
    expect(await language.isVisible()).toBe(true)
    await page.goto('/ru/repository?language=ru')
    expect(await language.isVisible()).toBe(true)
    expect(await language.getByRole('checkbox', { name: /^Русский/ }).isChecked()).toBe(true)
    expect(await page.getByRole('link', { name: 'Убрать фильтр: Русский' }).isVisible()).toBe(true)
    // On a wide screen they are simply there.
    await page.setViewportSize({ width: 1366, height: 800 })
    await page.goto('/ru/repository')
    expect(await language.isVisible()).toBe(true)
    expect(await page.getByRole('group', { name: 'Страна' }).isVisible()).toBe(true)
    await context.close()
  })

  it('shows each demo publication’s cover in the list, on the item and as its social image, with alt text in the reader’s language', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 800 } })
    for (const [locale, alt] of [['en', /^Cover of the /], ['ru', /^Обложка /]] as const) {
      await page.goto(`/${locale}/repository?q=${encodeURIComponent(locale === 'ru' ? 'Пражский процесс' : 'Prague Process')}`)
      const covers = page.locator('ol.results img.results__cover')
      expect(await covers.count()).toBeGreaterThan(0)
      for (const img of await covers.all()) {
        expect(await img.getAttribute('alt')).toMatch(alt)
        expect(await img.getAttribute('srcset')).toMatch(/\.webp \d+w/)
        expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0)
        expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0)
      }
      // The cover loads (lazy: scrolled into view) and the row stays within the phone's width.
      await covers.first().scrollIntoViewIfNeeded()
      await expect.poll(() => covers.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      // A demo item's own page (other tests add items without covers to the results).
      await page.goto(`/${locale}/repository/prague-process-at-a-glance`)
      expect(await page.locator('main img').first().getAttribute('alt')).toMatch(alt)
      // The cover's social rendition, not the site's default picture.
      const social = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(social).toMatch(/^https?:\/\/.+\.(jpe?g|webp|png)$/)
      expect(social).not.toContain('/brand/')
    }
    await context.close()
  })

  it('offers citations as text, BibTeX, RIS and CSL-JSON, with Scholar tags and JSON-LD', async () => {
    const { context, page } = await newPage()
    await page.goto(`/en/repository/${slugs.en}`)
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe(`Labour mobility corridors ${suffix}`)
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(ld['@context']).toBe('https://schema.org')
    expect(await page.locator('.citation').innerText()).toContain(`Labour mobility corridors ${suffix}`)
    const bib = await fetch(new URL((await page.getByRole('link', { name: 'BibTeX' }).getAttribute('href'))!, baseUrl()))
    expect(bib.headers.get('content-disposition')).toContain('.bib')
    expect(await bib.text()).toMatch(/^@(techreport|misc)\{/)
    const ris = await (await fetch(new URL((await page.getByRole('link', { name: 'RIS' }).getAttribute('href'))!, baseUrl()))).text()
    expect(ris).toContain('TY  - RPRT')
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })

  it('keeps a members-only item invisible when signed out, through every door', async () => {
    const anonymous = async (path: string) => fetch(`${baseUrl()}${path}`)
    expect((await (await anonymous(`/en/search?q=${suffix}`)).text())).not.toContain('Restricted assessment')
    expect((await anonymous(`/en/repository/${slugs.members}`)).status).toBe(404)
    const rest = await api<{ docs: unknown[] }>(`/api/publications?where[slug][equals]=${slugs.members}`)
    expect(rest.body.docs).toEqual([])
    const files = await api<{ docs: { url: string }[] }>(`/api/documents?limit=100`, { token: admin })
    const restrictedFile = files.body.docs.find((d) => d.url.includes(`sample-${suffix}`))!
    expect((await fetch(restrictedFile.url)).status).toBeGreaterThanOrEqual(403)
    const gql = await api<{ data?: { Publications?: { docs: unknown[] } } }>('/api/graphql', { method: 'POST', body: JSON.stringify({ query: `{ Publications(where: { slug: { equals: "${slugs.members}" } }) { docs { id } } }` }) })
    expect(gql.body.data?.Publications?.docs ?? []).toEqual([])
    expect(await (await anonymous('/oai?verb=ListRecords&metadataPrefix=oai_dc')).text()).not.toContain('Restricted assessment')
    expect(await (await anonymous('/en/repository/feed')).text()).not.toContain('Restricted assessment')
    expect(await (await anonymous('/sitemap.xml')).text()).not.toContain(slugs.members)

    const ncp = await createAccount(admin, ['ncp'])
    const token = await apiToken(ncp.email, ncp.password)
    const asMember = await api<{ docs: unknown[] }>(`/api/publications?where[slug][equals]=${slugs.members}`, { token })
    expect(asMember.body.docs).toHaveLength(1)
    expect((await fetch(restrictedFile.url, { headers: { authorization: `JWT ${token}` } })).status).toBe(200)
  })

  it('harvests public items over OAI-PMH', async () => {
    const xml = await (await fetch(`${baseUrl()}/oai?verb=ListRecords&metadataPrefix=oai_dc&set=type:policy-brief`)).text()
    expect(xml).toContain(`Labour mobility corridors ${suffix}`)
    expect(xml).not.toContain('Реинтеграция')
    const bad = await (await fetch(`${baseUrl()}/oai?verb=Nonsense`)).text()
    expect(bad).toContain('code="badVerb"')
  })
})
