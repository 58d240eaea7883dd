import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import type { Question } from '@/payload-types'
import { api, apiToken, axeAt, baseUrl, closeBrowser, createAccount, databaseKind, newPage, signInOnSite, uploadFile } from './helpers'

/** The E-learning Platform as a learner uses it: catalogue, enrolment, lessons in order, a quiz failed then passed, progress, resume (issue #11). */
describe(`E-learning courses in a browser (${databaseKind()})`, () => {
  let token: string
  beforeAll(async () => {
    token = await apiToken()
  })
  afterAll(closeBrowser)

  it('a learner signs up, enrols, follows the lessons in order without scripts, resumes from the dashboard, fails then passes the quiz and completes the course', async () => {
    const learnerName = 'Гульнара Абдуллаева-Ким'
    const learner = { email: `learner-${Date.now()}@example.test`, password: 'пароль слушателя курса' }
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    page.setDefaultTimeout(20_000)
    // The public catalogue and course page.
    await page.goto('/ru/academy/courses')
    expect(await page.locator('img.course-card__cover').first().getAttribute('alt')).toContain('Пражского процесса')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('link', { name: 'Пражский процесс: введение' }).click()
    await page.waitForURL('**/ru/academy/courses/prague-process-introduction')
    expect(await page.locator('main').innerText()).toContain('Как возник Пражский процесс')
    // The course's cover, described in the reader's language, and shared with the page's link preview.
    expect(await page.locator('main figure img').getAttribute('alt')).toContain('Карта Европы и Центральной Азии')
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/^http/)
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('link', { name: 'Начать или продолжить курс' }).click()
    // Signed out: the sign-in page, then back to the course.
    await page.waitForURL(/\/ru\/account\/sign-in\?next=/)
    // No account yet: signs up, confirms the address from the e-mail, signs in.
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click()
    await page.getByLabel('Имя и фамилия').fill(learnerName)
    await page.getByLabel('Адрес электронной почты').fill(learner.email)
    await page.getByLabel('Пароль', { exact: true }).fill(learner.password)
    await page.getByLabel('Повторите пароль').fill(learner.password)
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click()
    await page.waitForURL('**/ru/account/sign-in?notice=check-email')
    const confirmation = async () => (await api<{ docs: { html: string }[] }>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(learner.email)}`, { token })).body.docs[0]?.html
    await expect.poll(confirmation, { timeout: 15_000 }).toContain('href=')
    const link = new URL((await confirmation())!.match(/href="([^"]+)"/)![1].replace(/&amp;/g, '&'))
    await page.goto(link.pathname + link.search)
    await page.goto('/ru/account/sign-in')
    await page.getByLabel('Адрес электронной почты').fill(learner.email)
    await page.getByLabel('Пароль').fill(learner.password)
    await page.getByRole('button', { name: 'Войти' }).click()
    await page.waitForURL('**/ru/account/profile')
    await page.goto('/ru/account/learning/prague-process-introduction')
    await page.getByRole('button', { name: 'Записаться на курс' }).click()
    await page.waitForURL(/notice=enrolled/)
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    // In order: the second lesson is not a link until the first is done.
    expect(await page.getByRole('link', { name: 'Кто участвует' }).count()).toBe(0)
    expect((await page.goto('/ru/account/learning/prague-process-introduction/who-takes-part'))?.url()).toContain('error=locked')
    await page.goto('/ru/account/learning/prague-process-introduction')
    await page.getByRole('link', { name: 'Как возник Пражский процесс' }).click()
    expect(await page.locator('main').innerText()).toContain('Совместную декларацию')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('button', { name: 'Отметить урок как пройденный' }).click()
    // Done: straight on to the next lesson.
    await page.waitForURL(/who-takes-part\?notice=lesson-completed/)
    // The dashboard resumes where the learner is.
    await page.goto('/ru/account/learning')
    expect(await page.locator('main').innerText()).toContain('Пройдено 25 % обязательных уроков')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('link', { name: 'Продолжить с того места, где вы остановились' }).click()
    await page.waitForURL('**/who-takes-part')
    await page.getByRole('button', { name: 'Отметить урок как пройденный' }).click()
    await page.waitForURL(/thematic-areas-and-action-plan\?notice=lesson-completed/)
    await page.getByRole('button', { name: 'Отметить урок как пройденный' }).click()
    // The quiz: no "done" button, a form drawn by the server, nothing of the answers in the page.
    await page.waitForURL(/check-your-understanding\?notice=lesson-completed/)
    expect(await page.getByRole('button', { name: 'Отметить урок как пройденный' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Начать тест' }).click()
    await page.waitForURL(/check-your-understanding$/)
    const html = await page.content()
    expect(html).toContain('Вопрос 1 из 5')
    expect(html).toMatch(/Отправьте ответы до \d+ \S+ в \d\d:\d\d UTC\./)
    for (const secret of ['первой министерской конференции', 'таможни и торговли среди них нет', 'correct', 'isTrue']) expect(html).not.toContain(secret)
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // Attempt 1, sent blank: below the pass mark, feedback without the answers.
    await page.getByRole('button', { name: 'Отправить ответы' }).click()
    await page.waitForURL(/notice=quiz-failed/)
    const failed = await page.locator('main').innerText()
    expect(failed).toContain('Разбор попытки 1: 0 %')
    expect(failed).toContain('Правильные ответы показываются, когда тест сдан или попытки закончились.')
    expect(failed).toContain('Он был начат на первой министерской конференции в Праге в апреле 2009 года.')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    // The same attempt sent again (a replayed form): refused in words, nothing changes.
    const replay = await context.request.post(`${baseUrl()}/forms/submit-quiz`, {
      form: { locale: 'ru', course: 'prague-process-introduction', lesson: 'check-your-understanding', attempt: '1' },
      headers: { origin: baseUrl(), 'sec-fetch-site': 'same-origin' },
      maxRedirects: 0,
    })
    expect(replay.status()).toBe(303)
    expect(replay.headers().location).toContain('error=already-submitted')
    // Attempt 2, answered right (the bank read as the Secretariat, the form filled as the learner).
    await page.getByRole('button', { name: 'Начать новую попытку' }).click()
    await page.waitForURL(/check-your-understanding$/)
    const lesson = await api<{ docs: { quiz: { questions: number[] } }[] }>('/api/lessons?depth=0&where[slug][equals]=check-your-understanding', { token })
    const quizIds = new Set(lesson.body.docs[0].quiz.questions)
    const bank = await api<{ docs: Question[] }>(`/api/questions?locale=ru&depth=0&limit=100&where[id][in]=${[...quizIds].join(',')}`, { token })
    expect(bank.body.docs).toHaveLength(5)
    for (const q of bank.body.docs) {
      if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options ?? []) if (o.correct) await page.locator(`input[name="q${q.id}"][value="${o.id}"]`).check()
      if (q.kind === 'true-false') await page.locator(`input[name="q${q.id}"][value="${q.isTrue ? 'true' : 'false'}"]`).check()
      if (q.kind === 'short') await page.locator(`input[name="q${q.id}"]`).fill(' 50 ')
      if (q.kind === 'matching') {
        for (const p of q.pairs ?? []) {
          // No option carries its pair's key: the page must not say which right item goes with which left.
          expect(await page.locator(`select[name^="q${q.id}-"] option[value="${p.id}"]`).count()).toBe(0)
          await page.locator(`select[name="q${q.id}-${p.id}"]`).selectOption({ label: p.right })
        }
      }
    }
    await page.getByRole('button', { name: 'Отправить ответы' }).click()
    // The quiz passed, the course completed (the optional reading does not count).
    await page.waitForURL(/notice=course-completed/)
    const passed = await page.locator('main').innerText()
    expect(passed).toContain('Поздравляем: вы завершили курс.')
    expect(passed).toContain('Разбор попытки 2: 100 %')
    expect(passed).toContain('Ваш лучший результат: 100 %.')
    // The certificate: made by a background job, e-mailed with the PDF, downloadable, verifiable signed out.
    let download = page.getByRole('link', { name: 'Скачать сертификат (PDF)' })
    for (let i = 0; i < 40 && !(await download.count()); i++) {
      await page.waitForTimeout(500)
      await page.goto('/ru/account/learning/prague-process-introduction')
      download = page.getByRole('link', { name: 'Скачать сертификат (PDF)' })
    }
    expect(await page.locator('main').innerText()).toContain('Курс завершён')
    const pdfPath = (await download.getAttribute('href'))!
    const code = pdfPath.split('/').pop()!
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{24}$/)
    const mail = (await api<{ docs: { subject: string; text: string; attachments: { filename: string }[] }[] }>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(learner.email)}&where[subject][like]=${encodeURIComponent('сертификат')}`, { token })).body.docs
    expect(mail.map((m) => m.subject)).toEqual(['Ваш сертификат: Пражский процесс: введение'])
    expect(mail[0].attachments.map((a) => a.filename)).toEqual([`certificate-${code}.pdf`])
    const pdf = await context.request.get(`${baseUrl()}${pdfPath}`, { headers: { 'sec-fetch-site': 'same-origin' } })
    expect([pdf.status(), pdf.headers()['content-type'], pdf.headers()['cache-control']]).toEqual([200, 'application/pdf', 'private, no-store'])
    const text = (await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true })).text
    for (const part of [learnerName, 'Пражский процесс: введение', `/verify/${code}`]) expect(text).toContain(part)
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    // Signed out: the PDF is not there, the verification page is, from the QR code's address.
    const visitor = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    expect((await visitor.context.request.get(`${baseUrl()}${pdfPath}`, { headers: { 'sec-fetch-site': 'same-origin' } })).status()).toBe(404)
    await visitor.page.goto(`/verify/${code}`)
    expect(new URL(visitor.page.url()).pathname).toMatch(new RegExp(`^/(en|ru)/verify/${code}$`))
    await visitor.page.goto(`/ru/verify/${code}`)
    const verified = await visitor.page.locator('main').innerText()
    for (const part of ['Сертификат действителен', learnerName, 'Пражский процесс: введение']) expect(verified).toContain(part)
    expect(await axeAt(visitor.page.url())).toEqual([])
    // A code typed by hand, in lower case with spaces, finds it; a made-up one does not.
    await visitor.page.goto(`/ru/verify?code=${encodeURIComponent(code.toLowerCase().replace(/(.{4})/g, '$1 '))}`)
    expect(await visitor.page.locator('main').innerText()).toContain('Сертификат действителен')
    await visitor.page.goto(`/ru/verify?code=${'A'.repeat(24)}`)
    expect(await visitor.page.locator('#verification-result').innerText()).toContain('Сертификата с таким кодом нет')
    await visitor.context.close()
    await page.goto('/ru/account/learning')
    expect(await page.locator('main').innerText()).toMatch(/Завершён \d/)
    await context.close()
  }, 180_000)

  it('gives a lesson its video with captions in both languages, its transcript and its files, without scripts, to enrolled learners only', async () => {
    // A video file (an MP4 header is enough for the content check; the browser's player reads the rest), two caption tracks, a handout;
    // each over 1 KB, as real ones are (Payload's admin names smaller sizes in English bytes, which the Russian admin test refuses).
    const mp4 = Buffer.concat([Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'), Buffer.alloc(2048)])
    const stamp = Date.now().toString(36)
    const video = await uploadFile(token, 'lesson-files', { data: mp4, type: 'video/mp4', name: `lecture-${stamp}.mp4` }, { title: 'Lecture' })
    const captionsEn = await uploadFile(token, 'lesson-files', { data: Buffer.from(`WEBVTT\n\nNOTE ${'-'.repeat(1100)}\n\n00:00.000 --> 00:03.000\nThe Prague Process began in 2009.\n`), type: 'text/vtt', name: `lecture-${stamp}-en.vtt` }, { title: 'Captions (English)' })
    const captionsRu = await uploadFile(token, 'lesson-files', { data: Buffer.from(`WEBVTT\n\nNOTE ${'-'.repeat(1100)}\n\n00:00.000 --> 00:03.000\nПражский процесс начался в 2009 году.\n`), type: 'text/vtt', name: `lecture-${stamp}-ru.vtt` }, { title: 'Субтитры (русские)' })
    const handout = await uploadFile(token, 'lesson-files', { data: fs.readFileSync('tests/fixtures/ru-sample.pdf'), type: 'application/pdf', name: `handout-${stamp}.pdf` }, { title: 'Handout' })
    const slug = `video-course-${stamp}`
    const made = async (collection: string, data: Record<string, unknown>, locale = 'en') => {
      const res = await api<{ doc: { id: number } }>(`/api/${collection}?locale=${locale}`, { method: 'POST', token, body: JSON.stringify(data) })
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201)
      return res.body.doc.id
    }
    const course = await made('courses', { title: 'Migration statistics in video', summary: 'x', languages: ['en', 'ru'], level: 'introductory', hours: 1, slug, enrollment: 'open', _status: 'published' })
    const lesson = await made('lessons', { title: 'A lecture', slug: 'a-lecture', course, kind: 'text', video: video.id, captions: [{ language: 'en', file: captionsEn.id }, { language: 'ru', file: captionsRu.id }], transcript: 'The Prague Process began in 2009.', files: [handout.id] })
    expect((await api(`/api/lessons/${lesson}?locale=ru`, { method: 'PATCH', token, body: JSON.stringify({ title: 'Лекция', transcript: 'Пражский процесс начался в 2009 году.\n\nВ нём участвуют 50 государств.' }) })).status).toBe(200)
    expect((await api(`/api/courses/${course}`, { method: 'PATCH', token, body: JSON.stringify({ modules: [{ title: 'One', lessons: [lesson] }], _status: 'published' }) })).status).toBe(200)
    const learner = await createAccount(token, ['learner'], 'ru')
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await signInOnSite(page, learner)
    await page.goto(`/ru/account/learning/${slug}`)
    await page.getByRole('button', { name: 'Записаться на курс' }).click()
    await page.waitForURL(/notice=enrolled/)
    const response = await page.goto(`/ru/account/learning/${slug}/a-lecture`)
    expect(response?.status()).toBe(200)
    // The browser's own player, both caption tracks (the reader's language by default), the transcript, the handout; no script at all.
    const pathOf = (src: string | null) => new URL(src ?? '', baseUrl()).pathname
    expect(pathOf(await page.locator('video source').getAttribute('src'))).toBe(video.url)
    const tracks = (await page.locator('video track').evaluateAll((els) => els.map((el) => [el.getAttribute('srclang'), el.getAttribute('src'), el.hasAttribute('default')] as const))).map(([lang, src, isDefault]) => [lang, pathOf(src), isDefault])
    expect(tracks).toEqual([['en', captionsEn.url, false], ['ru', captionsRu.url, true]])
    await page.locator('summary', { hasText: 'Расшифровка' }).click()
    expect(await page.locator('main').innerText()).toContain('В нём участвуют 50 государств.')
    expect(await page.locator('script').count()).toBe(0)
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'none'/)
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // The files follow the lesson's rule: its learner gets them, a signed-in person who is not enrolled does not.
    for (const [url, type] of [[video.url, 'video/mp4'], [captionsRu.url, 'text/vtt'], [handout.url, 'application/pdf']] as const) {
      const file = await context.request.get(`${baseUrl()}${url}`, { headers: { 'sec-fetch-site': 'same-origin' } })
      expect([file.status(), file.headers()['content-type']?.split(';')[0]]).toEqual([200, type])
    }
    const outsider = await createAccount(token, ['learner'])
    const other = await newPage({ javaScriptEnabled: false })
    await signInOnSite(other.page, outsider)
    expect((await other.context.request.get(`${baseUrl()}${handout.url}`, { headers: { 'sec-fetch-site': 'same-origin' } })).status()).toBe(403)
    await other.context.close()
    await context.close()
  }, 90_000)

  it('shows a revoked certificate as revoked to a signed-out visitor, with the date and without the reason', async () => {
    const learner = await createAccount(token, ['learner'], 'ru', { name: 'Тимур Абдуллаев' })
    const course = (await api<{ docs: { id: number }[] }>('/api/courses?where[slug][equals]=prague-process-introduction&depth=0', { token })).body.docs[0].id
    const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
    const code = Array.from({ length: 24 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('')
    const made = await api<{ doc: { id: number } }>('/api/certificates', { method: 'POST', token, body: JSON.stringify({ code, name: 'Тимур Абдуллаев', user: learner.id, course, courseTitle: 'Пражский процесс: введение', language: 'ru', completedOn: new Date().toISOString(), hours: 2 }) })
    expect(made.status).toBe(201)
    const reason = 'Выдан по ошибке: тест сдан другим человеком'
    expect((await api(`/api/certificates/${made.body.doc.id}`, { method: 'PATCH', token, body: JSON.stringify({ status: 'revoked', revokedReason: reason }) })).status).toBe(200)
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await page.goto(`/ru/verify/${code}`)
    const shown = await page.locator('main').innerText()
    expect(shown).toContain('Тимур Абдуллаев')
    expect(shown).not.toContain('Сертификат действителен')
    expect(shown).not.toContain(reason)
    await page.goto(`/en/verify/${code}`)
    const english = await page.locator('main').innerText()
    expect(english).toContain('This certificate has been revoked')
    expect(english).toMatch(/Revoked on \d/)
    expect(await axeAt(page.url())).toEqual([])
    await context.close()
  }, 60_000)

  it('shows an editor\'s change of a lesson to its learners on their next visit', async () => {
    const learner = await createAccount(token, ['learner'])
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await signInOnSite(page, learner)
    await page.goto('/en/account/learning/prague-process-introduction')
    await page.getByRole('button', { name: 'Enrol in this course' }).click()
    await page.waitForURL(/notice=enrolled/)
    const lessonPath = '/en/account/learning/prague-process-introduction/how-the-prague-process-began'
    await page.goto(lessonPath)
    const before = await page.locator('h1').innerText()
    const found = await api<{ docs: { id: number; title: string }[] }>('/api/lessons?where[slug][equals]=how-the-prague-process-began&locale=en&depth=0', { token })
    const lesson = found.body.docs[0]
    expect(lesson.title).toBe(before)
    // The course and its lessons are read once per content revision: a save writes a new one.
    const renamed = `${before} (revised)`
    expect((await api(`/api/lessons/${lesson.id}?locale=en`, { method: 'PATCH', token, body: JSON.stringify({ title: renamed }) })).status).toBe(200)
    try {
      await page.goto(lessonPath)
      expect(await page.locator('h1').innerText()).toBe(renamed)
      await page.goto('/en/account/learning/prague-process-introduction')
      expect(await page.locator('main').innerText()).toContain(renamed)
    } finally {
      await api(`/api/lessons/${lesson.id}?locale=en`, { method: 'PATCH', token, body: JSON.stringify({ title: before }) })
    }
    await context.close()
  }, 60_000)

  it('keeps lessons and the learning pages to signed-in, enrolled learners', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    const response = await page.goto('/en/account/learning/prague-process-introduction/how-the-prague-process-began')
    expect(new URL(page.url()).pathname).toBe('/en/account/sign-in')
    expect(response?.status()).toBe(200)
    const other = await createAccount(token, ['learner'])
    await signInOnSite(page, other)
    await page.goto('/en/account/learning/prague-process-introduction/how-the-prague-process-began')
    expect(page.url()).toContain('error=not-enrolled')
    expect(await page.locator('#form-error').innerText()).toContain('Enrol in the course to open its lessons.')
    await context.close()
  }, 60_000)

  it('renders every learning page for its learner on each request, never from the page cache, each with their own name', async () => {
    const names = ['Ана Петросян', 'Бахтиёр Каримов']
    const [ana, bo] = await Promise.all(names.map(async (name) => {
      const account = await createAccount(token, ['learner'], 'en', { name })
      const res = await fetch(`${baseUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: account.email, password: account.password }) })
      return `payload-token=${((await res.json()) as { token: string }).token}`
    }))
    const load = async (path: string, cookie: string, method = 'GET') => {
      const res = await fetch(`${baseUrl()}${path}`, { method, headers: { cookie, 'sec-fetch-site': 'same-origin', 'accept-encoding': 'br, gzip' }, redirect: 'manual' })
      return { status: res.status, cache: res.headers.get('x-page-cache'), cacheControl: res.headers.get('cache-control'), html: await res.text() }
    }
    const post = (cookie: string, action: string, fields: Record<string, string>) =>
      fetch(`${baseUrl()}${action}`, { method: 'POST', headers: { cookie, origin: baseUrl(), 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields), redirect: 'manual' })
    for (const cookie of [ana, bo]) expect((await post(cookie, '/forms/enroll', { locale: 'en', course: 'prague-process-introduction' })).headers.get('location')).toContain('notice=enrolled')
    const lesson = '/en/account/learning/prague-process-introduction/how-the-prague-process-began'
    // Two learners who stand alike, three times each (a HEAD among them): never a kept copy.
    const loads = [await load(lesson, ana), await load(lesson, bo), await load(lesson, ana, 'HEAD'), await load(lesson, bo), await load(lesson, ana), await load(lesson, bo)]
    for (const page of loads) expect([page.status, page.cache, page.cacheControl]).toEqual([200, 'private', 'private, no-store'])
    for (const [page, own, other] of [[loads[4], names[0], names[1]], [loads[5], names[1], names[0]]] as const) {
      expect(page.html).toContain(own)
      expect(page.html).not.toContain(other)
      expect(page.html).not.toMatch(/pp-slot-/)
      expect(page.html).toContain('Mark this lesson as done')
    }
    // Ana moves on: her lesson says done; Bo's still offers the button (his copy as before).
    expect((await post(ana, '/forms/complete-lesson', { locale: 'en', course: 'prague-process-introduction', lesson: 'how-the-prague-process-began' })).headers.get('location')).toContain('notice=lesson-completed')
    const after = await load(lesson, ana)
    expect(after.html).toContain('You have completed this lesson.')
    expect(after.html).not.toContain('Mark this lesson as done')
    expect((await load(lesson, bo)).html).toContain('Mark this lesson as done')
    // The dashboard: each their own progress, rendered for them.
    const dashboards = [await load('/en/account/learning', ana), await load('/en/account/learning', bo)]
    for (const page of dashboards) expect(page.cache).toBe('private')
    expect(dashboards[0].html).not.toBe(dashboards[1].html)
    expect(dashboards[0].html).toContain(names[0])
    expect(dashboards[1].html).toContain(names[1])
    // Signed out: the sign-in page, not a copy of anyone's.
    const signedOut = await fetch(`${baseUrl()}${lesson}`, { redirect: 'manual' })
    expect(signedOut.headers.get('x-page-cache')).not.toBe('hit')
    expect(await signedOut.text()).not.toContain(names[0])
  }, 60_000)
})
