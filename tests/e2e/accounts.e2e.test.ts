import { afterAll, describe, expect, it } from 'vitest'
import { api, apiToken, axeAt, closeBrowser, createAccount, databaseKind, newPage } from './helpers'

type Mail = { docs: { to: string; subject: string; html: string; status: string }[] }

describe(`sign-up and sign-in in a browser (${databaseKind()})`, () => {
  afterAll(closeBrowser)

  it('signs up in Russian, confirms the e-mail, signs in, edits the profile and signs out', async () => {
    const { context, page } = await newPage()
    const email = `browser-${Date.now()}@example.test`
    const password = 'пароль достаточно длинный'

    await page.goto('/ru/account/sign-up')
    await page.getByLabel('Имя и фамилия').fill('Мария Тестова')
    await page.getByLabel('Адрес электронной почты').fill(email)
    await page.getByLabel('Пароль', { exact: true }).fill('коротко')
    await page.getByLabel('Повторите пароль').fill('коротко')
    // The browser's own minlength check would stop this; bypass it to see the server's answer.
    await page.$eval('form.form', (f) => f.setAttribute('novalidate', ''))
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click()
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('Пароль слишком короткий.')
    // What was typed (except passwords) is kept.
    expect(await page.getByLabel('Адрес электронной почты').inputValue()).toBe(email)

    await page.getByLabel('Пароль', { exact: true }).fill(password)
    await page.getByLabel('Повторите пароль').fill(password)
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click()
    await page.waitForURL('**/ru/account/sign-in?notice=check-email')
    expect(await page.locator('[role="status"]').textContent()).toContain('Проверьте почту')

    // The verification e-mail is in the outbox (no SMTP here), in Russian.
    const token = await apiToken()
    const outbox = () => api<Mail>(`/api/email-outbox?where[to][equals]=${encodeURIComponent(email)}`, { token })
    await expect.poll(async () => (await outbox()).body.docs[0]?.subject).toBe('Подтвердите адрес электронной почты')
    const mail = await outbox()
    const link = mail.body.docs[0].html.match(/href="([^"]+)"/)![1].replace(/&amp;/g, '&')
    await page.goto(new URL(link).pathname + new URL(link).search)
    expect(await page.locator('[role="status"]').textContent()).toContain('подтверждён')

    await page.goto('/ru/account/sign-in')
    await page.getByLabel('Адрес электронной почты').fill(email)
    await page.getByLabel('Пароль').fill('неверный пароль')
    await page.getByRole('button', { name: 'Войти' }).click()
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('Неверный адрес электронной почты или пароль.')
    await page.getByLabel('Пароль').fill(password)
    await page.getByRole('button', { name: 'Войти' }).click()
    await page.waitForURL('**/ru/account/profile')
    expect(await page.locator('main').innerText()).toContain(email)
    // One language per account: signing in puts the admin in the account's language too.
    const adminLanguage = async () => (await context.cookies()).find((c) => c.name.endsWith('-lng'))?.value
    expect(await adminLanguage()).toBe('ru')

    await page.getByLabel('English').check()
    await page.getByRole('button', { name: 'Сохранить изменения' }).click()
    await page.waitForURL('**/en/account/profile?notice=saved')
    expect(await page.locator('[role="status"]').textContent()).toBe('Your changes are saved.')
    expect(await page.getByRole('link', { name: /· My account$/ }).count()).toBe(1)
    expect(await adminLanguage()).toBe('en')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/en$/)
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1)
    await page.goto('/en/account/profile')
    expect(new URL(page.url()).pathname).toBe('/en/account/sign-in')
    await context.close()
  }, 60_000)

  it('signs in with JavaScript turned off', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false })
    await page.goto('/en/account/sign-in')
    await page.getByLabel('E-mail address').fill('e2e-admin@example.test')
    await page.getByLabel('Password').fill('e2e-admin-password-123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/en/account/profile')
    expect(await page.locator('main').innerText()).toContain('Administrator')
    await context.close()
  })

  it('opens the admin in the account’s language, whatever the browser says', async () => {
    const token = await apiToken()
    const secretariat = await createAccount(token, ['secretariat'], 'ru')
    // A browser set to English: one language per account, so the admin follows the account.
    const { context, page } = await newPage({ locale: 'en-US', extraHTTPHeaders: { 'accept-language': 'en' } })
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(secretariat.email)
    await page.locator('input[name="password"]').fill(secretariat.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL('**/admin')
    await page.reload()
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('Участники')
    await context.close()
  }, 60_000)
  it('lets a learner delete their own account without scripts, with their password and a tick; a member is sent to the Secretariat', async () => {
    const token = await apiToken()
    const learner = await createAccount(token, ['learner'], 'ru')
    const { context, page } = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } })
    await page.goto('/ru/account/sign-in')
    await page.getByLabel('Адрес электронной почты').fill(learner.email)
    await page.getByLabel('Пароль').fill(learner.password)
    await page.getByRole('button', { name: 'Войти' }).click()
    await page.waitForURL('**/ru/account/profile')
    await page.getByRole('link', { name: 'Удалить учётную запись' }).click()
    await page.waitForURL('**/ru/account/delete')
    expect(await page.locator('main').innerText()).toContain('сертификаты можно будет по-прежнему проверить')
    expect(await axeAt(page.url(), await context.storageState())).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const send = async (password: string) => {
      await page.getByLabel('Ваш пароль для подтверждения').fill(password)
      await page.getByLabel('Я понимаю, что моя учётная запись и мои данные будут удалены безвозвратно.').check()
      await page.getByRole('button', { name: 'Удалить учётную запись безвозвратно' }).click()
    }
    await send('не мой пароль')
    await page.waitForURL(/\/ru\/account\/delete\?error=wrong-password/)
    expect(await page.locator('[role="alert"]').innerText()).toBe('Неверный пароль.')
    expect((await api(`/api/users/${learner.id}`, { token })).status).toBe(200)
    await send(learner.password)
    await page.waitForURL('**/ru/account/sign-in?notice=account-deleted')
    expect(await page.locator('[role="status"]').innerText()).toBe('Ваша учётная запись и ваши данные удалены.')
    expect((await api(`/api/users/${learner.id}`, { token })).status).toBe(404)
    // Signed out, and the account cannot sign in again.
    expect((await page.goto('/ru/account/learning'))?.url()).toContain('/ru/account/sign-in')
    expect((await fetch(`${(new URL(page.url())).origin}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: learner.email, password: learner.password }) })).status).toBe(401)
    await context.close()
    // A National Contact Point's account is the Secretariat's to close: no form.
    const ncp = await createAccount(token, ['ncp'], 'en')
    const member = await newPage({ javaScriptEnabled: false })
    await member.page.goto('/en/account/sign-in')
    await member.page.getByLabel('E-mail address').fill(ncp.email)
    await member.page.getByLabel('Password').fill(ncp.password)
    await member.page.getByRole('button', { name: 'Sign in' }).click()
    await member.page.waitForURL('**/en/account/profile')
    expect(await member.page.getByRole('link', { name: 'Delete my account' }).count()).toBe(0)
    await member.page.goto('/en/account/delete')
    expect(await member.page.locator('main').innerText()).toContain('the Secretariat closes it for you')
    expect(await member.page.getByLabel('Your password, to confirm').count()).toBe(0)
    await member.context.close()
  }, 90_000)
})
