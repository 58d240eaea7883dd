import fs from 'node:fs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { enroll } from '@/server/learning/learning'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`

/** Lesson files (handouts, videos, captions) for the course's enrolled learners only, checked by content (issue #11). */
describe(`lesson files (${databaseKind})`, () => {
  let payload: Payload
  const course = `files-course-${run}`
  const other = `files-other-${run}`
  let handout: number
  let captions: number
  let foreign: number

  const upload = (name: string, data: Buffer, mimetype: string, title = name) =>
    payload.create({ collection: 'lesson-files', data: { title }, file: { data, mimetype, name, size: data.length }, overrideAccess: true })

  async function makeCourse(slug: string, lesson: Record<string, unknown>) {
    const doc = await payload.create({ collection: 'courses', data: { title: slug, summary: 'x', languages: ['en'], level: 'introductory', hours: 1, slug, enrollment: 'open', _status: 'published' }, overrideAccess: true })
    const l = await payload.create({ collection: 'lessons', data: { title: `${slug}-l`, slug: `${slug}-l`, course: doc.id, kind: 'text', ...lesson }, overrideAccess: true })
    await payload.update({ collection: 'courses', id: doc.id, data: { modules: [{ title: 'M', lessons: [l.id] }], _status: 'published' }, overrideAccess: true })
  }

  beforeAll(async () => {
    payload = await testPayload()
    const pdf = fs.readFileSync('tests/fixtures/sample.pdf')
    handout = (await upload(`handout-${run}.pdf`, pdf, 'application/pdf')).id
    captions = (await upload(`captions-${run}.vtt`, Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nПражский процесс\n'), 'text/vtt')).id
    foreign = (await upload(`other-${run}.pdf`, pdf, 'application/pdf')).id
    await makeCourse(course, { files: [handout], captions: [{ language: 'ru', file: captions }] })
    await makeCourse(other, { files: [foreign] })
  })

  it('lets an enrolled learner read their course’s files, and nobody else’s', async () => {
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
    const learner = await makeUser(payload, ['learner'])
    const ids = async (user: User) => (await payload.find({ collection: 'lesson-files', depth: 0, limit: 100, ...as(user) })).docs.map((d) => d.id).sort()
    await expect(payload.find({ collection: 'lesson-files', ...as(learner) })).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'lesson-files', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await enroll(payload, learner, course)
    expect(await ids(learner)).toEqual([handout, captions].sort())
    expect(await payload.findByID({ collection: 'lesson-files', id: foreign, ...as(learner), disableErrors: true })).toBeNull()
    const trainer = await makeUser(payload, ['trainer'])
    expect(await ids(trainer)).toEqual(expect.arrayContaining([handout, captions, foreign]))
    await expect(payload.create({ collection: 'lesson-files', data: { title: 'x' }, file: { data: Buffer.from('%PDF-1.4'), mimetype: 'application/pdf', name: 'x.pdf', size: 8 }, ...as(learner) })).rejects.toThrow(/not allowed/i)
  })

  it('lets a trainer change only their own uploads and the files of courses they teach; a course lists only its own lessons', async () => {
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
    const teacher = await makeUser(payload, ['trainer'])
    const outsider = await makeUser(payload, ['trainer'])
    const [mine, theirs] = await Promise.all([course, other].map(async (slug) => (await payload.find({ collection: 'courses', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]))
    await payload.update({ collection: 'courses', id: mine.id, data: { trainers: [teacher.id] }, overrideAccess: true })
    // The course's handout: its trainer may retitle it; a trainer of no course of it may not.
    expect((await payload.update({ collection: 'lesson-files', id: handout, data: { title: 'Handout' }, ...as(teacher) })).id).toBe(handout)
    await expect(payload.update({ collection: 'lesson-files', id: handout, data: { title: 'Mine now' }, ...as(outsider) })).rejects.toThrow(/not (allowed|found)/i)
    await expect(payload.update({ collection: 'lesson-files', id: foreign, data: { title: 'Mine now' }, ...as(teacher) })).rejects.toThrow(/not (allowed|found)/i)
    // What a trainer uploads is theirs, whatever the form claims, and not another trainer's to change.
    const pdf = fs.readFileSync('tests/fixtures/sample.pdf')
    const own = await payload.create({ collection: 'lesson-files', data: { title: 'Own', uploadedBy: teacher.id }, file: { data: pdf, mimetype: 'application/pdf', name: `own-${run}.pdf`, size: pdf.length }, ...as(outsider) })
    expect(own.uploadedBy && typeof own.uploadedBy === 'object' ? own.uploadedBy.id : own.uploadedBy).toBe(outsider.id)
    expect((await payload.update({ collection: 'lesson-files', id: own.id, data: { title: 'Own, renamed', uploadedBy: teacher.id }, ...as(outsider) })).title).toBe('Own, renamed')
    expect((await payload.findByID({ collection: 'lesson-files', id: own.id, depth: 0, overrideAccess: true })).uploadedBy).toBe(outsider.id)
    await expect(payload.update({ collection: 'lesson-files', id: own.id, data: { title: 'Taken' }, ...as(teacher) })).rejects.toThrow(/not (allowed|found)/i)
    // Another course's lesson cannot join this course's modules (its learners would open it), not even by the Secretariat.
    const foreignLesson = (await payload.find({ collection: 'lessons', where: { course: { equals: theirs.id } }, depth: 0, overrideAccess: true })).docs[0]
    const ownLessons = (mine.modules ?? []).flatMap((m) => m.lessons ?? [])
    for (const options of [as(teacher), { overrideAccess: true as const }]) {
      await expect(payload.update({ collection: 'courses', id: mine.id, data: { modules: [{ title: 'M', lessons: [...ownLessons, foreignLesson.id] }] }, ...options })).rejects.toThrow(/invalid/i)
    }
    expect((await payload.update({ collection: 'courses', id: mine.id, data: { modules: [{ title: 'M2', lessons: ownLessons }] }, ...as(teacher) })).modules?.[0]?.title).toBe('M2')
  })

  it('takes a caption track only if it is WebVTT by its content', async () => {
    await expect(upload(`fake-${run}.vtt`, Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nSRT, not VTT\n'), 'text/vtt')).rejects.toThrow(/invalid/i)
    expect((await upload(`bom-${run}.vtt`, Buffer.from('\uFEFFWEBVTT - with a BOM\n'), 'text/vtt')).id).toBeGreaterThan(0)
  })
})
