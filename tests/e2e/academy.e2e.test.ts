import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, apiToken, axeAt, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

type Mail = { docs: { to: string; subject: string; text: string }[] }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The Training Academy's public pages, its trainers' network and its library, as visitors, applicants and the Secretariat use them (issue #11). */
describe(`Training Academy: trainers and library (${databaseKind()})`, () => {
  const run = Date.now().toString(36)
  let token: string

  beforeAll(async () => {
    token = await apiToken()
  })
  afterAll(closeBrowser)

  it('shows the Academy, the directory with its filters and a profile, without scripts, at 390 px, in both languages', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    page.setDefaultTimeout(20_000)
    for (const path of ['/en/academy', '/ru/academy', '/en/academy/trainers', '/ru/academy/trainers', '/en/academy/trainers/nino-kapanadze', '/ru/academy/library', '/en/academy/library?q=labour']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await page.locator('script[src]').count(), path).toBe(0)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
      expect(await axeAt(path), path).toEqual([])
    }
    // The directory's filters are a plain GET form: Georgian, then state trainers.
    await page.goto('/ru/academy/trainers')
    await page.getByText('Фильтры').click()
    await page.getByRole('group', { name: 'Язык обучения' }).getByLabel(/^Грузинский/).check()
    await page.getByRole('button', { name: 'Показать', exact: true }).click()
    await page.waitForURL(/language=ka/)
    const cards = page.locator('main .card h3')
    expect(await cards.allInnerTexts()).toEqual(['Нино Капанадзе'])
    expect(await page.getByRole('heading', { level: 2, name: '1 тренер' }).count()).toBe(1)
    await cards.first().getByRole('link').click()
    await page.waitForURL('**/ru/academy/trainers/nino-kapanadze')
    const main = await page.locator('main').innerText()
    expect(main).toContain('Государственный тренер')
    expect(main).toContain('Грузия')
    expect(main).toContain('Демонстрационный профиль')
    // The address is never on the page.
    expect(await page.content()).not.toContain('nino-kapanadze@example.org')
    await context.close()
  }, 180_000)

  it('writes to a trainer through the profile’s form, which says it went to the trainer', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    const subject = `Тренинг ${run}`
    await page.goto('/ru/academy/trainers/aigerim-nurlanova')
    await page.getByLabel('Ваше имя', { exact: true }).fill('Мария Тестова')
    await page.getByLabel('Ваш адрес электронной почты', { exact: true }).fill(`maria-${run}@example.test`)
    await page.getByLabel('Тема', { exact: true }).fill(subject)
    await page.getByLabel('Сообщение', { exact: true }).fill('Здравствуйте! Могли бы вы провести тренинг по миграционной статистике?')
    // A form sent within seconds of the page is refused as a program's; a person takes longer.
    await sleep(3500)
    await page.getByRole('button', { name: 'Отправить сообщение' }).click()
    await page.waitForURL((url) => url.pathname === '/ru/academy/trainers/aigerim-nurlanova' && url.searchParams.get('contact') === 'sent')
    expect(await page.locator('#contact-status').innerText()).toContain('Ваше сообщение отправлено тренеру')
    const mails = async () => (await api<Mail>(`/api/email-outbox?where[subject][equals]=${encodeURIComponent(`Форма обратной связи: ${subject}`)}`, { token })).body.docs
    await expect.poll(async () => (await mails()).length).toBe(1)
    expect((await mails())[0].to).toBe('aigerim-nurlanova@example.org')
    await context.close()
  })

  it('lists only handbooks and training materials in the library, found by words inside them', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await page.goto('/en/academy/library')
    const titles = await page.locator('ol.results h3').allInnerTexts()
    expect(titles).toEqual(expect.arrayContaining(['Trainer’s handbook: how a Training Academy course is prepared and delivered', 'Training module: legal migration and labour mobility in the Prague Process region']))
    expect(titles).not.toContain('The Prague Process at a glance')
    // The repository's thematic-area and language facets, without scripts: Integration holds the handbook, not the labour-migration module.
    const handbook = 'Trainer’s handbook: how a Training Academy course is prepared and delivered'
    const labourModule = 'Training module: legal migration and labour mobility in the Prague Process region'
    await page.getByRole('group', { name: 'Thematic area' }).getByRole('checkbox', { name: /^Integration of legally residing migrants \(\d+\)$/ }).check()
    await page.getByRole('button', { name: 'Show results' }).click()
    await page.waitForURL(/\/en\/academy\/library\?.+/)
    const integration = await page.locator('ol.results h3').allInnerTexts()
    expect(integration).toContain(handbook)
    expect(integration).not.toContain(labourModule)
    await page.goto('/en/academy/library')
    await page.getByRole('group', { name: 'Language of edition' }).getByRole('checkbox', { name: /^Russian \(\d+\)$/ }).check()
    await page.getByRole('button', { name: 'Show results' }).click()
    await page.waitForURL(/language=ru/)
    expect(await page.locator('ol.results h3').allInnerTexts()).toEqual(expect.arrayContaining([handbook, labourModule]))
    expect(await page.locator('ol.results h3').allInnerTexts()).not.toContain('The Prague Process at a glance')
    // A type from outside the library in the address is ignored, not shown.
    await page.goto('/ru/academy/library?type=information-note&q=путь+трудового+мигранта')
    expect(await page.locator('ol.results h3').allInnerTexts()).toEqual(['Учебный модуль: законная миграция и трудовая мобильность в регионе Пражского процесса'])
    await context.close()
  })

  it('a person applies in Russian, the Secretariat accepts, the trainer consents and appears, then withdraws and disappears', async () => {
    const armenia = (await api<{ docs: { id: number }[] }>('/api/participants?where[slug][equals]=armenia&depth=0', { token })).body.docs[0].id
    const person = await createAccount(token, ['learner'], 'ru', { name: `Ануш Саргсян ${run}` })
    const secretariat = await apiToken(...(await createAccount(token, ['secretariat']).then((a) => [a.email, a.password] as const)))
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    page.setDefaultTimeout(20_000)
    await signInOnSite(page, person)
    await page.goto('/ru/account/trainer')
    // Sent without a thematic area (the browser cannot require one of a group): the group says what it needs, the rest is kept.
    await page.getByLabel('Организация').fill('Ереванский государственный университет')
    await page.getByLabel('Страна').selectOption(String(armenia))
    await page.getByLabel('Ваш опыт работы тренером').fill('С 2016 года провела двенадцать тренингов по определению статуса беженца.')
    await page.getByRole('button', { name: 'Отправить заявку' }).click()
    await page.waitForURL(/error=invalid-input/)
    expect(await page.locator('.field-error').allInnerTexts()).toEqual([expect.stringContaining('Выберите хотя бы одно тематическое направление.')])
    expect(await page.getByLabel('Организация').inputValue()).toBe('Ереванский государственный университет')
    expect(await page.getByLabel('Ваш опыт работы тренером').inputValue()).toBe('С 2016 года провела двенадцать тренингов по определению статуса беженца.')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('group', { name: 'Тематические направления (экспертиза)' }).getByRole('checkbox').first().check()
    await page.getByLabel('Армянский').check()
    await page.getByRole('button', { name: 'Отправить заявку' }).click()
    await page.waitForURL(/notice=applied/)
    expect(await page.locator('main').innerText()).toContain('ожидает решения')

    // The Secretariat accepts in the admin's API; the applicant hears of it in Russian.
    const application = (await api<{ docs: { id: number; status: string }[] }>(`/api/trainer-applications?where[email][equals]=${encodeURIComponent(person.email)}`, { token: secretariat })).body.docs[0]
    expect(application.status).toBe('pending')
    const accepted = await api<{ doc: { status: string; profile: number } }>(`/api/trainer-applications/${application.id}?depth=0`, { method: 'PATCH', token: secretariat, body: JSON.stringify({ status: 'accepted' }) })
    expect(accepted.status).toBe(200)
    const mail = (await api<Mail>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(person.email)}&sort=-createdAt`, { token })).body.docs[0]
    expect(mail.subject).toBe('Ваша заявка на вступление в сеть тренеров принята')

    // The draft profile is the trainer's to complete; published by the Secretariat, shown only with consent.
    await page.goto('/ru/account/trainer')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Ваш профиль тренера')
    await page.getByLabel('Биография (на русском)').fill('Преподаватель права убежища.')
    await page.getByRole('button', { name: 'Сохранить профиль' }).click()
    await page.waitForURL(/notice=saved/)
    const published = await api(`/api/trainers/${accepted.body.doc.profile}`, { method: 'PATCH', token: secretariat, body: JSON.stringify({ status: 'published' }) })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const slug = (await api<{ slug: string }>(`/api/trainers/${accepted.body.doc.profile}`, { token: secretariat })).body.slug
    const visitor = await newPage({ javaScriptEnabled: false })
    expect((await visitor.page.goto(`/ru/academy/trainers/${slug}`))?.status()).toBe(404)
    await page.getByRole('button', { name: 'Показывать мой профиль в каталоге' }).click()
    await page.waitForURL(/notice=consent-given/)
    const seen = await api<{ status: string; consent: boolean }>(`/api/trainers/${accepted.body.doc.profile}?depth=0`, { token: secretariat })
    expect({ status: seen.body.status, consent: seen.body.consent }).toEqual({ status: 'published', consent: true })
    expect((await visitor.page.goto(`/ru/academy/trainers/${slug}`))?.status()).toBe(200)
    expect(await visitor.page.locator('main').innerText()).toContain('Преподаватель права убежища.')
    // Through the API a visitor sees the profile but not its address or account.
    const asVisitor = await api<Record<string, unknown>>(`/api/trainers/${accepted.body.doc.profile}`)
    expect(asVisitor.status).toBe(200)
    expect(asVisitor.body).not.toHaveProperty('email')
    expect(asVisitor.body).not.toHaveProperty('user')
    const gql = await api<{ data: { Trainers: { docs: { slug: string; email: string | null }[] } } }>('/api/graphql', { method: 'POST', body: JSON.stringify({ query: `{ Trainers(where: { slug: { equals: "${slug}" } }) { docs { slug email } } }` }) })
    expect(gql.body.data.Trainers.docs).toEqual([{ slug, email: null }])

    await page.getByRole('button', { name: 'Отозвать согласие' }).click()
    await page.waitForURL(/notice=consent-withdrawn/)
    expect((await visitor.page.goto(`/ru/academy/trainers/${slug}`))?.status()).toBe(404)
    expect(await (await visitor.page.goto('/ru/academy/trainers'))?.text()).not.toContain(slug)
    expect((await api(`/api/trainers/${accepted.body.doc.profile}`)).status).toBe(404)
    await visitor.context.close()
    await context.close()
  }, 120_000)

  it('keeps applications to their applicant and the Secretariat, through REST and GraphQL', async () => {
    const learner = await createAccount(token, ['learner'])
    const learnerToken = await apiToken(learner.email, learner.password)
    expect((await api<{ docs: unknown[] }>('/api/trainer-applications', { token: learnerToken })).body.docs).toEqual([])
    expect((await api('/api/trainer-applications')).status).toBe(403)
    const created = await api('/api/trainer-applications', { method: 'POST', token: learnerToken, body: JSON.stringify({ name: 'x', email: learner.email, kind: 'state', institution: 'x', experience: 'x'.repeat(30), applicant: learner.id, status: 'accepted' }) })
    expect(created.status).toBe(403)
    const gql = await api<{ data: { TrainerApplications: { docs: unknown[] } | null } }>('/api/graphql', { method: 'POST', token: learnerToken, body: JSON.stringify({ query: '{ TrainerApplications { docs { id email } } }' }) })
    expect(gql.body.data.TrainerApplications?.docs ?? []).toEqual([])
    // Nobody but the Secretariat edits a profile; a learner cannot make one.
    const profile = await api('/api/trainers', { method: 'POST', token: learnerToken, body: JSON.stringify({ name: 'x', kind: 'state', email: learner.email, slug: `x-${run}` }) })
    expect(profile.status).toBe(403)
  })
})
