import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Course, Lesson, User } from '@/payload-types'
import { openPackageFile } from '@/server/files/storage'
import { learnerFill, learnerViewOf } from '@/server/learning/learner-state'
import { enroll } from '@/server/learning/learning'
import { launchFrom, playerFor, saveScormCommit, scormLessonView } from '@/server/learning/scorm'
import { manifestOf, renamedEntry, scormPackage, zipOf } from '../fixtures/scorm-packages'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`

const readAll = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8')

/** SCORM packages: checked on upload, unpacked to storage, launched, saved and resumed, completing lessons (issue #11). */
describe(`SCORM (${databaseKind})`, () => {
  let payload: Payload
  let trainer: User
  const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
  const uploadAs = (user: User, data: Buffer, name: string, title?: string) =>
    // The title may be left out: the manifest's is taken.
    payload.create({ collection: 'scorm-packages', data: { title } as { title: string }, file: { data, mimetype: 'application/zip', name, size: data.length }, ...as(user) })

  async function scormCourse(slug: string, packageId: number): Promise<{ course: Course; lesson: Lesson }> {
    const course = await payload.create({ collection: 'courses', data: { title: slug, summary: 'x', languages: ['en', 'ru'], level: 'introductory', hours: 1, slug, enrollment: 'open', _status: 'published' }, overrideAccess: true })
    const lesson = await payload.create({ collection: 'lessons', data: { title: `${slug} module`, slug: `${slug}-module`, course: course.id, kind: 'scorm', scormPackage: packageId }, overrideAccess: true })
    const published = await payload.update({ collection: 'courses', id: course.id, data: { modules: [{ title: 'M', lessons: [lesson.id] }], _status: 'published' }, overrideAccess: true })
    return { course: published, lesson }
  }

  const tokenOf = (src: string) => src.split('/scorm/')[1]

  beforeAll(async () => {
    payload = await testPayload()
    trainer = await makeUser(payload, ['trainer'])
  })

  it('checks a package on upload, takes its facts from the manifest and unpacks it to storage', async () => {
    const pkg = await uploadAs(trainer, await scormPackage('1.2', 'Словарь миграции'), `terms-${run}.zip`)
    expect(pkg).toMatchObject({ title: 'Словарь миграции', version: '1.2', launch: 'sco/index.html', fileCount: 3 })
    expect(pkg.revision).toMatch(/^[a-f0-9]{16}$/)
    const page = await openPackageFile(pkg.id, pkg.revision!, 'sco/index.html')
    expect(await readAll(await page!.read())).toContain('<h1>Словарь миграции</h1>')
    expect(await openPackageFile(pkg.id, pkg.revision!, '../../pragueprocess.db')).toBeNull()
    // Learners never read the packages' records; only those who build courses upload.
    const learner = await makeUser(payload, ['learner'])
    await expect(payload.find({ collection: 'scorm-packages', ...as(learner) })).rejects.toThrow(/not allowed/i)
    await expect(uploadAs(learner, await scormPackage('1.2'), `learner-${run}.zip`)).rejects.toThrow(/not allowed/i)
    // Another trainer cannot replace this trainer's package (their course's learners would run whatever it held).
    const other = await makeUser(payload, ['trainer'])
    const replacement = await scormPackage('1.2', 'Replaced')
    await expect(payload.update({ collection: 'scorm-packages', id: pkg.id, data: {}, file: { data: replacement, mimetype: 'application/zip', name: `replaced-${run}.zip`, size: replacement.length }, ...as(other) })).rejects.toThrow(/not (allowed|found)/i)
    expect((await payload.findByID({ collection: 'scorm-packages', id: pkg.id, depth: 0, overrideAccess: true })).revision).toBe(pkg.revision)
    expect((await payload.update({ collection: 'scorm-packages', id: pkg.id, data: { title: 'Словарь миграции (2)' }, ...as(trainer) })).title).toBe('Словарь миграции (2)')
  })

  it('refuses a corrupt zip, a path out of the package and a zip without manifest, in words, and changes nothing', async () => {
    const good = await scormPackage('2004')
    const pkg = await uploadAs(trainer, good, `kept-${run}.zip`, 'Kept')
    const corrupt = Buffer.from(good)
    // Damage the compressed data of the last file (its CRC no longer matches what it inflates to).
    corrupt.fill(0x41, corrupt.indexOf('(function') > 0 ? corrupt.indexOf('(function') : 200, Math.min(corrupt.length - 200, 400))
    const escaping = renamedEntry(await zipOf({ 'imsmanifest.xml': manifestOf('1.2', 'x'), 'sco/index.html': 'x', 'sco/sco.js': 'x', 'zzzzzzzzzzzzz': 'alert(1)' }), 'zzzzzzzzzzzzz', '../../evil.js')
    const noManifest = await zipOf({ 'index.html': '<p>no manifest</p>' })
    await expect(uploadAs(trainer, corrupt.subarray(0, corrupt.length - 60), `corrupt-${run}.zip`, 'x')).rejects.toThrow(/damaged or incomplete/)
    await expect(uploadAs(trainer, escaping, `escape-${run}.zip`, 'x')).rejects.toThrow(/leads outside the package/)
    await expect(uploadAs(trainer, noManifest, `nomanifest-${run}.zip`, 'x')).rejects.toThrow(/no imsmanifest\.xml/)
    // Replacing a good package with a bad one keeps the good one, files and all.
    await expect(payload.update({ collection: 'scorm-packages', id: pkg.id, data: {}, file: { data: escaping, mimetype: 'application/zip', name: `escape2-${run}.zip`, size: escaping.length }, ...as(trainer) })).rejects.toThrow(/leads outside/)
    const after = await payload.findByID({ collection: 'scorm-packages', id: pkg.id, overrideAccess: true })
    expect(after).toMatchObject({ revision: pkg.revision, filename: pkg.filename, version: '2004' })
    expect(await openPackageFile(pkg.id, pkg.revision!, 'sco/sco.js')).not.toBeNull()
    expect(await payload.count({ collection: 'scorm-packages', where: { filename: { like: `escape-${run}` } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    // The editor reads the refusal in the admin's language.
    const req = await createLocalReq({ user: { ...trainer, collection: 'users' } }, payload)
    req.i18n = { ...req.i18n, language: 'ru' } as typeof req.i18n
    await expect(payload.create({ collection: 'scorm-packages', data: { title: 'x' }, file: { data: escaping, mimetype: 'application/zip', name: `ru-${run}.zip`, size: escaping.length }, req, overrideAccess: false })).rejects.toThrow(/ведёт за пределы пакета/)
  })

  for (const version of ['1.2', '2004'] as const) {
    it(`launches a SCORM ${version} lesson, saves and resumes its data, and completes the course when the package says so`, async () => {
      const pkg = await uploadAs(trainer, await scormPackage(version), `course-${version}-${run}.zip`)
      const { course, lesson } = await scormCourse(`scorm-${version.replace('.', '')}-${run}`, pkg.id)
      const learner = await makeUser(payload, ['learner'], { name: 'Айгуль Сапарова' })
      expect((await enroll(payload, learner, course.slug!)).ok).toBe(true)
      const view = await scormLessonView(payload, learner, course, lesson, 'ru')
      if (!view.ready) throw new Error(`not ready: ${view.reason}`)
      expect(view.src).toMatch(/^http:\/\/scorm\.localhost(:\d+)?\/scorm\/[\w-]+\.[\w-]{43}$/)
      const token = tokenOf(view.src)

      const first = await playerFor(payload, token)
      expect(first?.start).toBe('sco/index.html')
      const identity = version === '1.2' ? (first!.cmi.core as Record<string, unknown>) : first!.cmi
      expect(identity).toMatchObject(version === '1.2' ? { student_name: 'Айгуль Сапарова', entry: 'ab-initio' } : { learner_name: 'Айгуль Сапарова', entry: 'ab-initio' })

      // Started, left with its suspend data: saved, not done.
      const started = version === '1.2' ? { cmi: { core: { lesson_status: 'incomplete', exit: 'suspend', score: { raw: '40' }, session_time: '00:01:00' }, suspend_data: 'page=3' } } : { cmi: { completion_status: 'incomplete', success_status: 'unknown', exit: 'suspend', suspend_data: 'page=3', score: { scaled: '0.4' }, session_time: 'PT1M' } }
      expect(await saveScormCommit(payload, token, started)).toMatchObject({ ok: true, completed: false })
      const record = (await payload.find({ collection: 'scorm-records', where: { and: [{ user: { equals: learner.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })).docs
      expect(record).toHaveLength(1)
      expect(record[0]).toMatchObject({ status: 'incomplete', score: 40, completed: false, commits: 1 })
      expect(await payload.count({ collection: 'lesson-progress', where: { and: [{ user: { equals: learner.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })

      // The lesson page: the status decides how it looks; the score and the launch are the learner's own.
      const page = await learnerViewOf(payload, learner.id, 'ru', { course: course.slug!, lesson: lesson.slug })
      expect(page.state.scorm).toEqual({ status: 'incomplete', scored: true })
      expect(page.fills[learnerFill.scormScore]).toBe('40')
      expect((await playerFor(payload, tokenOf(page.fills[learnerFill.scormLaunch])))?.launch).toMatchObject({ user: learner.id, lesson: lesson.id, course: course.id, locale: 'ru' })

      // The next launch resumes: the suspend data back, entry "resume", the session's own time not carried over.
      const again = await playerFor(payload, token)
      expect(again!.cmi.suspend_data).toBe('page=3')
      const resumed = version === '1.2' ? (again!.cmi.core as Record<string, unknown>) : again!.cmi
      expect(resumed.entry).toBe('resume')
      expect(resumed.session_time).toBeUndefined()

      // Two commits at once reporting completion: one record, one progress row, the course completed once.
      const finished = version === '1.2' ? { cmi: { core: { lesson_status: 'passed', exit: '', score: { raw: '90' }, total_time: '00:05:00' }, suspend_data: 'page=9' } } : { cmi: { completion_status: 'completed', success_status: 'passed', exit: 'normal', suspend_data: 'page=9', score: { scaled: '0.9' }, total_time: 'PT5M' } }
      const results = await Promise.all([saveScormCommit(payload, token, finished), saveScormCommit(payload, token, finished)])
      expect(results.every((r) => r.ok)).toBe(true)
      expect(results.filter((r) => r.ok && r.courseCompleted)).toHaveLength(1)
      const done = (await payload.find({ collection: 'scorm-records', where: { and: [{ user: { equals: learner.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })).docs
      expect(done).toHaveLength(1)
      expect(done[0]).toMatchObject({ status: 'passed', score: 90, completed: true, commits: 3 })
      expect(await payload.count({ collection: 'lesson-progress', where: { and: [{ user: { equals: learner.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })).toMatchObject({ totalDocs: 1 })
      const enrolment = await payload.find({ collection: 'enrollments', where: { and: [{ user: { equals: learner.id } }, { course: { equals: course.id } }] }, overrideAccess: true })
      expect(enrolment.docs[0].status).toBe('completed')

      // A later commit saying "incomplete" (a learner reviewing the module) does not undo completion;
      // one without a score or a total time keeps the last ones reported, and the data is the newest.
      await saveScormCommit(payload, token, started)
      const reviewing = version === '1.2' ? { cmi: { core: { lesson_status: 'incomplete', exit: 'suspend' }, suspend_data: 'page=2' } } : { cmi: { completion_status: 'incomplete', exit: 'suspend', suspend_data: 'page=2' } }
      await saveScormCommit(payload, token, reviewing)
      const after = (await payload.find({ collection: 'scorm-records', where: { and: [{ user: { equals: learner.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })).docs[0]
      expect(after).toMatchObject({ completed: true, status: 'incomplete', score: 40, totalTime: version === '1.2' ? '00:05:00' : 'PT5M', commits: 5, cmi: reviewing })
      // Two ordinary commits at once (two tabs): both counted, one record.
      await Promise.all([saveScormCommit(payload, token, reviewing), saveScormCommit(payload, token, started)])
      const both = (await payload.find({ collection: 'scorm-records', where: { and: [{ user: { equals: learner.id } }, { lesson: { equals: lesson.id } }] }, overrideAccess: true })).docs
      expect(both).toHaveLength(1)
      expect(both[0]).toMatchObject({ completed: true, commits: 7 })

      // Learners read their own record only.
      const other = await makeUser(payload, ['learner'])
      expect((await payload.find({ collection: 'scorm-records', ...as(learner) })).docs.map((d) => d.id)).toEqual([done[0].id])
      expect((await payload.find({ collection: 'scorm-records', ...as(other) })).docs).toHaveLength(0)
    })
  }

  it('honours only whole, current launches of enrolled learners', async () => {
    const pkg = await uploadAs(trainer, await scormPackage('1.2'), `launch-${run}.zip`)
    const { course, lesson } = await scormCourse(`scorm-launch-${run}`, pkg.id)
    const learner = await makeUser(payload, ['learner'])
    await enroll(payload, learner, course.slug!)
    const view = await scormLessonView(payload, learner, course, lesson, 'en')
    if (!view.ready) throw new Error('not ready')
    const token = tokenOf(view.src)
    const [body, signature] = token.split('.')
    // Another learner's id in the token: the signature no longer matches.
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), user: learner.id + 1 })).toString('base64url')
    expect(await saveScormCommit(payload, `${forged}.${signature}`, { cmi: {} })).toEqual({ ok: false, status: 403 })
    expect(await saveScormCommit(payload, token, 'not cmi')).toEqual({ ok: false, status: 400 })
    // A new upload of the package: the old launch is refused, the old files are gone.
    const replaced = await payload.update({ collection: 'scorm-packages', id: pkg.id, data: {}, file: { data: await scormPackage('1.2', 'Second edition'), mimetype: 'application/zip', name: `launch2-${run}.zip`, size: 1 }, ...as(trainer) })
    expect(replaced.revision).not.toBe(pkg.revision)
    expect(await launchFrom(payload, token)).toBeUndefined()
    expect(await openPackageFile(pkg.id, pkg.revision!, 'sco/index.html')).toBeNull()
    expect(await openPackageFile(pkg.id, replaced.revision!, 'sco/index.html')).not.toBeNull()
    // Leaving the course ends the launch.
    const fresh = await scormLessonView(payload, learner, course, lesson, 'en')
    if (!fresh.ready) throw new Error('not ready')
    await payload.delete({ collection: 'enrollments', where: { user: { equals: learner.id } }, overrideAccess: true })
    expect(await playerFor(payload, tokenOf(fresh.src))).toBeUndefined()
    // A package a lesson plays is not deleted; once no lesson plays it, deleting it removes its files.
    await expect(payload.delete({ collection: 'scorm-packages', id: pkg.id, overrideAccess: true })).rejects.toThrow(/played in lessons; give them another package first: scorm-launch/)
    await payload.delete({ collection: 'lessons', id: lesson.id, overrideAccess: true })
    await payload.delete({ collection: 'scorm-packages', id: pkg.id, overrideAccess: true })
    expect(await openPackageFile(pkg.id, replaced.revision!, 'sco/index.html')).toBeNull()
  })
})
