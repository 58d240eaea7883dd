import type { Locale } from '@/i18n/locales'
import { getTranslator, type MessageKey } from '@/i18n/messages'
import { contactFormNames, contactLimits, type TContactField, type TContactFieldErrors, type TContactValues, type TFieldError } from './contact-message'
import { escapeHtml } from './escape-html'

/**
 * The contact form's markup, one definition for the page (the contact form block) and for
 * the answer to a submission with errors, which a route handler sends as a page of its own
 * (React's HTML renderer is not available in Next's route handlers).
 */
export type TContactFormView = {
  locale: Locale
  pagePath: string
  token: string
  values?: Partial<TContactValues>
  errors?: TContactFieldErrors
  /** The heading that names the form. */
  labelledBy?: string
}

export const contactFormId = 'contact-form'
export const contactFieldId = (field: TContactField) => `contact-${field}`
const errorId = (field: TContactField) => `contact-${field}-error`

export function fieldErrorKey(field: TContactField, error: TFieldError): MessageKey {
  return `contact.error.${field}.${error}` as MessageKey
}

type TFieldSpec = { field: TContactField; label: MessageKey; attributes: Record<string, string | number | true>; hint?: string }

function attributes(list: Record<string, string | number | true | undefined>): string {
  return Object.entries(list)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('')
}

function fieldHtml(view: TContactFormView, spec: TFieldSpec): string {
  const t = getTranslator(view.locale)
  const { field } = spec
  const id = contactFieldId(field)
  const error = view.errors?.[field]
  const value = view.values?.[field] ?? ''
  const describedBy = [spec.hint ? `${id}-hint` : '', error ? errorId(field) : ''].filter(Boolean).join(' ')
  const common = {
    id,
    name: field,
    ...spec.attributes,
    required: true as const,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? 'true' : undefined,
  }
  const control =
    field === 'message'
      ? // The first line break after <textarea> is dropped by HTML parsers: one is given so the text keeps its own.
        `<textarea${attributes(common)}>\n${escapeHtml(value)}</textarea>`
      : `<input${attributes({ ...common, value })}>`
  const limits = { max: contactLimits[field === 'message' ? 'messageMax' : field], min: contactLimits.messageMin, links: contactLimits.links }
  return [
    `<div class="field${error ? ' field--error' : ''}">`,
    `<label for="${id}">${escapeHtml(t(spec.label))}</label>`,
    spec.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(spec.hint)}</p>` : '',
    error ? `<p class="field-error" id="${errorId(field)}"><span class="visually-hidden">${escapeHtml(t('contact.error.prefix'))} </span>${escapeHtml(t(fieldErrorKey(field, error), limits))}</p>` : '',
    control,
    '</div>',
  ].join('')
}

export function contactFormHtml(view: TContactFormView): string {
  const t = getTranslator(view.locale)
  const specs: TFieldSpec[] = [
    { field: 'name', label: 'contact.name', attributes: { type: 'text', maxlength: contactLimits.name, autocomplete: 'name' } },
    { field: 'email', label: 'contact.email', attributes: { type: 'email', maxlength: contactLimits.email, autocomplete: 'email', spellcheck: 'false' } },
    { field: 'subject', label: 'contact.subject', attributes: { type: 'text', maxlength: contactLimits.subject } },
    {
      field: 'message',
      label: 'contact.message',
      attributes: { rows: 8, minlength: contactLimits.messageMin, maxlength: contactLimits.messageMax },
      hint: t('contact.messageHint', { min: contactLimits.messageMin, max: contactLimits.messageMax, links: contactLimits.links }),
    },
  ]
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`
  return [
    `<form method="post" action="/forms/contact" class="form contact-form" id="${contactFormId}"${attributes({ 'aria-labelledby': view.labelledBy })}>`,
    hidden(contactFormNames.locale, view.locale),
    hidden(contactFormNames.page, view.pagePath),
    hidden(contactFormNames.token, view.token),
    `<p class="hint">${escapeHtml(t('contact.allRequired'))}</p>`,
    ...specs.map((spec) => fieldHtml(view, spec)),
    // The honeypot: out of sight, out of the keyboard order and hidden from assistive
    // technology, so only programs that fill in every field fill it in.
    '<div class="contact-form__trap" aria-hidden="true" style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden">',
    `<label for="contact-website">${escapeHtml(t('contact.honeypot'))}</label>`,
    `<input id="contact-website" name="${contactFormNames.honeypot}" type="text" value="" tabindex="-1" autocomplete="off">`,
    '</div>',
    `<p class="hint">${escapeHtml(t('contact.privacy'))}</p>`,
    `<button type="submit" class="button">${escapeHtml(t('contact.submit'))}</button>`,
    '</form>',
  ].join('\n')
}
