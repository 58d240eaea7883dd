import { describe, expect, it } from 'vitest'
import { locales } from '@/i18n/locales'
import { catalogs } from '@/i18n/messages'
import { contactErrorPage } from './contact-error-page'
import { contactFormHtml, fieldErrorKey } from './contact-form-html'
import type { TContactField, TFieldError } from './contact-message'

const typed = { name: 'Анна "Аня" <Петрова>', email: 'anna@example', subject: 'Вопрос & ответ', message: '\nПривет</textarea><script>x</script>' }

/** The values of an attribute in a piece of HTML. */
const attributeValues = (html: string, name: string) => [...html.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((m) => m[1])
const ids = (html: string) => new Set(attributeValues(html, 'id'))

describe('the page answering a contact form with errors', () => {
  const page = contactErrorPage({
    locale: 'ru',
    pagePath: 'about/contact',
    token: 'fresh.token',
    values: typed,
    result: { ok: false, error: 'invalid-input', fields: { email: 'invalid-email', message: 'too-short' } },
  })

  it('is a complete page in the visitor’s language, with a way back to the form’s page', () => {
    expect(page).toMatch(/^<!doctype html>\s*<html lang="ru">/)
    expect(page).toContain('<title>Сообщение не отправлено · ')
    expect(page).toContain('<a href="/ru/about/contact">Вернуться на страницу с формой</a>')
    expect(page).not.toMatch(/<script|<link|src=/)
  })

  it('gives back every value exactly as typed (escaped), and the form’s own fields with a fresh token', () => {
    expect(page).toContain('value="Анна &quot;Аня&quot; &lt;Петрова&gt;"')
    expect(page).toContain('value="anna@example"')
    expect(page).toContain('value="Вопрос &amp; ответ"')
    // The parser drops the first line break inside <textarea>: the one added keeps the visitor's own.
    expect(page).toContain('>\n\nПривет&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>')
    expect(page).toContain('<input type="hidden" name="token" value="fresh.token">')
    expect(page).toContain('<input type="hidden" name="page" value="about/contact">')
    expect(page).toContain('<input type="hidden" name="locale" value="ru">')
  })

  it('lists the problems with links to their fields, each tied to its field', () => {
    expect(page).toContain('<a href="#contact-email">Введите адрес электронной почты в формате name@example.org.</a>')
    expect(page).toContain('<a href="#contact-message">Сообщение должно содержать не менее 10 знаков.</a>')
    const known = ids(page)
    for (const list of attributeValues(page, 'aria-describedby')) for (const id of list.split(' ')) expect(known, id).toContain(id)
    for (const href of attributeValues(page, 'href').filter((h) => h.startsWith('#'))) expect(known).toContain(href.slice(1))
    expect(page).toMatch(/<input id="contact-email"[^>]*aria-describedby="contact-email-error" aria-invalid="true"/)
    expect(page).toMatch(/<textarea id="contact-message"[^>]*aria-describedby="contact-message-hint contact-message-error" aria-invalid="true"/)
    expect(page).not.toMatch(/<input id="contact-name"[^>]*aria-invalid/)
  })

  it('has words for every problem each field can have, in both languages', () => {
    const problems: Record<TContactField, TFieldError[]> = {
      name: ['required', 'too-long'],
      email: ['required', 'invalid-email', 'too-long'],
      subject: ['required', 'too-long'],
      message: ['required', 'too-short', 'too-long', 'too-many-links'],
    }
    for (const locale of locales)
      for (const [field, errors] of Object.entries(problems) as [TContactField, TFieldError[]][])
        for (const error of errors) expect(catalogs[locale][fieldErrorKey(field, error)], `${locale} ${field} ${error}`).toBeDefined()
  })

  it('says how long to wait when rate-limited, in words of the language', () => {
    const waiting = contactErrorPage({ locale: 'ru', pagePath: 'about/contact', token: 't', values: typed, result: { ok: false, error: 'rate-limited', retryAfterSeconds: 125 } })
    expect(waiting).toContain('Подождите 3 минуты и отправьте это сообщение ещё раз.')
    const en = contactErrorPage({ locale: 'en', pagePath: undefined, token: 't', values: typed, result: { ok: false, error: 'rate-limited', retryAfterSeconds: 30 } })
    expect(en).toContain('Please wait 1 minute and send this one again.')
    expect(en).toContain('<a href="/en">Back to the page with the form</a>')
  })
})

describe('the contact form', () => {
  const form = contactFormHtml({ locale: 'en', pagePath: 'about/contact', token: 'tok', labelledBy: 'h' })

  it('states its limits as HTML attributes, with the autocomplete people expect', () => {
    expect(form).toMatch(/<input id="contact-name" name="name" type="text" maxlength="120" autocomplete="name" required/)
    expect(form).toMatch(/<input id="contact-email" name="email" type="email" maxlength="254" autocomplete="email"/)
    expect(form).toMatch(/<input id="contact-subject" name="subject" type="text" maxlength="200" required/)
    expect(form).toMatch(/<textarea id="contact-message" name="message" rows="8" minlength="10" maxlength="5000" required aria-describedby="contact-message-hint">/)
    expect(form).toContain('Between 10 and 5,000 characters, with at most 5 links.')
    expect(form).toMatch(/<form method="post" action="\/forms\/contact"[^>]* aria-labelledby="h">/)
  })

  it('hides its honeypot from people, the keyboard and assistive technology', () => {
    expect(form).toMatch(/<div class="contact-form__trap" aria-hidden="true" style="position:absolute;left:-10000px;[^"]*">/)
    expect(form).toContain('<input id="contact-website" name="website" type="text" value="" tabindex="-1" autocomplete="off">')
  })
})
