import sharp from 'sharp'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminEmail, adminPassword, api, apiToken, baseUrl, closeBrowser, createAccount, newPage, signInOnSite } from './helpers'

/** What the Secretariat does in the admin, seen on the public site (issue #9). */
describe('editors run the site', () => {
  let token: string
  const suffix = Date.now().toString(36)

  beforeAll(async () => {
    token = await apiToken()
  })
  afterAll(closeBrowser)

  async function adminSignIn(page: Page) {
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(adminEmail)
    await page.locator('input[name="password"]').fill(adminPassword)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL('**/admin')
  }

  it('an editor creates a page and a menu entry in the admin, and both appear on the site', async () => {
    const { context, page } = await newPage()
    await adminSignIn(page)
    await page.goto('/admin/collections/pages/create')
    await page.locator('#field-title').fill(`Partners ${suffix}`)
    await page.locator('#field-slug').fill(`partners-${suffix}`)
    await page.locator('#field-intro').fill('Who works with the Secretariat.')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.waitForURL(/\/admin\/collections\/pages\/\d+/)

    await page.goto('/admin/globals/site-header')
    await page.getByRole('button', { name: 'Add Menu item' }).click()
    const rows = page.locator('[id^="items-row-"]')
    const row = rows.last()
    await row.locator('input[id$="__label"]').fill(`Partners ${suffix}`)
    await row.locator('.field-type.relationship .rs__control').click()
    await page.keyboard.type(`Partners ${suffix}`)
    await page.locator('.rs__option', { hasText: `Partners ${suffix}` }).first().click()
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/updated successfully/i)
    await context.close()

    // Anonymous readers: the page at its address, the entry in every page's header.
    await expect
      .poll(async () => (await fetch(`${baseUrl()}/en/partners-${suffix}`)).status, { timeout: 10_000 })
      .toBe(200)
    const reader = await newPage()
    await reader.page.goto('/en/news')
    const link = reader.page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: `Partners ${suffix}` })
    await expect.poll(async () => (await link.count()) > 0 || (await reader.page.reload(), false), { timeout: 10_000 }).toBe(true)
    await link.click()
    await reader.page.waitForURL(`**/en/partners-${suffix}`)
    expect(await reader.page.locator('h1').innerText()).toBe(`Partners ${suffix}`)
    await reader.context.close()
  }, 120_000)

  it('a news item dated ahead appears only once its time has come', async () => {
    const title = `Scheduled ${suffix}`
    const dueAt = new Date(Date.now() + 12_000)
    const created = await api<{ doc: { id: number; slug: string } }>('/api/news?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({ title, excerpt: 'Comes out later.', publishedAt: dueAt.toISOString(), _status: 'published', body: lexical('Later.') }),
    })
    expect(created.status).toBe(201)
    const { slug, id } = created.body.doc
    const listed = async () => (await (await fetch(`${baseUrl()}/en/news`)).text()).includes(title)
    expect(await listed()).toBe(false)
    expect((await fetch(`${baseUrl()}/en/news/${slug}`)).status).toBe(404)
    expect((await api(`/api/news/${id}`)).status).toBe(404)
    // Before the time: still hidden (the cache cannot have kept an old answer either).
    await new Promise((r) => setTimeout(r, Math.max(0, dueAt.getTime() - Date.now() - 3_000)))
    expect(await listed()).toBe(false)
    await expect.poll(listed, { timeout: 30_000, interval: 500 }).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt.getTime())
    expect((await fetch(`${baseUrl()}/en/news/${slug}`)).status).toBe(200)
  }, 60_000)

  it('shows a news image with its alt text in each language, responsive, and as the link preview', async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 11, g: 61, b: 107 } } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `e2e-${suffix}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Delegates around a table' }))
    const res = await fetch(`${baseUrl()}/api/media?locale=en`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(res.status).toBe(201)
    const media = (await res.json()).doc
    await api(`/api/media/${media.id}?locale=ru`, { method: 'PATCH', token, body: JSON.stringify({ alt: 'Делегаты за столом' }) })
    const news = await api<{ doc: { id: number; slug: string } }>('/api/news?locale=en', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: `Pictured ${suffix}`, excerpt: 'With a picture.', image: media.id, _status: 'published', body: lexical('Text.') }),
    })
    await api(`/api/news/${news.body.doc.id}?locale=ru`, { method: 'PATCH', token, body: JSON.stringify({ title: `С картинкой ${suffix}`, excerpt: 'С изображением.', body: lexical('Текст.') }) })

    const { context, page } = await newPage({ javaScriptEnabled: false })
    for (const [locale, alt] of [['en', 'Delegates around a table'], ['ru', 'Делегаты за столом']] as const) {
      await page.goto(`/${locale}/news/${news.body.doc.slug}`)
      const img = page.locator('main img').first()
      expect(await img.getAttribute('alt')).toBe(alt)
      expect(await img.getAttribute('width')).toBe('1600')
      expect(await img.getAttribute('height')).toBe('900')
      expect(await img.getAttribute('srcset')).toMatch(/\.webp 480w, .*\.webp 640w, .*\.webp 1280w$/)
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
      const og = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(og).toMatch(/^http.*1200x630\.jpg$/)
      expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(alt)
      // The list shows it too.
      await page.goto(`/${locale}/news`)
      expect(await page.locator(`main img[alt="${alt}"]`).count()).toBeGreaterThan(0)
    }
    const webp = await fetch(new URL((await page.locator('main img').first().getAttribute('srcset'))!.split(' ')[0], baseUrl()))
    expect(webp.headers.get('content-type')).toBe('image/webp')
    await context.close()
  }, 60_000)

  it('lets an editor preview a draft in the public design, in both languages, and no one else', async () => {
    const created = await api<{ doc: { id: number } }>('/api/pages?locale=en&draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({ title: `Draft ${suffix}`, slug: `draft-${suffix}`, _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api(`/api/pages/${id}?locale=ru&draft=true`, { method: 'PATCH', token, body: JSON.stringify({ title: `Черновик ${suffix}`, _status: 'draft' }) })
    expect((await fetch(`${baseUrl()}/en/draft-${suffix}`)).status).toBe(404)

    // Not signed in: sent to the admin's sign-in, the draft stays unseen.
    const stranger = await newPage()
    await stranger.page.goto(`/preview?collection=pages&id=${id}&locale=en`)
    expect(new URL(stranger.page.url()).pathname).toBe('/admin/login')
    await stranger.page.goto(`/en/draft-${suffix}`)
    expect(await stranger.page.locator('h1').innerText()).not.toContain(`Draft ${suffix}`)
    await stranger.context.close()

    // A member is not an editor: a preview cookie alone shows them nothing either.
    const member = await createAccount(token, ['ncp'])
    const ncp = await newPage()
    await signInOnSite(ncp.page, member)
    const refused = await ncp.page.goto(`/preview?collection=pages&id=${id}&locale=en`)
    expect(refused?.status()).toBe(404)
    await ncp.page.goto(`/en/draft-${suffix}`)
    expect(await ncp.page.locator('body').innerText()).not.toContain(`Draft ${suffix}`)
    await ncp.context.close()

    const { context, page } = await newPage()
    await adminSignIn(page)
    for (const [locale, title] of [['en', `Draft ${suffix}`], ['ru', `Черновик ${suffix}`]] as const) {
      await page.goto(`/preview?collection=pages&id=${id}&locale=${locale}`)
      await page.waitForURL(`**/${locale}/draft-${suffix}`)
      expect(await page.locator('h1').innerText()).toBe(title)
      expect(await page.getByRole('status').first().innerText()).toMatch(locale === 'en' ? /Preview/ : /Предпросмотр/)
    }
    await page.getByRole('link', { name: 'Выйти из предпросмотра' }).click()
    await page.waitForURL(`**/ru/draft-${suffix}`)
    expect(await page.locator('h1').innerText()).not.toBe(`Черновик ${suffix}`)
    await context.close()
  }, 90_000)

  it('shows a state’s hosted conferences to all and its National Contact Point to members only', async () => {
    const anonymous = await (await fetch(`${baseUrl()}/en/participants/czech-republic`)).text()
    expect(anonymous).toContain('Ministerial Conferences hosted')
    // Its publications (the demo paper on governance concerns the Strategic Group's states), in both languages.
    expect(anonymous).toContain('href="/en/repository/how-the-prague-process-is-governed"')
    const russian = await (await fetch(`${baseUrl()}/ru/participants/czech-republic`)).text()
    expect(russian).toContain('href="/ru/repository/how-the-prague-process-is-governed"')
    expect((await (await fetch(`${baseUrl()}/en/participants/armenia`)).text())).not.toContain('how-the-prague-process-is-governed')
    expect(anonymous).not.toContain('National Contact Point</h2>')
    const member = await createAccount(token, ['ncp'])
    const { context, page } = await newPage()
    await signInOnSite(page, member)
    await page.goto('/en/participants/czech-republic')
    expect(await page.getByRole('heading', { name: 'National Contact Point' }).count()).toBe(1)
    expect(await page.locator('main').innerText()).toContain('Ministry of the Interior of the Czech Republic')
    await context.close()
  }, 60_000)
})

function lexical(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
    },
  }
}
