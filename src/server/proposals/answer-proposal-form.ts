import { NextResponse } from 'next/server'
import { z } from 'zod'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { User } from '@/payload-types'
import { sealValues } from '@/server/forms/sealed-values'
import { getPayloadClient } from '@/server/payload'
import { comment, decide, makeDraftEvent, propose, support, withdrawProposal, ZProposal } from './proposal-doors'

export const proposalActions = ['propose', 'support-proposal', 'comment-proposal', 'decide-proposal', 'withdraw-proposal', 'proposal-event'] as const
export type TProposalAction = (typeof proposalActions)[number]

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' && value.trim() ? value : undefined
}

/**
 * The proposal forms (plain HTML): each answers with a 303 back to the proposals or the
 * proposal's page, with a notice, or an error and what was typed, sealed.
 */
export async function answerProposalForm(action: TProposalAction, form: FormData, user: User | null): Promise<NextResponse> {
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const id = z.coerce.number().int().positive().safeParse(form.get('proposal'))
  const back = (query: Record<string, string>, path = id.success ? routes.proposal(id.data) : routes.proposals()) => {
    const url = new URL(href(locale, path), env.publicUrl)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    if (query.error) url.hash = 'form-error'
    return NextResponse.redirect(url, 303)
  }
  if (!user) return NextResponse.redirect(new URL(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.proposals()))}`, env.publicUrl), 303)
  const payload = await getPayloadClient()
  const typed = (names: string[]) => sealValues(env.secret, Object.fromEntries(names.flatMap((n) => (text(form, n) ? [[n, text(form, n)!.slice(0, 3000)]] : []))))

  if (action === 'propose') {
    const fields = ['topic', 'thematicArea', 'hostState', 'format', 'tentativeFrom', 'tentativeTo', 'rationale']
    const input = ZProposal.safeParse(Object.fromEntries(fields.map((f) => [f, text(form, f)])))
    if (!input.success) return back({ error: 'invalid-input', form: action, values: typed(fields) }, routes.proposals())
    const result = await propose(payload, user, input.data)
    return result.ok ? back({ notice: 'proposed' }, routes.proposal(result.value.id)) : back({ error: result.error, form: action, values: typed(fields) }, routes.proposals())
  }
  if (!id.success) return back({ error: 'invalid-input' }, routes.proposals())
  switch (action) {
    case 'support-proposal': {
      const result = await support(payload, user, id.data)
      return back(result.ok ? { notice: 'supported' } : { error: result.error })
    }
    case 'comment-proposal': {
      const result = await comment(payload, user, { proposalId: id.data, text: text(form, 'text') ?? '' })
      return back(result.ok ? { notice: 'commented' } : { error: result.error, form: action, values: typed(['text']) })
    }
    case 'decide-proposal': {
      const decision = form.get('decision')
      if (decision !== 'agreed' && decision !== 'declined') return back({ error: 'invalid-input' })
      const result = await decide(payload, user, { proposalId: id.data, decision, reason: text(form, 'reason'), locale })
      return back(result.ok ? { notice: 'decided' } : { error: result.error, form: action, values: typed(['reason']) })
    }
    case 'withdraw-proposal': {
      const result = await withdrawProposal(payload, user, id.data)
      return back(result.ok ? { notice: 'proposal-withdrawn' } : { error: result.error })
    }
    case 'proposal-event': {
      const result = await makeDraftEvent(payload, user, id.data)
      return result.ok ? NextResponse.redirect(new URL(`/admin/collections/events/${result.value}`, env.publicUrl), 303) : back({ error: result.error })
    }
  }
}
