import { NextResponse } from 'next/server'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import type { User } from '@/payload-types'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import { getPayloadClient } from '@/server/payload'
import { completeLesson, enroll } from './learning'
import { startQuiz, submitQuiz } from './quizzes'
import { isSlug } from '@/server/content/page-paths'

export const learningActions = ['enroll', 'complete-lesson', 'start-quiz', 'submit-quiz'] as const
export type TLearningAction = (typeof learningActions)[number]

const slugOf = (form: FormData, name: string) => {
  const value = form.get(name)
  return isSlug(value) && value.length <= 80 ? value : undefined
}

/** The registration forms' words for these codes speak of events; the learning pages have their own. */
const learningErrorCodes: Record<string, string> = { 'not-found': 'learning-not-found', 'not-allowed': 'members-only' }

/** The certificate's job was queued with a course's completion (committed by now): run it now rather than at the next tick. */
export function afterCompletion(courseCompleted: boolean): void {
  if (courseCompleted) kickJobRunner()
}

/** The learning forms (plain HTML): enrol in a course; mark a lesson done; start and submit a quiz. Each answers with a 303. */
export async function answerLearningForm(action: TLearningAction, form: FormData, user: User | null): Promise<NextResponse> {
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const course = slugOf(form, 'course')
  const lesson = slugOf(form, 'lesson')
  const go = (path: string, query: Record<string, string> = {}) => {
    const url = new URL(href(locale, path), env.publicUrl)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, k === 'error' ? (learningErrorCodes[v] ?? v) : v)
    if (query.error) url.hash = 'form-error'
    return NextResponse.redirect(url, 303)
  }
  if (!course) return go(routes.learning(), { error: 'not-found' })
  if (!user) return NextResponse.redirect(new URL(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.learningCourse(course)))}`, env.publicUrl), 303)
  const payload = await getPayloadClient()
  if (action === 'enroll') {
    const key = form.get('key')
    const result = await enroll(payload, user, course, typeof key === 'string' ? key.slice(0, 200) : undefined)
    return go(routes.learningCourse(course), result.ok ? { notice: 'enrolled' } : { error: result.error })
  }
  if (!lesson) return go(routes.learningCourse(course), { error: 'not-found' })
  if (action === 'start-quiz') {
    const result = await startQuiz(payload, user, course, lesson)
    return go(routes.learningLesson(course, lesson), result.ok ? {} : { error: result.error })
  }
  if (action === 'submit-quiz') {
    const number = Number(form.get('attempt'))
    if (!Number.isInteger(number) || number < 1) return go(routes.learningLesson(course, lesson), { error: 'not-found' })
    const result = await submitQuiz(payload, user, course, lesson, number, form)
    if (!result.ok) return go(routes.learningLesson(course, lesson), { error: result.error })
    afterCompletion(result.value.courseCompleted)
    const notice = result.value.courseCompleted ? 'course-completed' : result.value.passed ? 'quiz-passed' : 'quiz-failed'
    return go(routes.learningLesson(course, lesson), { notice, attempt: String(number) })
  }
  const result = await completeLesson(payload, user, course, lesson)
  if (!result.ok) return go(routes.learningCourse(course), { error: result.error })
  const next = form.get('next')
  const nextSlug = isSlug(next) ? next : undefined
  afterCompletion(result.value.courseCompleted)
  if (result.value.courseCompleted) return go(routes.learningCourse(course), { notice: 'course-completed' })
  return go(nextSlug ? routes.learningLesson(course, nextSlug) : routes.learningCourse(course), { notice: 'lesson-completed' })
}
