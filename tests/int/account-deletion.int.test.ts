import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { deleteOwnAccount } from '@/server/account/account-actions'
import { applyToTrain } from '@/server/academy/trainer-applications'
import { deliverEmail } from '@/server/email/deliver-email'
import { runDueJobs } from '@/server/jobs/run-queued-jobs'
import { certificateByCode } from '@/server/learning/certificates'
import { completeLesson, enroll } from '@/server/learning/learning'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`
const password = 'correct horse battery staple'

/** A learner or trainer deletes their own account: confirmed by password, everything of theirs goes but certificate records (issue #11). */
describe(`deleting one's own account (${databaseKind})`, () => {
  let payload: Payload
  const course = `delete-course-${run}`
  const lesson = `delete-lesson-${run}`
  let lessonId: number
  let courseId: number

  /** How many rows of each kind of the person's data are left. */
  async function left(person: User) {
    const count = async (collection: 'enrollments' | 'lesson-progress' | 'quiz-attempts' | 'scorm-records' | 'certificates', field = 'user') => (await payload.count({ collection, where: { [field]: { equals: person.id } }, overrideAccess: true })).totalDocs
    return {
      account: (await payload.count({ collection: 'users', where: { id: { equals: person.id } }, overrideAccess: true })).totalDocs,
      enrollments: await count('enrollments'),
      progress: await count('lesson-progress'),
      scorm: await count('scorm-records'),
      certificates: await count('certificates'),
      applications: (await payload.count({ collection: 'trainer-applications', where: { applicant: { equals: person.id } }, overrideAccess: true })).totalDocs,
      profiles: (await payload.count({ collection: 'trainers', where: { user: { equals: person.id } }, overrideAccess: true })).totalDocs,
      messages: (await payload.count({ collection: 'email-outbox', where: { to: { equals: person.email } }, overrideAccess: true })).totalDocs,
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    const doc = await payload.create({ collection: 'courses', data: { title: 'Asylum procedures: an introduction', summary: 'x', languages: ['en'], level: 'introductory', hours: 2, slug: course, enrollment: 'open', _status: 'published' }, overrideAccess: true })
    courseId = doc.id
    lessonId = (await payload.create({ collection: 'lessons', data: { title: lesson, slug: lesson, course: doc.id, kind: 'text' }, overrideAccess: true })).id
    await payload.update({ collection: 'courses', id: doc.id, data: { modules: [{ title: 'Module', lessons: [lessonId] }], _status: 'published' }, overrideAccess: true })
  })

  it('asks for the password and a confirmation, and changes nothing until both are given', async () => {
    const learner = await makeUser(payload, ['learner'])
    await enroll(payload, learner, course)
    const before = await left(learner)
    expect(await deleteOwnAccount(payload, null, { password, confirm: 'yes' })).toEqual({ ok: false, error: 'not-signed-in' })
    expect(await deleteOwnAccount(payload, learner, { password: 'not my password', confirm: 'yes' })).toEqual({ ok: false, error: 'wrong-password' })
    expect(await deleteOwnAccount(payload, learner, { password })).toEqual({ ok: false, error: 'confirm-deletion' })
    expect(await left(learner)).toEqual(before)
    expect(before).toMatchObject({ account: 1, enrollments: 1 })
  })

  it('throttles password guesses as a sign-in does, so a session left open cannot be used to guess its way through', async () => {
    const learner = await makeUser(payload, ['learner'])
    // A client of its own (as the HTTP front names it), so the other tests' sign-ins are not held back.
    const from = { headers: new Headers({ 'x-pp-client': `198.51.100.${Math.floor(Math.random() * 250)}` }) }
    const answers = []
    for (let i = 0; i < 12; i++) answers.push(await deleteOwnAccount(payload, learner, { password: `guess ${i}`, confirm: 'yes' }, from))
    expect(answers.slice(0, 5).every((a) => !a.ok && a.error === 'wrong-password')).toBe(true)
    expect(answers.at(-1)).toMatchObject({ ok: false, error: 'too-many-attempts' })
    // Even the right password waits its turn: nothing is deleted.
    const right = await deleteOwnAccount(payload, learner, { password, confirm: 'yes' }, from)
    expect(right).toMatchObject({ ok: false, error: 'too-many-attempts', retryAfterSeconds: expect.any(Number) })
    expect((await left(learner)).account).toBe(1)
  })

  it('is not for an account that holds a place in the dialogue: the Secretariat closes those', async () => {
    for (const roles of [['ncp'], ['strategic-group'], ['secretariat'], ['learner', 'ncp']] as const) {
      const member = await makeUser(payload, [...roles])
      expect(await deleteOwnAccount(payload, member, { password, confirm: 'yes' })).toEqual({ ok: false, error: 'managed-account' })
      expect((await left(member)).account).toBe(1)
    }
  })

  it('removes the account, its learning, applications, trainer profile and messages; the certificate stays verifiable, unlinked', async () => {
    const learner = await makeUser(payload, ['learner'], { name: 'Гульнара Абдыкадырова' })
    const participants = await payload.find({ collection: 'participants', where: { kind: { equals: 'state' } }, depth: 0, limit: 1 })
    const area = (await payload.find({ collection: 'thematic-areas', depth: 0, limit: 1 })).docs[0]
    const applied = await applyToTrain(payload, learner, { kind: 'state', country: participants.docs[0].id, institution: 'State Migration Service', thematicAreas: [area.id], languages: ['ru', 'ky'], experience: 'Trainings on labour migration for border officials.' })
    expect(applied.ok).toBe(true)
    await enroll(payload, learner, course)
    await payload.create({ collection: 'scorm-records', data: { user: learner.id, course: courseId, lesson: lessonId, status: 'incomplete', cmi: { suspend: 'p=3' } }, overrideAccess: true })
    expect(await completeLesson(payload, learner, course, lesson)).toEqual({ ok: true, value: { courseCompleted: true } })
    await runDueJobs(payload, 1000)
    // A message still queued when the account goes: its delivery finds nothing to send.
    const queued = await payload.create({ collection: 'email-outbox', data: { to: learner.email, subject: 'Reminder', html: '<p>x</p>', text: 'x', status: 'queued' }, overrideAccess: true })
    const certificate = (await payload.find({ collection: 'certificates', where: { user: { equals: learner.id } }, depth: 0, overrideAccess: true })).docs[0]
    expect(await left(learner)).toMatchObject({ account: 1, enrollments: 1, progress: 1, scorm: 1, certificates: 1, applications: 1 })
    expect((await left(learner)).messages).toBeGreaterThanOrEqual(2)

    expect(await deleteOwnAccount(payload, learner, { password, confirm: 'yes' })).toEqual({ ok: true, notice: 'account-deleted' })
    expect(await left(learner)).toEqual({ account: 0, enrollments: 0, progress: 0, scorm: 0, certificates: 0, applications: 0, profiles: 0, messages: 0 })
    expect(await deliverEmail(payload, String(queued.id))).toBe('withdrawn')
    expect(await certificateByCode(payload, certificate.code)).toMatchObject({ id: certificate.id, name: 'Гульнара Абдыкадырова', status: 'valid', user: null })
  })

  it('takes a trainer’s profile with the account', async () => {
    const person = await makeUser(payload, ['learner'], { name: `Trainer ${run}` })
    const secretariat = await makeUser(payload, ['secretariat'])
    const country = (await payload.find({ collection: 'participants', where: { kind: { equals: 'state' } }, depth: 0, limit: 1 })).docs[0]
    const area = (await payload.find({ collection: 'thematic-areas', depth: 0, limit: 1 })).docs[0]
    const applied = await applyToTrain(payload, person, { kind: 'non-state', country: country.id, institution: 'University', thematicAreas: [area.id], languages: ['en'], experience: 'Trainings.' })
    if (!applied.ok) throw new Error(applied.error)
    await payload.update({ collection: 'trainer-applications', id: applied.value.id, data: { status: 'accepted' }, user: { ...secretariat, collection: 'users' }, overrideAccess: false })
    const trainer = await payload.findByID({ collection: 'users', id: person.id, depth: 0, overrideAccess: true })
    expect(trainer.roles).toContain('trainer')
    expect((await left(trainer)).profiles).toBe(1)
    expect(await deleteOwnAccount(payload, trainer, { password, confirm: 'yes' })).toEqual({ ok: true, notice: 'account-deleted' })
    expect(await left(trainer)).toMatchObject({ account: 0, profiles: 0, applications: 0, messages: 0 })
  })
})
