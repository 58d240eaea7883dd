import type { MessageKey } from '@/i18n/messages'

/** What the account forms' `error` and `notice` parameters may say, and the message each shows. */
export const formErrorKeys: Record<string, MessageKey> = {
  'invalid-input': 'form.error.invalid-input',
  'invalid-credentials': 'form.error.invalid-credentials',
  'too-many-attempts': 'form.error.too-many-attempts',
  unverified: 'form.error.unverified',
  'password-too-short': 'form.error.password-too-short',
  'passwords-differ': 'form.error.passwords-differ',
  'invalid-token': 'form.error.invalid-token',
  'not-signed-in': 'form.error.not-signed-in',
  'closed': 'form.error.closed',
  'deadline-passed': 'form.error.deadline-passed',
  'not-allowed': 'form.error.not-allowed',
  'duplicate': 'form.error.duplicate',
  'declined-before': 'form.error.declined-before',
  'quota-full': 'form.error.quota-full',
  'full': 'form.error.full',
  'transition': 'form.error.transition',
  'reason-required': 'form.error.reason-required',
  'not-found': 'form.error.not-found',
  'departure-before-arrival': 'form.error.departure-before-arrival',
}
export const formNoticeKeys: Record<string, MessageKey> = {
  'check-email': 'form.notice.check-email',
  verified: 'form.notice.verified',
  'reset-sent': 'form.notice.reset-sent',
  saved: 'form.notice.saved',
  'signed-out': 'form.notice.signed-out',
  registered: 'form.notice.registered',
  waitlisted: 'form.notice.waitlisted',
  nominated: 'form.notice.nominated',
  withdrawn: 'form.notice.withdrawn',
  'follow-up-saved': 'form.notice.follow-up-saved',
  'calendar-renewed': 'form.notice.calendar-renewed',
  'letter-requested': 'form.notice.letter-requested',
}
