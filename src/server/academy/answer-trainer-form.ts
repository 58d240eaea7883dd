import { NextResponse } from 'next/server'
import type { z } from 'zod'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { User } from '@/payload-types'
import { sealValues } from '@/server/forms/sealed-values'
import { getPayloadClient } from '@/server/payload'
import { applyToTrain } from './trainer-applications'
import { setTrainerConsent, updateOwnTrainerProfile } from './trainer-profile'
import { ZTrainerApplication, ZTrainerProfile } from './trainer-rules'

export const trainerActions = ['trainer-apply', 'trainer-profile', 'trainer-consent'] as const
export type TTrainerAction = (typeof trainerActions)[number]

/** The form's values: a repeated name (checkboxes) gives a list. */
function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string')
    values[key] = all.length > 1 || ['thematicAreas', 'languages'].includes(key) ? all : (all[0] ?? '')
  }
  return values
}

/** The names of the fields that failed, for the form to mark (they are the form's own names). */
const invalidFields = (error: z.ZodError) => [...new Set(error.issues.map((issue) => String(issue.path[0])))].join(',')

/**
 * The trainers' network forms (plain HTML): apply to join, edit one's profile, give or withdraw
 * consent. Each answers with a 303 back to the account's trainer page, with a notice, or an error
 * and what was typed, sealed (lists joined by commas).
 */
export async function answerTrainerForm(action: TTrainerAction, form: FormData, user: User | null): Promise<NextResponse> {
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const page = routes.trainerAccount()
  const back = (query: Record<string, string>) => {
    const url = new URL(href(locale, page), env.publicUrl)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    url.hash = query.error ? 'form-error' : ''
    return NextResponse.redirect(url, 303)
  }
  if (!user) return NextResponse.redirect(new URL(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, page))}`, env.publicUrl), 303)
  const payload = await getPayloadClient()
  const values = formValues(form)
  const typed = () => sealValues(env.secret, Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'locale').map(([k, v]) => [k, (Array.isArray(v) ? v.join(',') : v).slice(0, 3000)])))

  switch (action) {
    case 'trainer-apply': {
      const input = ZTrainerApplication.safeParse(values)
      if (!input.success) return back({ error: 'invalid-input', form: action, values: typed(), invalid: invalidFields(input.error) })
      const result = await applyToTrain(payload, user, input.data)
      return back(result.ok ? { notice: 'applied' } : { error: result.error, form: action, values: typed() })
    }
    case 'trainer-profile': {
      const input = ZTrainerProfile.safeParse(values)
      if (!input.success) return back({ error: 'invalid-input', form: action, values: typed(), invalid: invalidFields(input.error) })
      const result = await updateOwnTrainerProfile(payload, user, input.data)
      return back(result.ok ? { notice: 'saved' } : { error: result.error, form: action, values: typed() })
    }
    case 'trainer-consent': {
      const consent = form.get('consent')
      if (consent !== 'give' && consent !== 'withdraw') return back({ error: 'invalid-input' })
      const result = await setTrainerConsent(payload, user, consent === 'give')
      return back(result.ok ? { notice: consent === 'give' ? 'consent-given' : 'consent-withdrawn' } : { error: result.error })
    }
  }
}
