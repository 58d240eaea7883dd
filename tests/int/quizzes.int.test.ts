import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Question, User } from '@/payload-types'
import { averageScore, courseReport } from '@/server/learning/course-report'
import { learnerViewOf } from '@/server/learning/learner-state'
import { completeLesson, enroll, learnerDashboard } from '@/server/learning/learning'
import { attemptFeedback, attemptQuestions, drawnOf, quizOverview, startQuiz, submitQuiz } from '@/server/learning/quizzes'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`
const labels = { true: 'True', false: 'False' }

/** Quizzes of the E-learning Platform: drawn, graded on the server once, within time and attempts (issue #11). */
describe(`quizzes (${databaseKind})`, () => {
  let payload: Payload
  let teacher: User
  const course = `quiz-course-${run}`
  const intro = `intro-${run}`
  const quiz = `quiz-${run}`
  const timed = `timed-${run}`
  const once = `once-${run}`

  /** One question of each kind; the short answer accepts «Прага» in Russian and Prague in English. */
  async function makeBank(courseId: number) {
    const q = (data: Partial<Question>) => payload.create({ collection: 'questions', data: { course: courseId, kind: 'single', prompt: 'x', ...data } as Question, overrideAccess: true })
    const short = await q({ kind: 'short', prompt: 'Which city gave the Process its name?', accepted: 'Prague\nPraha' })
    await payload.update({ collection: 'questions', id: short.id, locale: 'ru', data: { prompt: 'Какой город дал процессу название?', accepted: 'Прага' }, overrideAccess: true })
    return [
      await q({ kind: 'single', prompt: 'When was the Process launched?', options: [{ text: '2009', correct: true }, { text: '2015', correct: false }, { text: '1999', correct: false }], explanation: 'At the Prague Ministerial Conference, April 2009.' }),
      await q({ kind: 'multiple', prompt: 'Which are thematic areas?', options: [{ text: 'Integration', correct: true }, { text: 'Asylum and international protection', correct: true }, { text: 'Customs tariffs', correct: false }] }),
      await q({ kind: 'true-false', prompt: 'ICMPD acts as the Secretariat.', isTrue: true }),
      short,
      await q({ kind: 'matching', prompt: 'Match the bodies.', pairs: [{ left: 'Secretariat', right: 'ICMPD' }, { left: 'Steering between meetings', right: 'Strategic Group' }] }),
    ]
  }

  /** The answers that earn everything for an attempt's drawn questions (read from the bank, as only a test can). */
  async function rightAnswers(drawn: ReturnType<typeof drawnOf>, locale: 'en' | 'ru' = 'en'): Promise<FormData> {
    const form = new FormData()
    for (const { id, order } of drawn) {
      const q = await payload.findByID({ collection: 'questions', id, locale, overrideAccess: true })
      if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options ?? []) if (o.correct) form.append(`q${id}`, o.id!)
      if (q.kind === 'true-false') form.append(`q${id}`, q.isTrue ? 'true' : 'false')
      if (q.kind === 'short') form.append(`q${id}`, locale === 'ru' ? '  ПРАГА ' : 'prague')
      if (q.kind === 'matching') for (const p of q.pairs ?? []) form.append(`q${id}-${p.id}`, String(order.indexOf(p.id!)))
    }
    return form
  }

  beforeAll(async () => {
    payload = await testPayload()
    teacher = await makeUser(payload, ['trainer'])
    const doc = await payload.create({ collection: 'courses', data: { title: course, summary: 'x', languages: ['en', 'ru'], level: 'introductory', hours: 1, slug: course, enrollment: 'open', sequential: true, trainers: [teacher.id], _status: 'published' }, overrideAccess: true })
    await makeBank(doc.id)
    const lesson = (slug: string, data: Record<string, unknown>) => payload.create({ collection: 'lessons', data: { title: slug, slug, course: doc.id, kind: 'quiz', ...data }, overrideAccess: true })
    const ids = [
      (await lesson(intro, { kind: 'text' })).id,
      // Optional quizzes never hold the way in a sequential course; the required one completes it.
      (await lesson(timed, { required: false, quiz: { passMark: 50, minutes: 1 } })).id,
      (await lesson(once, { required: false, quiz: { passMark: 100, attempts: 1, shuffle: false } })).id,
      (await lesson(quiz, { quiz: { draw: 4, passMark: 75, attempts: 5, shuffle: true } })).id,
    ]
    await payload.update({ collection: 'courses', id: doc.id, data: { modules: [{ title: 'Module', lessons: ids }], _status: 'published' }, overrideAccess: true })
  })

  it('draws N questions once per attempt, shows no correct answer, and opens only in order after enrolment', async () => {
    const learner = await makeUser(payload, ['learner'])
    expect(await startQuiz(payload, learner, course, quiz)).toEqual({ ok: false, error: 'not-enrolled' })
    await enroll(payload, learner, course)
    expect(await startQuiz(payload, learner, course, quiz)).toEqual({ ok: false, error: 'locked' })
    await completeLesson(payload, learner, course, intro)
    expect(await startQuiz(payload, learner, course, intro)).toEqual({ ok: false, error: 'not-found' })
    const started = await startQuiz(payload, learner, course, quiz)
    if (!started.ok) throw new Error(started.error)
    expect(drawnOf(started.value)).toHaveLength(4)
    // Starting again (a second tab, a reload) resumes the same attempt.
    const again = await startQuiz(payload, learner, course, quiz)
    expect(again.ok && again.value.id).toBe(started.value.id)
    const view = await attemptQuestions(payload, started.value, 'en', labels)
    expect(view.map((q) => q.id)).toEqual(drawnOf(started.value).map((d) => d.id))
    expect(JSON.stringify(view)).not.toMatch(/correct|isTrue|accepted|explanation|Praha/)
    const matching = view.find((q) => q.kind === 'matching')
    // A matching's right column is keyed by place, so no key on the page pairs it with its left item.
    if (matching) {
      expect(matching.choices.map((c) => c.key)).toEqual(['0', '1'])
      expect(matching.choices.some((c) => matching.items.some((i) => i.key === c.key))).toBe(false)
    }
    // A quiz is done by passing it, not by the lessons' "done" door.
    expect(await completeLesson(payload, learner, course, quiz)).toEqual({ ok: false, error: 'not-found' })
  })

  it('grades once: a failed attempt, a resubmit that changes nothing, two submits at once, then a pass that completes the course', async () => {
    const learner = await makeUser(payload, ['ncp'])
    await enroll(payload, learner, course)
    await completeLesson(payload, learner, course, intro)
    const first = await startQuiz(payload, learner, course, quiz)
    if (!first.ok) throw new Error(first.error)
    const failed = await submitQuiz(payload, learner, course, quiz, 1, new FormData())
    expect(failed).toEqual({ ok: true, value: { score: 0, passed: false, courseCompleted: false, number: 1 } })
    // The same attempt again, now with the right answers: refused, and its score stays 0.
    expect(await submitQuiz(payload, learner, course, quiz, 1, await rightAnswers(drawnOf(first.value)))).toEqual({ ok: false, error: 'already-submitted' })
    const overview = async () => quizOverview(payload, learner.id, (await payload.find({ collection: 'lessons', where: { slug: { equals: quiz } }, overrideAccess: true })).docs[0])
    expect((await overview()).attempts.map((a) => [a.number, a.score, a.state])).toEqual([[1, 0, 'submitted']])
    expect((await payload.count({ collection: 'lesson-progress', where: { and: [{ user: { equals: learner.id } }, { course: { equals: first.value.course as number } }] }, overrideAccess: true })).totalDocs).toBe(1)
    // Attempt 2 answered right, in Russian for the typed answer, submitted from two tabs at once: graded once.
    const second = await startQuiz(payload, learner, course, quiz)
    if (!second.ok) throw new Error(second.error)
    expect(second.value.number).toBe(2)
    const form = await rightAnswers(drawnOf(second.value), 'ru')
    const results = await Promise.all([submitQuiz(payload, learner, course, quiz, 2, form), submitQuiz(payload, learner, course, quiz, 2, form)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'already-submitted' })
    expect(results.find((r) => r.ok)).toEqual({ ok: true, value: { score: 100, passed: true, courseCompleted: true, number: 2 } })
    const state = await overview()
    expect(state).toMatchObject({ best: 100, passed: true })
    // The course page and the dashboard show the best score: 100, not the first attempt's 0.
    const quizLesson = (await payload.find({ collection: 'lessons', where: { slug: { equals: quiz } }, depth: 0, overrideAccess: true })).docs[0]
    expect((await learnerViewOf(payload, learner.id, 'en', { course })).state.quizzes).toEqual([{ lesson: quizLesson.id, best: 100 }])
    expect((await learnerDashboard(payload, learner, 'en')).find((card) => card.slug === course)?.quizzes).toEqual([{ title: quizLesson.title, best: 100 }])
    const enrollment = (await payload.find({ collection: 'enrollments', where: { user: { equals: learner.id } }, overrideAccess: true })).docs[0]
    expect(enrollment.status).toBe('completed')
    // Feedback: right or not per question; the correct answers once passed.
    const feedback = await attemptFeedback(payload, state.attempts[0], 'en', labels, false)
    expect(feedback.every((f) => f.earned === 0 && f.correct === undefined)).toBe(true)
    const revealed = await attemptFeedback(payload, state.attempts[0], 'en', labels, true)
    expect(revealed.every((f) => (f.correct?.length ?? 0) > 0)).toBe(true)
    const single = revealed.find((f) => f.prompt === 'When was the Process launched?')
    if (single) expect([single.correct, single.explanation]).toEqual([['2009'], 'At the Prague Ministerial Conference, April 2009.'])
    // The report: the learner's best score on this quiz.
    const report = await courseReport(payload, teacher, course, 'en')
    expect(report && averageScore(report.total)).toBe(100)
  })

  it('refuses an answer after the time limit and changes nothing; the attempt counts as used', async () => {
    const learner = await makeUser(payload, ['learner'])
    await enroll(payload, learner, course)
    await completeLesson(payload, learner, course, intro)
    const start = new Date()
    const attempt = await startQuiz(payload, learner, course, timed, start)
    if (!attempt.ok) throw new Error(attempt.error)
    expect(Date.parse(attempt.value.deadline!) - start.getTime()).toBe(60_000)
    const form = await rightAnswers(drawnOf(attempt.value))
    // Within the grace of a few seconds it would count; two minutes later it does not.
    expect(await submitQuiz(payload, learner, course, timed, 1, form, new Date(start.getTime() + 120_000))).toEqual({ ok: false, error: 'time-up' })
    const row = await payload.findByID({ collection: 'quiz-attempts', id: attempt.value.id, overrideAccess: true })
    expect([row.status, row.score ?? null, row.answers ?? null]).toEqual(['open', null, null])
    const later = await startQuiz(payload, learner, course, timed, new Date(start.getTime() + 120_000))
    expect(later.ok && later.value.number).toBe(2)
    expect((await submitQuiz(payload, learner, course, timed, 2, await rightAnswers(later.ok ? drawnOf(later.value) : []), new Date(start.getTime() + 125_000))).ok).toBe(true)
  })

  it('stops at the attempt limit', async () => {
    const learner = await makeUser(payload, ['learner'])
    await enroll(payload, learner, course)
    await completeLesson(payload, learner, course, intro)
    const attempt = await startQuiz(payload, learner, course, once)
    if (!attempt.ok) throw new Error(attempt.error)
    // Not shuffled: the bank in its order, every question.
    expect(drawnOf(attempt.value)).toHaveLength(5)
    expect((await submitQuiz(payload, learner, course, once, 1, new FormData())).ok).toBe(true)
    expect(await startQuiz(payload, learner, course, once)).toEqual({ ok: false, error: 'no-attempts' })
  })

  it('keeps a course’s bank and the choice of its trainers to those who teach it and the Secretariat', async () => {
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
    const outsider = await makeUser(payload, ['trainer'])
    const courseId = (await payload.find({ collection: 'courses', where: { slug: { equals: course } }, overrideAccess: true })).docs[0].id
    const bank = { course: { equals: courseId } }
    expect((await payload.find({ collection: 'questions', where: bank, ...as(teacher) })).totalDocs).toBeGreaterThan(0)
    // A trainer of another course reads none of this bank's answers, and can neither change nor add to it.
    expect((await payload.find({ collection: 'questions', where: bank, ...as(outsider) })).totalDocs).toBe(0)
    const one = (await payload.find({ collection: 'questions', where: bank, limit: 1, overrideAccess: true })).docs[0]
    await expect(payload.update({ collection: 'questions', id: one.id, data: { prompt: 'Changed' }, ...as(outsider) })).rejects.toThrow(/not (allowed|found)/i)
    await expect(payload.create({ collection: 'questions', data: { course: courseId, kind: 'true-false', prompt: 'Added', isTrue: true }, ...as(outsider) })).rejects.toThrow(/not allowed/i)
    // Nor the course's lessons.
    const lesson = (await payload.find({ collection: 'lessons', where: bank, limit: 1, overrideAccess: true })).docs[0]
    await expect(payload.update({ collection: 'lessons', id: lesson.id, data: { title: 'Changed' }, ...as(outsider) })).rejects.toThrow(/not (allowed|found)/i)
    await expect(payload.create({ collection: 'lessons', data: { course: courseId, title: 'Added', slug: `added-${course}`, kind: 'text' }, ...as(outsider) })).rejects.toThrow(/not allowed/i)
    expect((await payload.update({ collection: 'lessons', id: lesson.id, data: { title: lesson.title }, ...as(teacher) })).id).toBe(lesson.id)
    // Nor can they make themselves one of its trainers, and the course's own trainer cannot add them either.
    await expect(payload.update({ collection: 'courses', id: courseId, data: { trainers: [outsider.id] }, ...as(outsider) })).rejects.toThrow(/not (allowed|found)/i)
    await payload.update({ collection: 'courses', id: courseId, data: { trainers: [teacher.id, outsider.id] }, ...as(teacher) })
    const after = await payload.findByID({ collection: 'courses', id: courseId, depth: 0, overrideAccess: true })
    expect(after.trainers).toEqual([teacher.id])
    // A trainer who starts a course teaches it, and only they.
    const own = await payload.create({ collection: 'courses', data: { title: `Own ${course}`, summary: 'x', languages: ['en'], level: 'introductory', hours: 1, slug: `own-${course}`, enrollment: 'open', trainers: [teacher.id] }, draft: true, ...as(outsider) })
    expect(own.trainers?.map((t) => (typeof t === 'object' ? t.id : t))).toEqual([outsider.id])
    const added = await payload.create({ collection: 'questions', data: { course: own.id, kind: 'true-false', prompt: 'Mine', isTrue: true }, ...as(outsider) })
    expect(added.id).toBeGreaterThan(0)
  })

  it('keeps the bank from learners and each learner’s attempts to themselves and the course’s trainers; deletion removes them', async () => {
    const learner = await makeUser(payload, ['learner'])
    const other = await makeUser(payload, ['learner'])
    await enroll(payload, learner, course)
    await completeLesson(payload, learner, course, intro)
    await startQuiz(payload, learner, course, quiz)
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
    await expect(payload.find({ collection: 'questions', ...as(learner) })).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'questions', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    expect((await payload.find({ collection: 'questions', ...as(teacher) })).totalDocs).toBeGreaterThan(0)
    const owners = async (user: User) => new Set((await payload.find({ collection: 'quiz-attempts', depth: 0, limit: 1000, ...as(user) })).docs.map((d) => d.user))
    expect([...(await owners(learner))]).toEqual([learner.id])
    expect((await owners(other)).size).toBe(0)
    expect((await owners(teacher)).has(learner.id)).toBe(true)
    await expect(payload.update({ collection: 'quiz-attempts', where: { user: { equals: learner.id } }, data: { score: 100 }, ...as(learner) })).rejects.toThrow(/not allowed/i)
    await payload.delete({ collection: 'users', id: learner.id, overrideAccess: true })
    expect((await payload.count({ collection: 'quiz-attempts', where: { user: { equals: learner.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
