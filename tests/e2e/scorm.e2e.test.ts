import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestOf, renamedEntry, scormPackage, zipOf } from '../fixtures/scorm-packages'
import { api, apiToken, axeAt, baseUrl, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

/** The SCORM origin of the test platform: its default, scorm.localhost on the platform's port (src/env.ts). */
const scormOrigin = () => {
  const url = new URL(baseUrl())
  url.hostname = 'scorm.localhost'
  return url.origin
}

/** A request to the platform's port with the Host of one's choice (Node cannot resolve scorm.localhost; browsers do). */
function requestAs(host: string, path: string, method = 'GET', body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  const url = new URL(baseUrl())
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path, method, headers: { host, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function uploadPackage(token: string, data: Buffer, name: string, language = 'en') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'application/zip' }), name)
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${baseUrl()}/api/scorm-packages`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'accept-language': language }, body: form })
  return { status: res.status, body: (await res.json()) as { doc?: { id: number; version: string }; errors?: { message: string }[] } }
}

/** SCORM lessons in a real browser: the package plays from its own origin, saves, resumes and completes the lesson (issue #11). */
describe(`SCORM lessons in a browser (${databaseKind()})`, () => {
  let admin: string
  beforeAll(async () => {
    admin = await apiToken()
  })
  afterAll(closeBrowser)

  it('refuses a corrupt package and one with ../ paths in the uploader’s language, and keeps nothing', async () => {
    const good = await scormPackage('1.2')
    const before = (await api<{ totalDocs: number }>('/api/scorm-packages?limit=0', { token: admin })).body.totalDocs
    const corrupt = await uploadPackage(admin, good.subarray(0, good.length - 80), `corrupt-${Date.now()}.zip`, 'ru')
    expect(corrupt.status).toBe(400)
    expect(corrupt.body.errors?.[0].message).toContain('ZIP-архив повреждён или загружен не полностью')
    const escaping = renamedEntry(await zipOf({ 'imsmanifest.xml': manifestOf('1.2', 'x'), 'sco/index.html': 'x', 'sco/sco.js': 'x', 'zzzzzzzzzz': 'x' }), 'zzzzzzzzzz', '../../x.js')
    const refused = await uploadPackage(admin, escaping, `escape-${Date.now()}.zip`)
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0].message).toContain('leads outside the package')
    expect((await api<{ totalDocs: number }>('/api/scorm-packages?limit=0', { token: admin })).body.totalDocs).toBe(before)
  })

  for (const version of ['1.2', '2004'] as const) {
    it(`a learner plays a SCORM ${version} lesson at 390 px: it resumes, reports completion, and the course completes`, async () => {
      const run = `${version.replace('.', '')}-${Date.now().toString(36)}`
      const uploaded = await uploadPackage(admin, await scormPackage(version, `Миграционные термины ${version}`), `terms-${run}.zip`)
      expect(uploaded.status).toBe(201)
      expect(uploaded.body.doc?.version).toBe(version)
      const slug = `scorm-course-${run}`
      const course = await api<{ doc: { id: number } }>('/api/courses', { method: 'POST', token: admin, body: JSON.stringify({ title: `Курс SCORM ${version}`, summary: 'Модуль SCORM', languages: ['ru'], level: 'introductory', hours: 1, slug, enrollment: 'open', _status: 'published' }) })
      const lesson = await api<{ doc: { id: number } }>('/api/lessons', { method: 'POST', token: admin, body: JSON.stringify({ title: 'Модуль', slug: `module-${run}`, course: course.body.doc.id, kind: 'scorm', scormPackage: uploaded.body.doc!.id }) })
      expect(lesson.status).toBe(201)
      await api(`/api/courses/${course.body.doc.id}`, { method: 'PATCH', token: admin, body: JSON.stringify({ modules: [{ title: 'Модуль 1', lessons: [lesson.body.doc.id] }], _status: 'published' }) })

      const learner = await createAccount(admin, ['learner'], 'ru', { name: 'Нодира Каримова' })
      const { context, page } = await newPage({ viewport: { width: 390, height: 900 } })
      page.setDefaultTimeout(20_000)
      await signInOnSite(page, learner)
      await page.goto(`/ru/account/learning/${slug}`)
      await page.getByRole('button', { name: 'Записаться на курс' }).click()
      await page.waitForURL(/notice=enrolled/)
      const lessonPath = `/ru/account/learning/${slug}/module-${run}`
      const response = await page.goto(lessonPath)
      // The lesson page itself stays script-free; it may frame only the SCORM origin besides itself.
      expect(response?.headers()['content-security-policy']).toContain(`script-src 'none'`)
      expect(response?.headers()['content-security-policy']).toContain(`frame-src 'self' ${scormOrigin()}`)
      expect(await page.locator('script').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Отметить урок как пройденный' }).count()).toBe(0)
      const frame = page.locator('iframe.scorm-frame')
      expect(await frame.getAttribute('src')).toMatch(new RegExp(`^${scormOrigin().replace(/\./g, '\\.')}/scorm/`))
      const sco = page.frameLocator('iframe.scorm-frame').frameLocator('iframe')
      await expect.poll(() => sco.locator('#state').innerText()).toBe(`visit 1 for Нодира Каримова, status ${version === '1.2' ? 'not attempted' : 'unknown'}`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

      // The package cannot act as the platform: no cookie, no way to the platform's API or its page.
      const scoFrame = page.frames().find((f) => f.url().includes('/content/sco/index.html'))!
      const reach = await scoFrame.evaluate(async (platform) => {
        const cookie = document.cookie
        let api = 'reached'
        try {
          await fetch(`${platform}/api/users/me`, { credentials: 'include' })
        } catch {
          api = 'blocked'
        }
        let top = 'reached'
        try {
          void window.top!.document.title
        } catch {
          top = 'blocked'
        }
        return { cookie, api, top }
      }, baseUrl())
      expect(reach).toEqual({ cookie: '', api: 'blocked', top: 'blocked' })

      // Leave and come back: the module resumes from what it saved.
      await page.goto(lessonPath)
      await expect.poll(() => page.frameLocator('iframe.scorm-frame').frameLocator('iframe').locator('#state').innerText()).toMatch(/^visit 2 for Нодира Каримова/)
      expect(await page.locator('main').innerText()).toContain('Ваш прогресс')
      // Finishing reports completion; the lesson and the course are done.
      await page.frameLocator('iframe.scorm-frame').frameLocator('iframe').getByRole('button', { name: 'Finish the module' }).click()
      await expect.poll(() => page.frameLocator('iframe.scorm-frame').frameLocator('iframe').locator('#state').innerText()).toBe('finished')
      await expect.poll(async () => {
        await page.goto(lessonPath)
        return page.locator('main').innerText()
      }).toContain('Вы прошли этот урок.')
      expect(await page.locator('main').innerText()).toMatch(/результат 90 %/)
      expect(await axeAt(lessonPath, await context.storageState())).toEqual([])
      // The dashboard: completed, and the certificate (its job ran after the completion).
      await expect.poll(async () => {
        await page.goto('/ru/account/learning')
        return page.locator('main').innerText()
      }).toMatch(new RegExp(`Курс SCORM ${version.replace('.', '\\.')}\\s+Завершён \\d{1,2} [а-я]+ \\d{4} г\\.[\\s\\S]*Скачать сертификат \\(PDF\\)`))

      // Adversaries: a made-up launch, a path out of the package, the platform's addresses on the SCORM origin and the other way round.
      const src = (await page.goto(lessonPath), await page.locator('iframe.scorm-frame').getAttribute('src'))!
      const launchPath = new URL(src).pathname
      const host = new URL(scormOrigin()).host
      const player = await requestAs(host, launchPath)
      expect(player.status).toBe(200)
      expect(player.headers['content-security-policy']).toMatch(/script-src 'nonce-[^']+'; .*frame-ancestors http:\/\/localhost:\d+/)
      expect(player.headers['referrer-policy']).toBe('no-referrer')
      expect(player.headers['set-cookie']).toBeUndefined()
      expect((await requestAs(host, `${launchPath}/content/sco/index.html`)).headers['content-security-policy']).toContain(`connect-src 'self'`)
      expect((await requestAs(host, `${launchPath}/content/sco/..%2F..%2Fimsmanifest.xml`)).status).toBe(404)
      expect((await requestAs(host, `${launchPath.slice(0, -4)}AAAA/content/sco/index.html`)).status).toBe(403)
      expect((await requestAs(host, `${launchPath}x/cmi`, 'POST', JSON.stringify({ cmi: { core: { lesson_status: 'passed' } } }))).status).toBe(403)
      expect((await requestAs(host, `${launchPath}/cmi`, 'PUT')).status).toBe(405)
      expect((await requestAs(host, '/api/users/me')).status).toBe(404)
      expect((await requestAs(host, '/ru')).status).toBe(404)
      expect((await requestAs(new URL(baseUrl()).host, launchPath)).status).toBe(404)
      await context.close()
    })
  }
})
