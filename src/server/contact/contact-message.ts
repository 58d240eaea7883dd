import { z } from 'zod'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { pagePathOf } from '@/server/content/page-paths'

/** The form's limits: the schema checks them and the form's HTML attributes say them. */
export const contactLimits = { name: 120, email: 254, subject: 200, messageMin: 10, messageMax: 5000, links: 5 } as const

export const contactFields = ['name', 'email', 'subject', 'message'] as const
export type TContactField = (typeof contactFields)[number]
/** The values as typed: an answer with an error gives every one of them back unchanged. */
export type TContactValues = Record<TContactField, string>

export type TFieldError = 'required' | 'too-long' | 'too-short' | 'invalid-email' | 'too-many-links'
export type TContactFieldErrors = Partial<Record<TContactField, TFieldError>>

/** One line of text: line breaks and other control characters (never typed in a text box) become spaces. */
const oneLine = (max: number) =>
  z
    .string()
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(max, 'too-long'))

// Messages are error codes (TFieldError); the page words them in the visitor's language.
export const ZContactMessage = z.object({
  name: oneLine(contactLimits.name),
  email: z.string().trim().min(1, 'required').max(contactLimits.email, 'too-long').email('invalid-email'),
  subject: oneLine(contactLimits.subject),
  // Browsers send a text area's line ends as CRLF but count them as one character (maxlength).
  message: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, 'required').min(contactLimits.messageMin, 'too-short').max(contactLimits.messageMax, 'too-long')),
})
export type TContactMessage = z.infer<typeof ZContactMessage>

/** Web addresses in a text (spam carries many): http(s) links, www. names, and link markup. */
export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/|\bwww\.|\[url[=\]]|<a\s/gi) ?? []).length
}

export type TContactParse = { ok: true; message: TContactMessage } | { ok: false; fields: TContactFieldErrors }

/** Checks the typed values: the message, or the first problem of each field. */
export function parseContactMessage(values: TContactValues): TContactParse {
  const parsed = ZContactMessage.safeParse(values)
  const fields: TContactFieldErrors = {}
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as TContactField
      fields[field] ??= (['required', 'too-long', 'too-short', 'invalid-email'] as const).find((code) => code === issue.message) ?? 'required'
    }
  }
  if (!fields.message && countLinks(`${values.subject}\n${values.message}`) > contactLimits.links) fields.message = 'too-many-links'
  return parsed.success && Object.keys(fields).length === 0 ? { ok: true, message: parsed.data } : { ok: false, fields }
}

/** A submitted contact form as read from the request: the values as typed, and the form's own fields. */
export type TContactSubmission = {
  locale: Locale
  /** The page the form is on (below the language), or undefined when the post named no valid page. */
  pagePath: string | undefined
  token: string
  /** The field people never see: anything in it was typed by a program. */
  honeypot: string
  values: TContactValues
}

/** The names of the form's own fields (besides the visible ones). */
export const contactFormNames = { locale: 'locale', page: 'page', token: 'token', honeypot: 'website' } as const

export function readContactSubmission(entries: Record<string, unknown>): TContactSubmission {
  const text = (name: string) => (typeof entries[name] === 'string' ? (entries[name] as string) : '')
  const locale = text(contactFormNames.locale)
  return {
    locale: isLocale(locale) ? locale : defaultLocale,
    pagePath: pagePathOf(text(contactFormNames.page).split('/')),
    token: text(contactFormNames.token),
    honeypot: text(contactFormNames.honeypot),
    values: { name: text('name'), email: text('email'), subject: text('subject'), message: text('message') },
  }
}
