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

/** Learners by state of progress; quiz scores as the sum and count of each learner's best score per quiz. */
export type TTally = { enrolled: number; active: number; completed: number; scoreSum: number; scored: number }
export type TCourseReport = { course: Pick<Course, 'id' | 'slug' | 'title'>; total: TTally; byState: { state: string; tally: TTally }[] }

const emptyTally = (): TTally => ({ enrolled: 0, active: 0, completed: 0, scoreSum: 0, scored: 0 })

/** The average of the learners' best quiz scores (each learner's best on each quiz), rounded; undefined with no score. */
export const averageScore = (tally: TTally): number | undefined => (tally.scored ? Math.round(tally.scoreSum / tally.scored) : undefined)

/** The courses a person may see the progress of: every course for the Secretariat, the ones they teach for a trainer. */
export async function reportableCourses(payload: Payload, user: User, locale: Locale) {
  const staff = checkRole(staffRoles, { ...user, collection: 'users' })
  if (!staff && !checkRole(['trainer'], { ...user, collection: 'users' })) return []
  const where: Where | undefined = staff ? undefined : { trainers: { equals: user.id } }
  const found = await payload.find({ collection: 'courses', where, locale, depth: 0, pagination: false, limit: 500, sort: 'title', overrideAccess: true, draft: true, select: { slug: true, title: true } })
  return found.docs
}

/**
 * A course's learners for the Secretariat and its trainers: enrolled, active (not completed,
 * and enrolled, finished a lesson, took a quiz or saved in a SCORM module in the last 30 days), completed and their average best quiz score, in all and by the learners' state (the participant on their
 * account; those without one are counted together). Undefined for anyone else.
 */
export async function courseReport(payload: Payload, user: User, slug: string, locale: Locale, now = Date.now()): Promise<TCourseReport | undefined> {
  const course = (await reportableCourses(payload, user, locale)).find((c) => c.slug === slug)
  if (!course) return undefined
  const enrollments = await payload.find({ collection: 'enrollments', where: { course: { equals: course.id } }, depth: 0, pagination: false, limit: 100_000, overrideAccess: true, select: { user: true, status: true, updatedAt: true } })
  const learnerIds = enrollments.docs.map((e) => relationId(e.user)).filter((id): id is number => id !== undefined)
  const since = now - activeDays * 86_400_000
  const recently = { greater_than: new Date(since).toISOString() }
  const inCourse = { course: { equals: course.id } }
  const [learners, recent, attempts, scorm] = await Promise.all([
    learnerIds.length ? payload.find({ collection: 'users', where: { id: { in: learnerIds } }, depth: 0, pagination: false, limit: learnerIds.length, overrideAccess: true, select: { participant: true } }) : { docs: [] },
    payload.find({ collection: 'lesson-progress', where: { and: [inCourse, { createdAt: recently }] }, depth: 0, pagination: false, limit: 100_000, overrideAccess: true, select: { user: true } }),
    payload.find({ collection: 'quiz-attempts', where: inCourse, depth: 0, pagination: false, limit: 100_000, overrideAccess: true, select: { user: true, lesson: true, score: true, status: true, updatedAt: true } }),
    // A SCORM module saves as the learner works in it: that counts as activity too.
    payload.find({ collection: 'scorm-records', where: { and: [inCourse, { updatedAt: recently }] }, depth: 0, pagination: false, limit: 100_000, overrideAccess: true, select: { user: true } }),
  ])
  const recentlyActive = new Set([...recent.docs, ...scorm.docs].map((r) => relationId(r.user)))
  const bestScores = new Map<number, Map<number, number>>()
  for (const a of attempts.docs) {
    // An attempt started or sent lately is activity; only sent ones have a score.
    if (Date.parse(a.updatedAt) >= since) recentlyActive.add(relationId(a.user))
    if (a.status !== 'submitted') continue
    const learner = relationId(a.user)
    const quiz = relationId(a.lesson)
    if (learner === undefined || quiz === undefined) continue
    const perQuiz = bestScores.get(learner) ?? new Map<number, number>()
    bestScores.set(learner, perQuiz)
    perQuiz.set(quiz, Math.max(perQuiz.get(quiz) ?? 0, a.score ?? 0))
  }
  const stateOf = new Map(learners.docs.map((l) => [l.id, relationId(l.participant)]))
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
    const best = learner === undefined ? [] : [...(bestScores.get(learner)?.values() ?? [])]
    for (const row of [total, tally]) {
      row.enrolled++
      if (completed) row.completed++
      if (active) row.active++
      row.scoreSum += best.reduce((a, b) => a + b, 0)
      row.scored += best.length
    }
  }
  const named = await Promise.all([...byState].map(async ([state, tally]) => ({ state: state === undefined ? t('learning.report.noState') : ((await participantName(payload, state, locale)) ?? t('learning.report.noState')), tally })))
  return { course, total, byState: named.sort((a, b) => b.tally.enrolled - a.tally.enrolled || a.state.localeCompare(b.state, locale)) }
}

/** The report as CSV (UTF-8 with a byte-order mark, cells safe from formula injection). */
export function courseReportCsv(report: TCourseReport, locale: Locale): string {
  const t = getTranslator(locale)
  const head = [t('learning.report.state'), t('learning.report.enrolled'), t('learning.report.active'), t('learning.report.completed'), t('learning.report.averageScore')]
  const row = (name: string, tally: TTally) => [name, tally.enrolled, tally.active, tally.completed, averageScore(tally) ?? '']
  const rows = [...report.byState.map((r) => row(r.state, r.tally)), row(t('learning.report.total'), report.total)]
  return `\uFEFF${stringify([head, ...rows.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)))])}`
}
