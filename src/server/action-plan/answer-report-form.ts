import { NextResponse } from 'next/server'
import { z } from 'zod'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { User } from '@/payload-types'
import { maxSealedLength, sealValues } from '@/server/forms/sealed-values'
import { getPayloadClient } from '@/server/payload'
import { saveReport, ZReport, type TReportError } from './report-doors'
import { progressValues } from './report-rules'

export const reportActions = ['action-report'] as const
export type TReportAction = (typeof reportActions)[number]

const id = z.coerce.number().int().positive()
const isLink = (url: string) => /^https?:\/\/[^\s]+$/.test(url) && url.length <= 500

/** What was typed, sealed into the address; a long narrative is cut to fit (it is saved as a draft wherever the period allows). */
function sealTyped(values: Record<string, string>): string {
  let sealed = sealValues(env.secret, values)
  for (let keep = (values.narrative ?? '').length; sealed.length > maxSealedLength && keep > 0; keep = Math.floor(keep * 0.8)) {
    sealed = sealValues(env.secret, { ...values, narrative: (values.narrative ?? '').slice(0, keep) })
  }
  return sealed
}

/**
 * The report form (plain HTML): save as draft or send. Whatever is valid is never lost: when
 * a link is malformed, or a report is sent without a narrative, the rest is kept as a draft
 * and the page says what to fix, with the refused links typed back into the form.
 */
export async function answerReportForm(_action: TReportAction, form: FormData, user: User | null): Promise<NextResponse> {
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const period = id.safeParse(form.get('period'))
  const action = id.safeParse(form.get('action'))
  const go = (path: string, query: Record<string, string> = {}) => {
    const url = new URL(href(locale, path), env.publicUrl)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    if (query.error) url.hash = 'form-error'
    return NextResponse.redirect(url, 303)
  }
  if (!period.success || !action.success) return go(routes.actionPlan(), { error: 'invalid-input' })
  const page = routes.actionReport(period.data, action.data)
  if (!user) return NextResponse.redirect(new URL(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, page))}`, env.publicUrl), 303)

  const text = (name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)).trim() : '')
  const urls = form.getAll('evidenceUrl').map((v) => String(v).trim())
  const labels = form.getAll('evidenceLabel').map((v) => String(v).trim())
  const links = urls.map((url, i) => ({ url, label: (labels[i] ?? '').slice(0, 200) })).filter((l) => l.url).slice(0, 10)
  const good = links.filter((l) => isLink(l.url))
  const refused = links.filter((l) => !isLink(l.url))
  const progress = progressValues.find((p) => p === text('progress')) ?? 'not-started'
  const narrative = text('narrative').slice(0, 5000)
  const intent = text('intent') === 'submit' ? 'submit' : 'draft'
  const typed = () => sealTyped({ narrative, progress, links: JSON.stringify(links) })

  // A report that cannot be sent as it is gets saved as a draft, so that the narrative is never lost.
  const problem: TReportError | 'invalid-link' | undefined = refused.length ? 'invalid-link' : intent === 'submit' && narrative.length < 20 ? 'narrative-required' : undefined
  const input = ZReport.safeParse({ period: period.data, action: action.data, progress, narrative, evidence: good, intent: problem ? 'draft' : intent })
  if (!input.success) return go(page, { error: 'invalid-input', values: typed() })
  const payload = await getPayloadClient()
  const result = await saveReport(payload, user, input.data, locale)
  if (!result.ok) return go(page, { error: result.error, values: typed() })
  if (problem) return go(page, { error: problem, values: sealTyped({ links: JSON.stringify(refused) }) })
  return go(page, { notice: intent === 'submit' ? 'report-submitted' : 'report-saved' })
}
