import crypto from 'node:crypto'

export const courseLevels = ['introductory', 'intermediate', 'advanced'] as const
export type TCourseLevel = (typeof courseLevels)[number]

/** Who may enrol: anyone signed in, members of the dialogue, or those given the course's key. */
export const enrollmentPolicies = ['open', 'members', 'key'] as const
export type TEnrollmentPolicy = (typeof enrollmentPolicies)[number]

/** An enrolment key as typed against the course's, in constant time (no guessing letter by letter). */
export function keyMatches(typed: string | undefined, expected: string | null | undefined): boolean {
  if (!expected || !typed) return false
  const a = crypto.createHash('sha256').update(typed.trim()).digest()
  const b = crypto.createHash('sha256').update(expected.trim()).digest()
  return crypto.timingSafeEqual(a, b)
}

export type TOutlineLesson = { id: number; required: boolean; done: boolean }

/**
 * Which lessons a learner may open: all of them, or in a sequential course each lesson once
 * every required lesson before it is done (optional ones never hold the way).
 */
export function openLessons(lessons: readonly TOutlineLesson[], sequential: boolean): Set<number> {
  if (!sequential) return new Set(lessons.map((l) => l.id))
  const open = new Set<number>()
  for (const lesson of lessons) {
    open.add(lesson.id)
    if (lesson.required && !lesson.done) break
  }
  return open
}

/** Completed when every required lesson is done; a course without required lessons never completes by itself. */
export function courseComplete(lessons: readonly TOutlineLesson[]): boolean {
  const required = lessons.filter((l) => l.required)
  return required.length > 0 && required.every((l) => l.done)
}

/** Per cent of the required lessons done, rounded down (100 only when all are). */
export function progressPercent(lessons: readonly TOutlineLesson[]): number {
  const required = lessons.filter((l) => l.required)
  return required.length ? Math.floor((100 * required.filter((l) => l.done).length) / required.length) : 0
}
