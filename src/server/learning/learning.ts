import type { Payload, PayloadRequest } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import { isMember } from '@/access/visibility'
import type { Locale } from '@/i18n/locales'
import type { Course, Enrollment, Lesson, User } from '@/payload-types'
import { relationId } from '@/server/registrations/allocation'
import { execute, queryRows, sql, sqlInRequest } from '@/server/search-index/raw-sql'
import { courseContentById, courseContentBySlug, lessonIdsOf, ownLessons, type TCourseContent, type TSyllabus } from './course-content'
import { learnerViewOf, type TLearnerState } from './learner-state'
import { courseComplete, keyMatches, openLessons, progressPercent, type TOutlineLesson } from './course-rules'

export type TLearningError = 'not-signed-in' | 'not-found' | 'not-allowed' | 'invalid-key' | 'prerequisites' | 'not-enrolled' | 'locked' | 'no-attempts' | 'already-submitted' | 'time-up'
export type TLearningResult<T = true> = { ok: true; value: T } | { ok: false; error: TLearningError }

/** A published course by its slug, in the reader's language (the enrolment key included, for the door to check). */
export async function publishedCourse(payload: Payload, slug: string, locale: Locale = 'en'): Promise<Course | undefined> {
  return (await courseContentBySlug(payload, slug, locale))?.course
}

export async function enrollmentOf(payload: Payload, userId: number, courseId: number, req?: PayloadRequest): Promise<Enrollment | undefined> {
  const found = await payload.find({ collection: 'enrollments', where: { and: [{ user: { equals: userId } }, { course: { equals: courseId } }] }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  return found.docs[0]
}

/** The lessons of a course the learner has done (read for every learning page: one plain statement). */
export async function lessonsDoneBy(payload: Payload, userId: number, courseId: number, req?: PayloadRequest): Promise<Set<number>> {
  const query = sql`SELECT lesson_id FROM lesson_progress WHERE user_id = ${userId} AND course_id = ${courseId}`
  const rows = req ? await (await sqlInRequest(req)).queryRows<{ lesson_id: unknown }>(query) : await queryRows<{ lesson_id: unknown }>(payload, query)
  return new Set(rows.map((row) => Number(row.lesson_id)).filter((id) => Number.isInteger(id)))
}

/** The learner's outline from the course's lessons (in order) and those they have done. */
export function outlineFrom(lessons: readonly Pick<Lesson, 'id' | 'required'>[], done: ReadonlySet<number>): TOutlineLesson[] {
  return lessons.map((l) => ({ id: l.id, required: l.required !== false, done: done.has(l.id) }))
}

/** The learner's outline of a course as the database has it now (inside a write's transaction). */
export async function outlineOf(payload: Payload, userId: number, course: Pick<Course, 'id' | 'modules'>, req?: PayloadRequest): Promise<TOutlineLesson[]> {
  const ids = lessonIdsOf(course)
  if (!ids.length) return []
  const [lessons, done] = await Promise.all([
    payload.find({ collection: 'lessons', where: ownLessons(course, ids), depth: 0, pagination: false, limit: ids.length, overrideAccess: true, select: { required: true }, req }),
    lessonsDoneBy(payload, userId, course.id, req),
  ])
  const byId = new Map(lessons.docs.map((l) => [l.id, l]))
  return outlineFrom(ids.flatMap((id) => byId.get(id) ?? []), done)
}

/**
 * A signed-in person enrols in a published course, as its policy allows: open to anyone,
 * members of the dialogue only, or with the course's key; after its prerequisites are
 * completed. Enrolling twice is no change (one row per person and course).
 */
export async function enroll(payload: Payload, user: User | null, slug: string, key?: string): Promise<TLearningResult<Enrollment>> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  const course = await publishedCourse(payload, slug)
  if (!course) return { ok: false, error: 'not-found' }
  const existing = await enrollmentOf(payload, user.id, course.id)
  if (existing) return { ok: true, value: existing }
  if (course.enrollment === 'members' && !isMember({ ...user, collection: 'users' })) return { ok: false, error: 'not-allowed' }
  if (course.enrollment === 'key' && !keyMatches(key, course.enrollmentKey)) return { ok: false, error: 'invalid-key' }
  const prerequisites = (course.prerequisites ?? []).map((p) => relationId(p)).filter((id): id is number => id !== undefined)
  if (prerequisites.length) {
    const completed = await payload.count({ collection: 'enrollments', where: { and: [{ user: { equals: user.id } }, { course: { in: prerequisites } }, { status: { equals: 'completed' } }] }, overrideAccess: true })
    if (completed.totalDocs < prerequisites.length) return { ok: false, error: 'prerequisites' }
  }
  try {
    return { ok: true, value: await payload.create({ collection: 'enrollments', data: { user: user.id, course: course.id, status: 'active' }, overrideAccess: true, depth: 0 }) }
  } catch (error) {
    // Two enrolments at once: the unique index keeps one, and the other finds it.
    const raced = await enrollmentOf(payload, user.id, course.id)
    if (raced) return { ok: true, value: raced }
    throw error
  }
}

export type TLessonAccess = { course: Course; lesson: Lesson; enrollment: Enrollment; outline: TOutlineLesson[]; open: Set<number>; syllabus: TSyllabus }

/** A lesson of a course as a learner stands in it: enrolled, and (in a sequential course) reached. */
export function lessonAccess(content: TCourseContent, lessonSlug: string, enrolled: boolean, done: ReadonlySet<number>): TLearningResult<Omit<TLessonAccess, 'enrollment'>> {
  const { course, syllabus } = content
  const lesson = content.lessons.find((l) => l.slug === lessonSlug && relationId(l.course) === course.id)
  if (!lesson) return { ok: false, error: 'not-found' }
  if (!enrolled) return { ok: false, error: 'not-enrolled' }
  const outline = outlineFrom(content.lessons, done)
  const open = openLessons(outline, Boolean(course.sequential))
  if (!open.has(lesson.id)) return { ok: false, error: 'locked' }
  return { ok: true, value: { course, lesson, outline, open, syllabus } }
}

/** A lesson as its learner may see it: enrolled in its course, and (in a sequential course) reached. */
export async function lessonForLearner(payload: Payload, user: User | null, courseSlug: string, lessonSlug: string, locale: Locale): Promise<TLearningResult<TLessonAccess>> {
  if (!user) return { ok: false, error: 'not-signed-in' }
  const content = await courseContentBySlug(payload, courseSlug, locale)
  if (!content) return { ok: false, error: 'not-found' }
  // The learner's own rows are all that is read per request (the course is read per revision).
  const [enrollment, done] = await Promise.all([enrollmentOf(payload, user.id, content.course.id), lessonsDoneBy(payload, user.id, content.course.id)])
  const access = lessonAccess(content, lessonSlug, Boolean(enrollment), done)
  return access.ok ? { ok: true, value: { ...access.value, enrollment: enrollment! } } : access
}

/**
 * Inside the caller's transaction: one progress row for the lesson (again is no change) and,
 * when every required lesson is done, the course completed and its certificate queued. True
 * when this completed it.
 */
export async function recordLessonDone(payload: Payload, req: PayloadRequest, userId: number, course: Course, lessonId: number, enrollment: Enrollment): Promise<boolean> {
  const done = await payload.count({ collection: 'lesson-progress', where: { and: [{ user: { equals: userId } }, { lesson: { equals: lessonId } }] }, overrideAccess: true, req })
  if (!done.totalDocs) await payload.create({ collection: 'lesson-progress', data: { user: userId, course: course.id, lesson: lessonId }, overrideAccess: true, depth: 0, req })
  const outline = await outlineOf(payload, userId, course, req)
  const completed = enrollment.status !== 'completed' && courseComplete(outline)
  if (completed) {
    await payload.update({ collection: 'enrollments', id: enrollment.id, data: { status: 'completed', completedAt: new Date().toISOString(), lastLesson: lessonId }, overrideAccess: true, depth: 0, req })
    // The certificate is made and e-mailed by a background job, queued with the completion.
    await payload.jobs.queue({ task: 'issueCertificate', input: { enrollmentId: String(enrollment.id) }, overrideAccess: true, req })
  }
  return completed
}

/**
 * The learner marks a lesson done: one progress row (again is no change) and, when every
 * required lesson is done, the course completed, in one transaction. A quiz is done by
 * passing it, never by this door.
 */
export async function completeLesson(payload: Payload, user: User | null, courseSlug: string, lessonSlug: string): Promise<TLearningResult<{ courseCompleted: boolean }>> {
  const access = await lessonForLearner(payload, user, courseSlug, lessonSlug, 'en')
  if (!access.ok) return access
  const { course, lesson, enrollment, outline } = access.value
  // A quiz is done by passing it, a SCORM lesson when its package reports completion.
  if (lesson.kind === 'quiz' || lesson.kind === 'scorm') return { ok: false, error: 'not-found' }
  // Done already, and nothing it could complete: no write.
  if (outline.some((l) => l.id === lesson.id && l.done) && (enrollment.status === 'completed' || !courseComplete(outline))) return { ok: true, value: { courseCompleted: false } }
  try {
    const courseCompleted = await inRequestTransaction(payload, (req) => recordLessonDone(payload, req, user!.id, course, lesson.id, enrollment))
    return { ok: true, value: { courseCompleted } }
  } catch (error) {
    // The same lesson marked twice at once: the unique index keeps one row, which is the answer.
    const row = await payload.count({ collection: 'lesson-progress', where: { and: [{ user: { equals: user!.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })
    if (row.totalDocs) return { ok: true, value: { courseCompleted: false } }
    throw error
  }
}

/** A course on the dashboard; `quizzes`: the learner's best score in each quiz of it they have sent an attempt of, in course order. */
export type TLearningCard = { courseId: number; slug: string; title: string; percent: number; status: 'active' | 'completed'; resume?: string; quizzes: { title: string; best: number }[] }

/** The learner's dashboard from where they stand: each course they are enrolled in, how far they are, and where to go on. */
export async function dashboardCards(payload: Payload, state: Pick<TLearnerState, 'enrollments' | 'done' | 'quizzes'>, locale: Locale): Promise<TLearningCard[]> {
  const done = new Set(state.done)
  const best = new Map(state.quizzes.map((q) => [q.lesson, q.best]))
  const cards = await Promise.all(state.enrollments.map(async (enrollment): Promise<TLearningCard | undefined> => {
    const content = await courseContentById(payload, enrollment.course, locale)
    if (!content) return undefined
    const { course, lessons } = content
    const outline = outlineFrom(lessons, done)
    const open = openLessons(outline, Boolean(course.sequential))
    // Where they left off: the lesson they last opened while it is still to do, else the next one to do, else the last one.
    const last = enrollment.lastLesson
    const next = last !== null && open.has(last) && !done.has(last) ? last : (outline.find((l) => !l.done && open.has(l.id))?.id ?? last)
    const resume = lessons.find((l) => l.id === next)?.slug
    const quizzes = lessons.flatMap((l) => (best.has(l.id) ? [{ title: l.title, best: best.get(l.id)! }] : []))
    return { courseId: course.id, slug: course.slug, title: course.title, percent: progressPercent(outline), status: enrollment.status, resume, quizzes }
  }))
  return cards.filter((card): card is TLearningCard => card !== undefined)
}

/** The dashboard's cards for a learner, read now. */
export async function learnerDashboard(payload: Payload, user: Pick<User, 'id'>, locale: Locale): Promise<TLearningCard[]> {
  return dashboardCards(payload, (await learnerViewOf(payload, user.id, locale, {})).state, locale)
}

/**
 * A learner opened a lesson: the dashboard resumes there. One statement, only when the lesson
 * is not already the one noted (re-reading a lesson writes nothing); in SQL, as no hook needs it.
 */
export async function noteLessonOpened(payload: Payload, userId: number, courseId: number, lessonId: number): Promise<void> {
  await execute(payload, sql`UPDATE enrollments SET last_lesson_id = ${lessonId}, updated_at = ${new Date().toISOString()} WHERE user_id = ${userId} AND course_id = ${courseId} AND (last_lesson_id IS NULL OR last_lesson_id <> ${lessonId})`)
}
