import { stringify } from 'csv-stringify/sync'
import type { Payload, Where } from 'payload'
import { checkRole, staffRoles } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { Course, User } from '@/payload-types'
import { participantName } from '@/server/participants/participant-name'
import { relationId } from '@/server/registrations/allocation'
import { neutraliseFormula } from '@/server/usage/usage-statistics'

/** A learner counts as active while they have opened or finished something in this many days. */
export const activeDays = 30

export type TTally = { enrolled: number; active: number; completed: number }
export type TCourseReport = { course: Pick<Course, 'id' | 'slug' | 'title'>; total: TTally; byState: { state: string; tally: TTally }[] }

const emptyTally = (): TTally => ({ enrolled: 0, active: 0, completed: 0 })

/** The courses a person may see the progress of: every course for the Secretariat, the ones they teach for a trainer. */
export async function reportableCourses(payload: Payload, user: User, locale: Locale) {
  const staff = checkRole(staffRoles, { ...user, collection: 'users' })
  if (!staff && !checkRole(['trainer'], { ...user, collection: 'users' })) return []
  const where: Where | undefined = staff ? undefined : { trainers: { equals: user.id } }
  const found = await payload.find({ collection: 'courses', where, locale, depth: 0, pagination: false, limit: 500, sort: 'title', overrideAccess: true, draft: true, select: { slug: true, title: true } })
  return found.docs
}

/**
 * A course's learners for the Secretariat and its trainers: enrolled, active (anything in the
 * last 30 days) and completed, in all and by the learners' state (the participant on their
 * account; those without one are counted together). Undefined for anyone else.
 */
export async function courseReport(payload: Payload, user: User, slug: string, locale: Locale, now = Date.now()): Promise<TCourseReport | undefined> {
  const course = (await reportableCourses(payload, user, locale)).find((c) => c.slug === slug)
  if (!course) return undefined
  const enrollments = await payload.find({ collection: 'enrollments', where: { course: { equals: course.id } }, depth: 0, pagination: false, limit: 100_000, overrideAccess: true, select: { user: true, status: true, updatedAt: true } })
  const learnerIds = enrollments.docs.map((e) => relationId(e.user)).filter((id): id is number => id !== undefined)
  const [learners, recent] = await Promise.all([
    learnerIds.length ? payload.find({ collection: 'users', where: { id: { in: learnerIds } }, depth: 0, pagination: false, limit: learnerIds.length, overrideAccess: true, select: { participant: true } }) : { docs: [] },
    payload.find({ collection: 'lesson-progress', where: { and: [{ course: { equals: course.id } }, { createdAt: { greater_than: new Date(now - activeDays * 86_400_000).toISOString() } }] }, depth: 0, pagination: false, limit: 100_000, overrideAccess: true, select: { user: true } }),
  ])
  const stateOf = new Map(learners.docs.map((l) => [l.id, relationId(l.participant)]))
  const recentlyActive = new Set(recent.docs.map((r) => relationId(r.user)))
  const since = now - activeDays * 86_400_000
  const t = getTranslator(locale)
  const total = emptyTally()
  const byState = new Map<number | undefined, TTally>()
  for (const enrollment of enrollments.docs) {
    const learner = relationId(enrollment.user)
    const state = learner === undefined ? undefined : stateOf.get(learner)
    const tally = byState.get(state) ?? emptyTally()
    byState.set(state, tally)
    const completed = enrollment.status === 'completed'
    const active = !completed && (recentlyActive.has(learner) || Date.parse(enrollment.updatedAt) >= since)
    for (const row of [total, tally]) {
      row.enrolled++
      if (completed) row.completed++
      if (active) row.active++
    }
  }
  const named = await Promise.all([...byState].map(async ([state, tally]) => ({ state: state === undefined ? t('learning.report.noState') : ((await participantName(payload, state, locale)) ?? t('learning.report.noState')), tally })))
  return { course, total, byState: named.sort((a, b) => b.tally.enrolled - a.tally.enrolled || a.state.localeCompare(b.state, locale)) }
}

/** The report as CSV (UTF-8 with a byte-order mark, cells safe from formula injection). */
export function courseReportCsv(report: TCourseReport, locale: Locale): string {
  const t = getTranslator(locale)
  const head = [t('learning.report.state'), t('learning.report.enrolled'), t('learning.report.active'), t('learning.report.completed')]
  const rows = [...report.byState.map((r) => [r.state, r.tally.enrolled, r.tally.active, r.tally.completed]), [t('learning.report.total'), report.total.enrolled, report.total.active, report.total.completed]]
  return `\uFEFF${stringify([head, ...rows.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)))])}`
}
