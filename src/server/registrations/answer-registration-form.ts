import { NextResponse } from 'next/server'
import { z } from 'zod'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { User } from '@/payload-types'
import { sealValues } from '@/server/forms/sealed-values'
import { requestLetter, ZLetterRequest } from '@/server/invitations/invitation-letters'
import { getPayloadClient } from '@/server/payload'
import { nominate, registerSelf, submitFollowUp, withdraw, ZAnswers, ZFollowUp, ZNomination, type TRegistrationResult } from './registration-doors'
import { slugPattern } from '@/server/content/page-paths'

export const registrationActions = ['register', 'nominate', 'withdraw-registration', 'follow-up', 'request-letter'] as const
export type TRegistrationAction = (typeof registrationActions)[number]

const ZTarget = z.object({ event: z.coerce.number().int().positive(), slug: z.string().regex(slugPattern).max(200) })

/** The answers as the form sends them: empty fields are absent, a ticked box is "on". */
function answersOf(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' && value.trim() ? value : undefined
  }
  return ZAnswers.safeParse({
    organisation: text('organisation'),
    jobTitle: text('jobTitle'),
    phone: text('phone'),
    interpretation: text('interpretation'),
    dietary: text('dietary'),
    accessibility: text('accessibility'),
    needsVisa: form.get('needsVisa') === 'on' ? true : undefined,
  })
}

/** What was typed, to give back after a refusal (sealed: it may be someone's name and address). */
function typed(form: FormData): Record<string, string> {
  const keep = ['name', 'email', 'language', 'organisation', 'jobTitle', 'phone', 'interpretation', 'dietary', 'accessibility', 'needsVisa', 'arrival', 'departure', 'travelMode', 'accommodation', 'funding', 'details', 'passportName', 'passportNumber', 'dateOfBirth', 'nationality', 'consulate']
  return Object.fromEntries(keep.flatMap((k) => (typeof form.get(k) === 'string' && form.get(k) ? [[k, String(form.get(k)).slice(0, 1000)]] : [])))
}

/**
 * The registration forms of an event's registration page (plain HTML forms). Each answers
 * with a 303 back to the page: a notice when done; otherwise an error code and, for a refused
 * nomination or registration, what was typed, sealed, so nothing is lost.
 */
export async function answerRegistrationForm(action: TRegistrationAction, form: FormData, user: User | null): Promise<NextResponse> {
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const target = ZTarget.safeParse({ event: form.get('event'), slug: form.get('slug') })
  if (!target.success) return NextResponse.redirect(new URL(href(locale, routes.events()), env.publicUrl), 303)
  const page = (query: Record<string, string>) => {
    const url = new URL(href(locale, routes.eventRegistration(target.data.slug)), env.publicUrl)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    url.hash = query.error ? 'form-error' : ''
    return NextResponse.redirect(url, 303)
  }
  if (!user) return NextResponse.redirect(new URL(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.eventRegistration(target.data.slug)))}`, env.publicUrl), 303)

  const payload = await getPayloadClient()
  const refused = (error: string) => page({ error, form: action, values: sealValues(env.secret, typed(form)) })
  let result: TRegistrationResult
  if (action === 'register') {
    const answers = answersOf(form)
    if (!answers.success) return refused('invalid-input')
    result = await registerSelf(payload, user, { eventId: target.data.event, locale, answers: answers.data })
    return result.ok ? page({ notice: result.registration.status === 'waitlisted' ? 'waitlisted' : 'registered' }) : refused(result.error)
  }
  if (action === 'nominate') {
    const answers = answersOf(form)
    const nominee = ZNomination.safeParse({ name: form.get('name'), email: form.get('email'), language: form.get('language'), answers: answers.success ? answers.data : {} })
    if (!answers.success || !nominee.success) return refused('invalid-input')
    result = await nominate(payload, user, { eventId: target.data.event, locale, nominee: nominee.data })
    return result.ok ? page({ notice: 'nominated' }) : refused(result.error)
  }
  const id = z.coerce.number().int().positive().safeParse(form.get('registration'))
  if (!id.success) return page({ error: 'invalid-input' })
  if (action === 'follow-up') {
    const value = (name: string) => (typeof form.get(name) === 'string' && String(form.get(name)).trim() ? String(form.get(name)) : undefined)
    const followUp = ZFollowUp.safeParse({ arrival: value('arrival'), departure: value('departure'), travelMode: value('travelMode'), accommodation: value('accommodation'), funding: value('funding'), details: value('details') })
    if (!followUp.success) return refused('invalid-input')
    result = await submitFollowUp(payload, user, { registrationId: id.data, locale, followUp: followUp.data })
    return result.ok ? page({ notice: 'follow-up-saved' }) : refused(result.error)
  }
  if (action === 'request-letter') {
    const request = ZLetterRequest.safeParse(Object.fromEntries(['passportName', 'passportNumber', 'dateOfBirth', 'nationality', 'consulate'].map((k) => [k, form.get(k) ?? undefined])))
    if (!request.success) return refused('invalid-input')
    const letter = await requestLetter(payload, user, { registrationId: id.data, request: request.data })
    return letter.ok ? page({ notice: 'letter-requested' }) : refused(letter.error)
  }
  result = await withdraw(payload, user, { registrationId: id.data, locale })
  return result.ok ? page({ notice: 'withdrawn' }) : page({ error: result.error })
}
