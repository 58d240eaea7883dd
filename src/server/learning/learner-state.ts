import type { Payload } from 'payload'
import { env } from '@/env'
import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { Lesson } from '@/payload-types'
import { queryRows, sql } from '@/server/search-index/raw-sql'
import { courseContentBySlug, type TCourseContent } from './course-content'
import { scormLaunchSrc, scormPackageFacts } from './scorm-launch'
import { scormStatuses, type TScormStatus } from './scorm-cmi'

/**
 * Where a learner stands, as much of it as a learning page shows: what decides how the page
 * looks; the values that are one person's alone (a certificate's code, a date, a SCORM launch,
 * a score) are `fills`, by name.
 */
export type TLearnerState = {
  /** The person's enrolments in the page's course (the dashboard: all of them, latest first). */
  enrollments: { course: number; status: 'active' | 'completed'; lastLesson: number | null }[]
  /** The lessons they have done, in the page's course (the dashboard: in all), in id order. */
  done: number[]
  /** Their certificates for the page's course (the dashboard: all). */
  certificates: { course: number; status: 'valid' | 'revoked' }[]
  /** Their best score in each quiz they have sent an attempt of, in the page's course (the dashboard: in all), by lesson id. */
  quizzes: { lesson: number; best: number }[]
  /** A SCORM lesson's page: where their record says they stand, and whether it has a score. */
  scorm?: { status: TScormStatus | null; scored: boolean }
}

/** Which learning page: the dashboard (no course), a course, or a lesson of it (slugs from its address). */
export type TLearnerScope = { course?: string; lesson?: string }

/** The state, and the person's own values for the page, by name. */
export type TLearnerView = { state: TLearnerState; fills: Record<string, string> }

/** The names of the person's own values. */
export const learnerFill = {
  certificateCode: (course: number) => `certificate-${course}`,
  completedOn: (course: number) => `completed-${course}`,
  scormScore: 'scorm-score',
  scormLaunch: 'scorm-launch',
} as const

const isScormStatus = (value: unknown): value is TScormStatus => typeof value === 'string' && value in scormStatuses

type TEnrollmentRow = { course_id: unknown; status: unknown; completed_at: unknown; last_lesson_id: unknown }
type TCertificateRow = { course_id: unknown; status: unknown; code: unknown }

/** The learner's rows a page shows, in a few plain statements (run for every learning page a person opens, so they must stay cheap). */
export async function learnerViewOf(payload: Payload, userId: number, locale: Locale, scope: TLearnerScope): Promise<TLearnerView> {
  const content = scope.course ? await courseContentBySlug(payload, scope.course, locale) : undefined
  // A course that is not there (or not published): the page says so, whoever asks.
  if (scope.course && !content) return { state: { enrollments: [], done: [], certificates: [], quizzes: [] }, fills: {} }
  const courseId = content?.course.id
  const inCourse = courseId === undefined ? sql`` : sql` AND course_id = ${courseId}`
  const lesson = scope.lesson ? content?.lessons.find((l) => l.slug === scope.lesson) : undefined
  const scormLesson = lesson?.kind === 'scorm' ? lesson : undefined
  const [enrollments, done, certificates, quizzes, scorm] = await Promise.all([
    queryRows<TEnrollmentRow>(payload, sql`SELECT course_id, status, completed_at, last_lesson_id FROM enrollments WHERE user_id = ${userId}${inCourse} ORDER BY updated_at DESC, id DESC`),
    queryRows<{ lesson_id: unknown }>(payload, sql`SELECT lesson_id FROM lesson_progress WHERE user_id = ${userId}${inCourse} ORDER BY lesson_id`),
    queryRows<TCertificateRow>(payload, sql`SELECT course_id, status, code FROM certificates WHERE user_id = ${userId}${inCourse} ORDER BY course_id`),
    queryRows<{ lesson_id: unknown; best: unknown }>(payload, sql`SELECT lesson_id, MAX(score) AS best FROM quiz_attempts WHERE user_id = ${userId}${inCourse} AND status = 'submitted' GROUP BY lesson_id ORDER BY lesson_id`),
    scormLesson ? queryRows<{ status: unknown; score: unknown }>(payload, sql`SELECT status, score FROM scorm_records WHERE user_id = ${userId} AND lesson_id = ${scormLesson.id}`) : Promise.resolve([]),
  ])
  const fills: Record<string, string> = {}
  const state: TLearnerState = {
    enrollments: enrollments.map((row) => {
      const course = Number(row.course_id)
      if (row.completed_at) fills[learnerFill.completedOn(course)] = formatDate(locale, new Date(String(row.completed_at)))
      return { course, status: row.status === 'completed' ? 'completed' : 'active', lastLesson: row.last_lesson_id === null || row.last_lesson_id === undefined ? null : Number(row.last_lesson_id) }
    }),
    done: done.map((row) => Number(row.lesson_id)).filter(Number.isInteger),
    certificates: certificates.map((row) => {
      const course = Number(row.course_id)
      fills[learnerFill.certificateCode(course)] = String(row.code)
      return { course, status: row.status === 'revoked' ? 'revoked' : 'valid' }
    }),
    quizzes: quizzes.flatMap((row) => (row.best === null || row.best === undefined ? [] : [{ lesson: Number(row.lesson_id), best: Number(row.best) }])),
  }
  if (scormLesson && content) {
    const record = scorm[0]
    const score = record?.score === null || record?.score === undefined ? undefined : Number(record.score)
    state.scorm = { status: isScormStatus(record?.status) ? record.status : null, scored: score !== undefined && Number.isFinite(score) }
    if (state.scorm.scored) fills[learnerFill.scormScore] = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 }).format(score!)
    const src = launchFor(userId, content, scormLesson, locale)
    if (src) fills[learnerFill.scormLaunch] = src
  }
  return { state, fills }
}

function launchFor(userId: number, content: TCourseContent, lesson: Lesson, locale: Locale): string | undefined {
  const pkg = scormPackageFacts(lesson)
  return pkg && env.scormOrigin ? scormLaunchSrc(env.scormOrigin, env.secret, { user: userId, lesson: lesson.id, course: content.course.id, locale }, pkg) : undefined
}

/** What a learning page reads: the state, and the person's own values by name. */
export type TLearnerPage = { state: TLearnerState; text: (fill: string) => string; userId: number }

/** The set of lessons done, for the course rules. */
export function doneSet(state: TLearnerState): Set<number> {
  return new Set(state.done)
}
