import type { Locale } from '@/i18n/locales'
import { getTranslator, type MessageKey } from '@/i18n/messages'
import { contactFieldId, contactFormHtml, fieldErrorKey } from './contact-form-html'
import { contactFields, contactLimits, type TContactValues } from './contact-message'
import { escapeHtml } from './escape-html'
import type { TContactError, TContactResult } from './send-contact-message'

/**
 * The answer to a contact form that could not be sent: a complete page of its own (never a
 * redirect, so the message is never in an address, and never cached), in the visitor's
 * language, with what went wrong, every value as typed in the form again, and a way back.
 */
export type TContactErrorView = {
  locale: Locale
  /** The page the form came from; undefined when the post named none (then home). */
  pagePath: string | undefined
  token: string
  values: TContactValues
  result: Extract<TContactResult, { ok: false }>
}

const problemKeys: Record<TContactError, MessageKey> = {
  'invalid-input': 'contact.error.invalid-input',
  expired: 'contact.error.expired',
  'too-fast': 'contact.error.too-fast',
  'rate-limited': 'contact.error.rate-limited',
  unavailable: 'contact.unavailable',
}

// Plain and self-contained (no site stylesheet, no scripts, nothing from elsewhere); the
// site's colours, with contrast of at least 4.5:1, and comfortable at 390 px wide.
const style = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1f26;background:#fff}
main{max-width:42rem;margin:0 auto;padding:1rem}
h1,h2{color:#0b3d6b;line-height:1.25}
h1{font-size:1.6rem}
h2{font-size:1.2rem;margin:0 0 .5rem}
a{color:#1d5a9e}
:focus-visible{outline:3px solid #f5b800;outline-offset:2px;box-shadow:0 0 0 5px #1a1f26}
.error-summary{border:3px solid #a4161a;border-radius:6px;padding:1rem;margin:1rem 0}
.error-summary ul{margin:.5rem 0 0;padding-left:1.25rem}
.error-summary a{color:#a4161a;font-weight:600}
.field{margin:0 0 1rem}
.field label{display:block;font-weight:600;margin-bottom:.25rem}
.field input,.field textarea{display:block;width:100%;font:inherit;padding:.5rem .6rem;border:1px solid #6b7785;border-radius:6px}
.field textarea{min-height:10rem;resize:vertical}
.field [aria-invalid=true]{border:2px solid #a4161a}
.field--error{border-left:4px solid #a4161a;padding-left:.75rem}
.field-error{color:#a4161a;font-weight:600;margin:0 0 .3rem}
.hint{margin:0 0 .3rem;color:#4a5562;font-size:.9rem}
.button{display:inline-block;background:#1d5a9e;color:#fff;border:2px solid #1d5a9e;border-radius:6px;padding:.55rem 1.1rem;font:inherit;font-weight:600;cursor:pointer}
.button:hover{background:#0b3d6b}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`

export function contactErrorPage({ locale, pagePath, token, values, result }: TContactErrorView): string {
  const t = getTranslator(locale)
  const title = t('contact.error.title')
  const back = `/${locale}${pagePath ? `/${pagePath}` : ''}`
  const minutes = Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60))
  const limits = { max: 0, min: contactLimits.messageMin, links: contactLimits.links }
  const fieldLinks = contactFields.flatMap((field) => {
    const error = result.fields?.[field]
    if (!error) return []
    const max = contactLimits[field === 'message' ? 'messageMax' : field]
    return [`<li><a href="#${contactFieldId(field)}">${escapeHtml(t(fieldErrorKey(field, error), { ...limits, max }))}</a></li>`]
  })
  const form = contactFormHtml({ locale, pagePath: pagePath ?? '', token, values, errors: result.fields, labelledBy: 'contact-error-title' })
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${title} · ${t('site.name')}`)}</title>
<style>${style}</style>
</head>
<body>
<main>
<p><a href="${escapeHtml(back)}">${escapeHtml(t('contact.error.back'))}</a></p>
<h1 id="contact-error-title">${escapeHtml(title)}</h1>
<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="contact-error-summary">
<h2 id="contact-error-summary">${escapeHtml(t('contact.error.summary'))}</h2>
<p>${escapeHtml(t(problemKeys[result.error], { minutes }))}</p>
${fieldLinks.length ? `<ul>${fieldLinks.join('')}</ul>` : ''}
</div>
<p>${escapeHtml(t('contact.error.kept'))}</p>
${form}
</main>
</body>
</html>`
}
