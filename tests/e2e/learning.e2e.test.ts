import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiToken, axeAt, closeBrowser, createAccount, databaseKind, newPage, signInOnSite } from './helpers'

/** The E-learning Platform as a learner uses it: catalogue, enrolment, lessons in order, progress, resume (issue #11). */
describe(`E-learning courses in a browser (${databaseKind()})`, () => {
  let token: string
  beforeAll(async () => {
    token = await apiToken()
  })
  afterAll(closeBrowser)

  it('a learner enrols, follows the lessons in order without scripts, resumes from the dashboard and completes the course', async () => {
    const learner = await createAccount(token, ['learner'], 'ru')
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    page.setDefaultTimeout(20_000)
    // The public catalogue and course page.
    await page.goto('/ru/academy/courses')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('link', { name: 'Пражский процесс: введение' }).click()
    await page.waitForURL('**/ru/academy/courses/prague-process-introduction')
    expect(await page.locator('main').innerText()).toContain('Как возник Пражский процесс')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('link', { name: 'Начать или продолжить курс' }).click()
    // Signed out: the sign-in page, then back to the course.
    await page.waitForURL(/\/ru\/account\/sign-in\?next=/)
    await signInOnSite(page, learner)
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
    expect(await page.locator('main').innerText()).toContain('Пройдено 33 % обязательных уроков')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    await page.getByRole('link', { name: 'Продолжить с того места, где вы остановились' }).click()
    await page.waitForURL('**/who-takes-part')
    await page.getByRole('button', { name: 'Отметить урок как пройденный' }).click()
    await page.waitForURL(/thematic-areas-and-action-plan\?notice=lesson-completed/)
    await page.getByRole('button', { name: 'Отметить урок как пройденный' }).click()
    // The optional reading does not count: the course is complete.
    await page.waitForURL(/prague-process-introduction\?notice=course-completed/)
    expect(await page.locator('main').innerText()).toContain('Курс завершён')
    await page.goto('/ru/account/learning')
    expect(await page.locator('main').innerText()).toMatch(/Завершён \d/)
    await context.close()
  }, 180_000)

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
})
