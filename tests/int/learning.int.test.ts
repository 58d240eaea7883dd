import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { courseReport, courseReportCsv } from '@/server/learning/course-report'
import { courseContentBySlug } from '@/server/learning/course-content'
import { learnerFill, learnerViewOf } from '@/server/learning/learner-state'
import { completeLesson, enroll, learnerDashboard, lessonAccess, lessonForLearner, noteLessonOpened } from '@/server/learning/learning'
import { execute, sql } from '@/server/search-index/raw-sql'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`

/** The E-learning Platform: enrolment policies, lessons in order, progress and completion (issue #11). */
describe(`e-learning courses (${databaseKind})`, () => {
  let payload: Payload
  let teacher: User
  const slugs = { open: `open-${run}`, members: `members-${run}`, key: `key-${run}`, next: `next-${run}` }
  const lessonSlugs = [`one-${run}`, `two-${run}`, `extra-${run}`, `three-${run}`]

  /** A published course with lessons (the third optional), in one module. */
  async function makeCourse(slug: string, data: Record<string, unknown> = {}, lessons: string[] = []) {
    const course = await payload.create({ collection: 'courses', data: { title: slug, summary: 'x', languages: ['en'], level: 'introductory', hours: 1, slug, enrollment: 'open', _status: 'published', ...data }, overrideAccess: true })
    const ids: number[] = []
    for (const [i, lesson] of lessons.entries()) ids.push((await payload.create({ collection: 'lessons', data: { title: lesson, slug: lesson, course: course.id, kind: 'text', required: i !== 2 }, overrideAccess: true })).id)
    if (ids.length) await payload.update({ collection: 'courses', id: course.id, data: { modules: [{ title: 'Module', lessons: ids }], _status: 'published' }, overrideAccess: true })
    return course
  }

  beforeAll(async () => {
    payload = await testPayload()
    teacher = await makeUser(payload, ['trainer'])
    await makeCourse(slugs.open, { sequential: true, trainers: [teacher.id] }, lessonSlugs)
    await makeCourse(slugs.members, { enrollment: 'members' })
    await makeCourse(slugs.key, { enrollment: 'key', enrollmentKey: 'Prague-2009' })
    const open = (await payload.find({ collection: 'courses', where: { slug: { equals: slugs.open } }, overrideAccess: true })).docs[0]
    await makeCourse(slugs.next, { prerequisites: [open.id] })
  })

  it('enrols as each course allows: anyone, members only, with the key, after the prerequisites', async () => {
    const learner = await makeUser(payload, ['learner'])
    const ncp = await makeUser(payload, ['ncp'])
    expect(await enroll(payload, null, slugs.open)).toEqual({ ok: false, error: 'not-signed-in' })
    expect(await enroll(payload, learner, 'no-such-course')).toEqual({ ok: false, error: 'not-found' })
    expect(await enroll(payload, learner, slugs.members)).toEqual({ ok: false, error: 'not-allowed' })
    expect((await enroll(payload, ncp, slugs.members)).ok).toBe(true)
    expect(await enroll(payload, learner, slugs.key, 'prague-2009')).toEqual({ ok: false, error: 'invalid-key' })
    expect(await enroll(payload, learner, slugs.key)).toEqual({ ok: false, error: 'invalid-key' })
    expect((await enroll(payload, learner, slugs.key, ' Prague-2009 ')).ok).toBe(true)
    expect(await enroll(payload, learner, slugs.next)).toEqual({ ok: false, error: 'prerequisites' })
    // Enrolling twice at once leaves one enrolment.
    const results = await Promise.all([enroll(payload, learner, slugs.open), enroll(payload, learner, slugs.open), enroll(payload, learner, slugs.open)])
    expect(results.every((r) => r.ok)).toBe(true)
    expect((await payload.count({ collection: 'enrollments', where: { user: { equals: learner.id } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('opens lessons in order, counts only required ones, completes the course once, and resumes', async () => {
    const learner = await makeUser(payload, ['learner'])
    expect(await lessonForLearner(payload, learner, slugs.open, lessonSlugs[0], 'en')).toEqual({ ok: false, error: 'not-enrolled' })
    await enroll(payload, learner, slugs.open)
    expect((await lessonForLearner(payload, learner, slugs.open, lessonSlugs[0], 'en')).ok).toBe(true)
    expect(await lessonForLearner(payload, learner, slugs.open, lessonSlugs[1], 'en')).toEqual({ ok: false, error: 'locked' })
    expect(await completeLesson(payload, learner, slugs.open, lessonSlugs[1])).toEqual({ ok: false, error: 'locked' })
    // The same lesson marked done from two tabs at once: one row.
    const twice = await Promise.all([completeLesson(payload, learner, slugs.open, lessonSlugs[0]), completeLesson(payload, learner, slugs.open, lessonSlugs[0])])
    expect(twice.every((r) => r.ok)).toBe(true)
    expect((await payload.count({ collection: 'lesson-progress', where: { user: { equals: learner.id } }, overrideAccess: true })).totalDocs).toBe(1)
    expect(await completeLesson(payload, learner, slugs.open, lessonSlugs[1])).toEqual({ ok: true, value: { courseCompleted: false } })
    // The optional lesson does not hold the way: the last required one is open, and completes the course.
    expect((await lessonForLearner(payload, learner, slugs.open, lessonSlugs[3], 'en')).ok).toBe(true)
    let [card] = await learnerDashboard(payload, learner, 'en').then((cards) => cards.filter((c) => c.slug === slugs.open))
    expect(card).toMatchObject({ percent: 66, status: 'active', resume: lessonSlugs[2] })
    // Opened last, still to do: that is where they left off. Opening it again writes nothing.
    const openCourse = (await payload.find({ collection: 'courses', where: { slug: { equals: slugs.open } }, depth: 0, overrideAccess: true })).docs[0]
    const fourth = (await payload.find({ collection: 'lessons', where: { slug: { equals: lessonSlugs[3] } }, depth: 0, overrideAccess: true })).docs[0]
    await noteLessonOpened(payload, learner.id, openCourse.id, fourth.id)
    ;[card] = await learnerDashboard(payload, learner, 'en').then((cards) => cards.filter((c) => c.slug === slugs.open))
    expect(card.resume).toBe(lessonSlugs[3])
    const noted = (await payload.find({ collection: 'enrollments', where: { and: [{ user: { equals: learner.id } }, { course: { equals: openCourse.id } }] }, depth: 0, overrideAccess: true })).docs[0]
    expect(noted.lastLesson).toBe(fourth.id)
    await noteLessonOpened(payload, learner.id, openCourse.id, fourth.id)
    expect((await payload.findByID({ collection: 'enrollments', id: noted.id, depth: 0, overrideAccess: true })).updatedAt).toBe(noted.updatedAt)
    expect(await completeLesson(payload, learner, slugs.open, lessonSlugs[3])).toEqual({ ok: true, value: { courseCompleted: true } })
    expect(await completeLesson(payload, learner, slugs.open, lessonSlugs[2])).toEqual({ ok: true, value: { courseCompleted: false } })
    ;[card] = await learnerDashboard(payload, learner, 'en').then((cards) => cards.filter((c) => c.slug === slugs.open))
    expect(card).toMatchObject({ percent: 100, status: 'completed' })
    const course = (await payload.find({ collection: 'courses', where: { slug: { equals: slugs.open } }, overrideAccess: true })).docs[0]
    // The date is the learner's own value, in their language.
    expect((await learnerViewOf(payload, learner.id, 'ru', {})).fills[learnerFill.completedOn(course.id)]).toMatch(/^\d{1,2} [а-я]+ \d{4} г\.$/)
    // Now the course that builds on it is open to them.
    expect((await enroll(payload, learner, slugs.next)).ok).toBe(true)
  })

  it('reads where a learner stands as their learning pages show it, course by course', async () => {
    const [ana, bo, cy] = [await makeUser(payload, ['learner']), await makeUser(payload, ['learner']), await makeUser(payload, ['learner'])]
    for (const learner of [ana, bo, cy]) await enroll(payload, learner, slugs.open)
    await enroll(payload, ana, slugs.key, 'Prague-2009')
    await completeLesson(payload, ana, slugs.open, lessonSlugs[0])
    await completeLesson(payload, bo, slugs.open, lessonSlugs[0])
    const lessonPage = { course: slugs.open, lesson: lessonSlugs[1] }
    const [a, b, c] = await Promise.all([ana, bo, cy].map((learner) => learnerViewOf(payload, learner.id, 'en', lessonPage)))
    // Ana's other course does not count on this course's pages; Cy has done nothing yet.
    expect(a.state).toEqual(b.state)
    expect(c.state).not.toEqual(a.state)
    expect(a.state.done).toHaveLength(1)
    expect(a.state.enrollments).toEqual([expect.objectContaining({ status: 'active' })])
    expect(a.fills).toEqual({})
    // The dashboard holds every course.
    expect((await learnerViewOf(payload, ana.id, 'en', {})).state.enrollments).toHaveLength(2)
    // A course that is not there: nothing of the person is read.
    expect((await learnerViewOf(payload, ana.id, 'en', { course: 'no-such-course' })).state).toEqual({ enrollments: [], done: [], certificates: [], quizzes: [] })
    // A lesson opened from the state alone: open once the one before is done, locked before.
    const content = (await courseContentBySlug(payload, slugs.open, 'en'))!
    expect(lessonAccess(content, lessonSlugs[1], true, new Set(a.state.done)).ok).toBe(true)
    expect(lessonAccess(content, lessonSlugs[1], true, new Set(c.state.done))).toEqual({ ok: false, error: 'locked' })
    expect(lessonAccess(content, lessonSlugs[0], false, new Set())).toEqual({ ok: false, error: 'not-enrolled' })
  })

  it('shows learners their own records only, the course’s trainer its learners, and nobody the key', async () => {
    const learner = await makeUser(payload, ['learner'])
    const other = await makeUser(payload, ['learner'])
    const otherTrainer = await makeUser(payload, ['trainer'])
    await enroll(payload, learner, slugs.open)
    await enroll(payload, other, slugs.open)
    await completeLesson(payload, other, slugs.open, lessonSlugs[0])
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
    const owners = async (collection: 'enrollments' | 'lesson-progress', user: User) => new Set((await payload.find({ collection, depth: 0, limit: 1000, ...as(user) })).docs.map((d) => d.user))
    expect([...(await owners('enrollments', learner))]).toEqual([learner.id])
    expect([...(await owners('lesson-progress', learner))]).toEqual([])
    expect((await owners('enrollments', teacher)).has(other.id)).toBe(true)
    expect((await owners('lesson-progress', teacher)).has(other.id)).toBe(true)
    expect((await owners('enrollments', otherTrainer)).has(other.id)).toBe(false)
    await expect(payload.create({ collection: 'enrollments', data: { user: learner.id, course: 1, status: 'active' }, ...as(learner) })).rejects.toThrow(/not allowed/i)
    const keyCourse = await payload.find({ collection: 'courses', where: { slug: { equals: slugs.key } }, ...as(learner) })
    expect(keyCourse.docs[0]).not.toHaveProperty('enrollmentKey')
    const anonymous = await payload.find({ collection: 'courses', where: { slug: { equals: slugs.key } }, overrideAccess: false })
    expect(anonymous.docs[0]).not.toHaveProperty('enrollmentKey')
    await expect(payload.find({ collection: 'lessons', ...as(learner) })).rejects.toThrow(/not allowed/i)
  })

  it('removes a deleted account’s enrolments, progress, applications and trainer profile with it', async () => {
    const learner = await makeUser(payload, ['learner'])
    await enroll(payload, learner, slugs.open)
    await completeLesson(payload, learner, slugs.open, lessonSlugs[0])
    const profile = await payload.create({ collection: 'trainers', data: { name: 'x', slug: `x-${run}`, kind: 'state', email: learner.email, user: learner.id, status: 'draft' }, overrideAccess: true })
    await payload.delete({ collection: 'users', id: learner.id, overrideAccess: true })
    for (const collection of ['enrollments', 'lesson-progress'] as const) expect((await payload.count({ collection, where: { user: { equals: learner.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await payload.findByID({ collection: 'trainers', id: profile.id, overrideAccess: true, disableErrors: true })).toBeNull()
  })

  it('reports a course’s learners by state to the Secretariat and the course’s trainers only, also as CSV', async () => {
    const armenia = (await payload.find({ collection: 'participants', where: { isoCode: { equals: 'AM' } }, depth: 0 })).docs[0].id
    const slug = `report-${run}`
    await makeCourse(slug, { trainers: [teacher.id] }, [`r1-${run}`])
    const learners = [await makeUser(payload, ['ncp'], { participant: armenia }), await makeUser(payload, ['ncp'], { participant: armenia }), await makeUser(payload, ['learner'])]
    for (const l of learners) await enroll(payload, l, slug)
    await completeLesson(payload, learners[0], slug, `r1-${run}`)
    const secretariat = await makeUser(payload, ['secretariat'])
    const report = await courseReport(payload, secretariat, slug, 'ru')
    expect(report?.total).toEqual({ enrolled: 3, active: 2, completed: 1, scoreSum: 0, scored: 0 })
    expect(report?.byState).toEqual([{ state: 'Армения', tally: { enrolled: 2, active: 1, completed: 1, scoreSum: 0, scored: 0 } }, { state: 'Слушатели без государства в учётной записи', tally: { enrolled: 1, active: 1, completed: 0, scoreSum: 0, scored: 0 } }])
    expect((await courseReport(payload, teacher, slug, 'en'))?.total.enrolled).toBe(3)
    expect(await courseReport(payload, await makeUser(payload, ['trainer']), slug, 'en')).toBeUndefined()
    expect(await courseReport(payload, learners[0], slug, 'en')).toBeUndefined()
    const csv = courseReportCsv({ ...report!, byState: [...report!.byState, { state: '=HYPERLINK("x")', tally: { enrolled: 0, active: 0, completed: 0, scoreSum: 0, scored: 0 } }] }, 'ru')
    expect(csv.startsWith('\uFEFFГосударство,Записаны,Активны,Завершили,"Средний лучший результат тестов, %"\n')).toBe(true)
    expect(csv).toContain('Армения,2,1,1,\n')
    expect(csv).not.toMatch(/^=HYPERLINK/m)
    // Six weeks later nobody has done anything: nobody is active. Then one saves in a SCORM module and another starts a quiz: both are.
    const course = (await payload.find({ collection: 'courses', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]
    const longAgo = new Date(Date.now() - 42 * 86_400_000).toISOString()
    await execute(payload, sql`UPDATE enrollments SET updated_at = ${longAgo} WHERE course_id = ${course.id}`)
    await execute(payload, sql`UPDATE lesson_progress SET created_at = ${longAgo} WHERE course_id = ${course.id}`)
    expect((await courseReport(payload, secretariat, slug, 'en'))?.total).toMatchObject({ enrolled: 3, active: 0, completed: 1 })
    const lesson = (await payload.find({ collection: 'lessons', where: { course: { equals: course.id } }, depth: 0, overrideAccess: true })).docs[0]
    await payload.create({ collection: 'scorm-records', data: { user: learners[2].id, course: course.id, lesson: lesson.id, status: 'incomplete' }, overrideAccess: true })
    await payload.create({ collection: 'quiz-attempts', data: { user: learners[1].id, course: course.id, lesson: lesson.id, number: 1, drawn: [], status: 'open' }, overrideAccess: true })
    expect((await courseReport(payload, secretariat, slug, 'en'))?.total).toEqual({ enrolled: 3, active: 2, completed: 1, scoreSum: 0, scored: 0 })
  })
})
