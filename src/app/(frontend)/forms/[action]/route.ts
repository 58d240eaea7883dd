import { NextResponse, type NextRequest } from 'next/server'
import type { z } from 'zod'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import * as account from '@/server/account/account-actions'
import { expiredSessionCookie, languageCookie, sessionCookie } from '@/server/account/session-cookie'
import { answerContactForm } from '@/server/contact/answer-contact-form'
import { renewPersonalFeed } from '@/server/events/personal-calendar'
import { getPayloadClient } from '@/server/payload'
import { sessionUser } from '@/server/account/session-bridge'
import { answerLearningForm, learningActions, type TLearningAction } from '@/server/learning/answer-learning-form'
import { answerTrainerForm, trainerActions, type TTrainerAction } from '@/server/academy/answer-trainer-form'
import { answerReportForm, reportActions, type TReportAction } from '@/server/action-plan/answer-report-form'
import { answerProposalForm, proposalActions, type TProposalAction } from '@/server/proposals/answer-proposal-form'
import { answerRegistrationForm, registrationActions, type TRegistrationAction } from '@/server/registrations/answer-registration-form'

/**
 * The site's account forms post here (plain HTML forms: they work without JavaScript).
 * Cross-site posts are refused before this runs (the HTTP front (src/http) checks Origin). Each action
 * answers with a 303 back to a page, carrying a result code the page shows in words.
 */
type Ctx = { params: Promise<{ action: string }> }

/** Values echoed back into the form after an error: never longer than the fields allow. */
const echoLimits: Record<string, number> = { name: 120, email: 254, token: 500, retry: 8 }

function redirectTo(locale: Locale, path: string, query: Record<string, string | undefined> = {}) {
  const url = new URL(href(locale, path), env.publicUrl)
  for (const [k, v] of Object.entries(query)) if (v) url.searchParams.set(k, v.slice(0, echoLimits[k] ?? 40))
  return NextResponse.redirect(url, 303)
}

function parse<T extends z.ZodTypeAny>(schema: T, form: FormData): z.infer<T> | undefined {
  const result = schema.safeParse(Object.fromEntries(form.entries()))
  return result.success ? result.data : undefined
}

const formPages: Record<string, string> = {
  'sign-in': routes.signIn(),
  'sign-up': routes.signUp(),
  'forgot-password': routes.forgotPassword(),
  'reset-password': '/account/reset-password',
  profile: routes.profile(),
  'delete-account': routes.deleteAccount(),
  'renew-calendar': routes.personalCalendar(),
  'sign-out': routes.home(),
}

export async function POST(request: NextRequest, { params }: Ctx) {
  const { action } = await params
  // The contact form answers errors with the form itself (nothing typed goes into an address).
  if (action === 'contact') return answerContactForm(request)
  // The member forms (registration, proposals, Action-Plan reports, the trainers' network) answer with their own pages.
  const isProposal = (proposalActions as readonly string[]).includes(action)
  const isReport = (reportActions as readonly string[]).includes(action)
  const isTrainer = (trainerActions as readonly string[]).includes(action)
  const isLearning = (learningActions as readonly string[]).includes(action)
  if (isProposal || isReport || isTrainer || isLearning || (registrationActions as readonly string[]).includes(action)) {
    let form: FormData
    try {
      form = await request.formData()
    } catch {
      return new NextResponse(null, { status: 400 })
    }
    const user = await sessionUser(await getPayloadClient(), request.headers)
    if (isReport) return answerReportForm(action as TReportAction, form, user)
    if (isTrainer) return answerTrainerForm(action as TTrainerAction, form, user)
    if (isLearning) return answerLearningForm(action as TLearningAction, form, user)
    return isProposal ? answerProposalForm(action as TProposalAction, form, user) : answerRegistrationForm(action as TRegistrationAction, form, user)
  }
  if (!Object.hasOwn(formPages, action)) return new NextResponse(null, { status: 404 })
  const page = formPages[action]
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    // Not a form at all (garbage or a broken multipart body): back to the form, in words.
    return redirectTo(defaultLocale, page, { error: 'invalid-input' })
  }
  const rawLocale = form.get('locale')
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const payload = await getPayloadClient()
  const currentUser = () => sessionUser(payload, request.headers)

  let result: account.TAccountResult
  switch (action) {
    case 'sign-in': {
      const input = parse(account.ZSignIn, form)
      result = input ? await account.signIn(payload, input, { headers: request.headers }) : { ok: false, error: 'invalid-input', fields: { email: String(form.get('email') ?? '') } }
      if (result.ok && result.token) {
        const next = String(form.get('next') ?? '')
        const target = next.startsWith(`/${locale}/`) && !next.startsWith('//') ? next : href(locale, routes.profile())
        const response = NextResponse.redirect(new URL(target, env.publicUrl), 303)
        response.headers.append('set-cookie', sessionCookie(payload, result.token))
        if (result.language) response.headers.append('set-cookie', languageCookie(result.language))
        return response
      }
      break
    }
    case 'sign-up': {
      const input = parse(account.ZSignUp, form)
      result = input
        ? await account.signUp(payload, input)
        : { ok: false, error: 'invalid-input', fields: { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') } }
      if (result.ok) return redirectTo(locale, routes.signIn(), { notice: result.notice })
      break
    }
    case 'forgot-password': {
      const input = parse(account.ZForgot, form)
      result = input ? await account.requestPasswordReset(payload, input) : { ok: false, error: 'invalid-input' }
      if (result.ok) return redirectTo(locale, routes.signIn(), { notice: result.notice })
      break
    }
    case 'reset-password': {
      const input = parse(account.ZReset, form)
      result = input ? await account.resetPassword(payload, input) : { ok: false, error: 'invalid-input' }
      if (result.ok) {
        const response = redirectTo(locale, routes.profile())
        if (result.token) response.headers.append('set-cookie', sessionCookie(payload, result.token))
        return response
      }
      break
    }
    case 'profile': {
      const input = parse(account.ZProfile, form)
      result = input ? await account.updateProfile(payload, await currentUser(), input) : { ok: false, error: 'invalid-input' }
      if (result.ok) {
        // One language per account: the admin follows the language chosen on the site.
        const response = redirectTo(input!.preferredLanguage, routes.profile(), { notice: result.notice })
        response.headers.append('set-cookie', languageCookie(input!.preferredLanguage))
        return response
      }
      if (result.error === 'not-signed-in') return redirectTo(locale, routes.signIn())
      break
    }
    case 'delete-account': {
      const input = parse(account.ZDeleteAccount, form)
      result = input ? await account.deleteOwnAccount(payload, await currentUser(), input, { headers: request.headers }) : { ok: false, error: 'invalid-input' }
      if (result.ok) {
        const response = redirectTo(locale, routes.signIn(), { notice: result.notice })
        response.headers.append('set-cookie', expiredSessionCookie(payload))
        return response
      }
      if (result.error === 'not-signed-in') return redirectTo(locale, routes.signIn())
      break
    }
    case 'renew-calendar': {
      const user = await currentUser()
      if (!user) return redirectTo(locale, routes.signIn())
      await renewPersonalFeed(payload, user)
      return redirectTo(locale, routes.personalCalendar(), { notice: 'calendar-renewed' })
    }
    case 'sign-out': {
      result = await account.signOut(payload, await currentUser())
      const response = redirectTo(locale, routes.home())
      response.headers.append('set-cookie', expiredSessionCookie(payload))
      return response
    }
    default:
      return new NextResponse(null, { status: 404 })
  }
  if (result.ok) return redirectTo(locale, page)
  return redirectTo(locale, page, { error: result.error, ...result.fields, retry: result.retryAfterSeconds?.toString() })
}
