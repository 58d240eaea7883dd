import type { Locale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import type { TContactMessage } from './contact-message'
import { escapeHtml } from './escape-html'

/**
 * The message to the Secretariat (or to a trainer, from their profile), worded in the language of the page it was sent from (the
 * language the sender wrote in, most likely). It carries the sender's name and address, the
 * subject, the page and its language, and the text exactly as typed; nothing else.
 * The outbox keeps no Reply-To header yet, so the address to answer is said in the message.
 */
export function contactEmail(message: TContactMessage, { locale, pageUrl, toTrainer = false }: { locale: Locale; pageUrl: string; toTrainer?: boolean }) {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) => translate(locale, key, values)
  const facts: [label: string, text: string, html: string][] = [
    [t('email.contact.from'), message.name, escapeHtml(message.name)],
    [t('email.contact.address'), message.email, `<a href="mailto:${escapeHtml(message.email)}">${escapeHtml(message.email)}</a>`],
    [t('email.contact.subjectLabel'), message.subject, escapeHtml(message.subject)],
    [t('email.contact.language'), t(`language.${locale}`), escapeHtml(t(`language.${locale}`))],
    [t('email.contact.page'), pageUrl, `<a href="${escapeHtml(pageUrl)}">${escapeHtml(pageUrl)}</a>`],
  ]
  const heading = t(toTrainer ? 'email.contact.headingTrainer' : 'email.contact.heading')
  const reply = t('email.contact.reply', { email: message.email })
  const paragraphs = message.message.split(/\n{2,}/)
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a">
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>
${facts.map(([label, , value]) => `<p><strong>${escapeHtml(label)}:</strong> ${value}</p>`).join('\n')}
<hr>
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
<hr>
<p style="color:#555">${escapeHtml(reply)}</p>
<p style="color:#555">${escapeHtml(t('email.footer'))}</p></body></html>`
  const text = [heading, facts.map(([label, value]) => `${label}: ${value}`).join('\n'), message.message, reply, `-- \n${t('email.footer')}`].join('\n\n')
  return { subject: t('email.contact.subject', { subject: message.subject }), html, text }
}
