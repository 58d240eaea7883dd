import { env } from '@/env'
import { isLocale, defaultLocale, type Locale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'

type Recipient = { name?: string | null; preferredLanguage?: string | null } | undefined

function localeOf(user: Recipient): Locale {
  return isLocale(user?.preferredLanguage) ? user.preferredLanguage : defaultLocale
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** Paragraphs at blank lines, line breaks at single ones. */
function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

export function layout(locale: Locale, heading: string, body: string, link: string, action: string): string {
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a">
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>${paragraphs(body)}
<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>
<p style="color:#555">${escapeHtml(link)}</p>
<p style="color:#555">${escapeHtml(translate(locale, 'email.footer'))}</p></body></html>`
}

export function verificationEmail(token: string, user: Recipient) {
  const locale = localeOf(user)
  const link = `${env.publicUrl}/${locale}/account/verify?token=${encodeURIComponent(token)}`
  return {
    subject: translate(locale, 'email.verify.subject'),
    html: layout(
      locale,
      translate(locale, 'email.verify.heading', { name: user?.name ?? '' }),
      translate(locale, 'email.verify.body'),
      link,
      translate(locale, 'email.verify.action'),
    ),
  }
}

export function passwordResetEmail(token: string, user: Recipient) {
  const locale = localeOf(user)
  const link = `${env.publicUrl}/${locale}/account/reset-password?token=${encodeURIComponent(token)}`
  return {
    subject: translate(locale, 'email.reset.subject'),
    html: layout(
      locale,
      translate(locale, 'email.reset.heading', { name: user?.name ?? '' }),
      translate(locale, 'email.reset.body'),
      link,
      translate(locale, 'email.reset.action'),
    ),
  }
}

/** Sent instead of a second account when someone signs up with a registered address. */
export function accountExistsEmail(user: Recipient) {
  const locale = localeOf(user)
  const link = `${env.publicUrl}/${locale}/account/sign-in`
  return {
    subject: translate(locale, 'email.exists.subject'),
    html: layout(locale, translate(locale, 'email.exists.heading', { name: user?.name ?? '' }), translate(locale, 'email.exists.body'), link, translate(locale, 'email.exists.action')),
  }
}

/** Sent to a new address after an e-mail change: it must be confirmed before signing in. */
export function emailChangedEmail(token: string, user: Recipient) {
  const locale = localeOf(user)
  const link = `${env.publicUrl}/${locale}/account/verify?token=${encodeURIComponent(token)}`
  return {
    subject: translate(locale, 'email.changed.subject'),
    html: layout(locale, translate(locale, 'email.changed.heading', { name: user?.name ?? '' }), translate(locale, 'email.changed.body'), link, translate(locale, 'email.verify.action')),
  }
}
