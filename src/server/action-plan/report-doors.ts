import type { Payload } from 'payload'
import { z } from 'zod'
import { stateOfUser } from '@/access/registrations'
import type { Locale } from '@/i18n/locales'
import type { ActionReport, User } from '@/payload-types'
import { relationId } from '@/server/registrations/allocation'
import { isEditableByState, mayReport, maySeeEveryState, progressValues, type TReportStatus } from './report-rules'

/**
 * The site's doors to a state's Action-Plan reports: the NCP reads its state's reports and
 * saves one as a draft or sends it; the Strategic Group and the Secretariat read what they
 * may. Every read goes through the collection's read rule as the person; refusals are values.
 */
export type TReportError = 'invalid-input' | 'not-allowed' | 'not-found' | 'period-closed' | 'already-sent' | 'narrative-required'
export type TReportResult<T = ActionReport> = { ok: true; value: T } | { ok: false; error: TReportError }

const evidenceUrl = z.string().trim().max(500).regex(/^https?:\/\/[^\s]+$/)
export const ZReport = z.object({
  period: z.coerce.number().int().positive(),
  action: z.coerce.number().int().positive(),
  progress: z.enum(progressValues),
  narrative: z.string().trim().max(5000).default(''),
  evidence: z.array(z.object({ url: evidenceUrl, label: z.string().trim().max(200).optional() })).max(10).default([]),
  intent: z.enum(['draft', 'submit']),
})
export type TReportInput = z.infer<typeof ZReport>

const asPerson = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

/** Whose reports a person looks at: an NCP its own state; the Strategic Group and the Secretariat any state they choose. */
export function reportingStateFor(user: User, wanted?: number): number | undefined {
  if (maySeeEveryState(user) && wanted) return wanted
  return mayReport(user) ? stateOfUser(user) : undefined
}

/** A state's reports in a period, as the person may read them (by action id). */
export async function readStateReports(payload: Payload, user: User, period: number, state: number): Promise<Map<number, ActionReport>> {
  const found = await payload.find({ collection: 'action-reports', where: { and: [{ period: { equals: period } }, { state: { equals: state } }] }, depth: 0, limit: 2000, pagination: false, ...asPerson(user) })
  return new Map(found.docs.map((r) => [relationId(r.action)!, r]))
}

/** One report (a state, an action, a period), as the person may read it. */
export async function readReport(payload: Payload, user: User, key: { period: number; action: number; state: number }): Promise<ActionReport | undefined> {
  const found = await payload.find({ collection: 'action-reports', where: { and: [{ period: { equals: key.period } }, { action: { equals: key.action } }, { state: { equals: key.state } }] }, depth: 0, limit: 1, ...asPerson(user) })
  return found.docs[0]
}

/** Whether a person may write this state's report now: its NCP, while the period is open and the report is in the state's hands. */
export function mayEdit(user: User, state: number, periodOpen: boolean, status: TReportStatus | undefined): boolean {
  return mayReport(user) && stateOfUser(user) === state && periodOpen && isEditableByState(status)
}

/**
 * The NCP saves its state's report on an action: a draft (a returned report stays returned,
 * with the Secretariat's reason in view, until it is sent again), or sends it to the Secretariat
 * (a narrative is then needed). Two NCPs of one state saving at once make one report, not two.
 */
export async function saveReport(payload: Payload, user: User | null, input: TReportInput, locale: Locale): Promise<TReportResult> {
  const state = user ? stateOfUser(user) : undefined
  if (!user || !mayReport(user) || state === undefined) return { ok: false, error: 'not-allowed' }
  const [period, action] = await Promise.all([
    payload.findByID({ collection: 'reporting-periods', id: input.period, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true } }),
    payload.findByID({ collection: 'action-plan-actions', id: input.action, depth: 0, overrideAccess: true, disableErrors: true, select: { code: true } }),
  ])
  if (!period || !action) return { ok: false, error: 'not-found' }
  if (period.status !== 'open') return { ok: false, error: 'period-closed' }
  if (input.intent === 'submit' && input.narrative.length < 20) return { ok: false, error: 'narrative-required' }

  const write = async (): Promise<TReportResult> => {
    const existing = await readReport(payload, user, { period: input.period, action: input.action, state })
    if (!mayEdit(user, state, true, existing?.status)) return { ok: false, error: 'already-sent' }
    const status: TReportStatus = input.intent === 'submit' ? 'submitted' : existing?.status === 'returned' ? 'returned' : 'draft'
    const data = {
      progress: input.progress,
      narrative: input.narrative,
      evidence: input.evidence.map((e) => ({ url: e.url, label: e.label || null })),
      status,
      ...(input.intent === 'submit' ? { submittedBy: user.id, returnReason: null } : {}),
    }
    const value = existing
      ? await payload.update({ collection: 'action-reports', id: existing.id, data, overrideAccess: true, depth: 0, locale })
      : await payload.create({ collection: 'action-reports', data: { ...data, period: input.period, action: input.action, state }, overrideAccess: true, depth: 0, locale })
    return { ok: true, value }
  }
  try {
    return await write()
  } catch (error) {
    // Another save of the same report won the race for the unique (period, action, state): save onto it.
    if (await readReport(payload, user, { period: input.period, action: input.action, state })) return write()
    throw error
  }
}
