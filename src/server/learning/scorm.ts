import type { Payload } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import type { Course, Lesson, ScormRecord, User } from '@/payload-types'
import { relationId } from '@/server/registrations/allocation'
import { dialectOf, queryRows, sql, sqlInRequest } from '@/server/search-index/raw-sql'
import { enrollmentOf, recordLessonDone } from './learning'
import { resumableCmi, summarizeCmi, wasSuspended, type TScormStatus } from './scorm-cmi'
import { readyPackage, scormLaunchSrc, verifyLaunch, type TPackageFacts, type TScormLaunch } from './scorm-launch'

/**
 * SCORM lessons: the lesson page launches the package on the SCORM origin with a signed token
 * (see scorm-launch.ts); the player there loads the learner's saved CMI data and sends each
 * commit back here. A commit that reports completion records the lesson done, and may
 * complete the course, in the same transaction as the saved data.
 */
export type TScormLessonView =
  | { ready: true; src: string; title: string; status?: TScormStatus; score?: number | null; completed: boolean }
  | { ready: false; reason: 'no-origin' | 'no-package' }

async function packageOf(payload: Payload, id: number | undefined): Promise<TPackageFacts | undefined> {
  if (id === undefined) return undefined
  const found = await payload.find({ collection: 'scorm-packages', where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, select: { title: true, version: true, launch: true, revision: true } })
  return found.docs[0] as TPackageFacts | undefined
}

async function recordOf(payload: Payload, userId: number, lessonId: number): Promise<ScormRecord | undefined> {
  const found = await payload.find({ collection: 'scorm-records', where: { and: [{ user: { equals: userId } }, { lesson: { equals: lessonId } }] }, depth: 0, limit: 1, pagination: false, overrideAccess: true })
  return found.docs[0]
}

/** What the lesson page shows for a SCORM lesson of an enrolled learner (the page checked the enrolment). */
export async function scormLessonView(payload: Payload, user: Pick<User, 'id'>, course: Pick<Course, 'id'>, lesson: Pick<Lesson, 'id' | 'scormPackage'>, locale: Locale, now = Date.now()): Promise<TScormLessonView> {
  if (!env.scormOrigin) return { ready: false, reason: 'no-origin' }
  // The lesson as the course content holds it has its package already (depth 1).
  const given = typeof lesson.scormPackage === 'object' && lesson.scormPackage ? (lesson.scormPackage as TPackageFacts) : undefined
  const [read, record] = await Promise.all([given ?? packageOf(payload, relationId(lesson.scormPackage)), recordOf(payload, user.id, lesson.id)])
  const pkg = readyPackage(read)
  if (!pkg) return { ready: false, reason: 'no-package' }
  const src = scormLaunchSrc(env.scormOrigin, env.secret, { user: user.id, lesson: lesson.id, course: course.id, locale }, pkg, now)
  return { ready: true, src, title: pkg.title, status: record?.status ?? undefined, score: record?.score, completed: Boolean(record?.completed) }
}

export type TPlayer = { launch: TScormLaunch; title: string; start: string; cmi: Record<string, unknown> }

/**
 * The launch a token opens, while it is valid: the learner still enrolled, the package still
 * the revision the token names (a newer upload asks the learner to reload the lesson).
 */
export async function launchFrom(payload: Payload, token: string, now = Date.now()): Promise<{ launch: TScormLaunch; pkg: TPackageFacts } | undefined> {
  const launch = verifyLaunch(token, env.secret, now)
  if (!launch) return undefined
  // One plain statement: it runs for every file of the package the player loads, and for every commit.
  const rows = await queryRows<TPackageFacts>(
    payload,
    sql`SELECT id, title, version, launch, revision FROM scorm_packages WHERE id = ${launch.package} AND EXISTS (SELECT 1 FROM enrollments WHERE user_id = ${launch.user} AND course_id = ${launch.course})`,
  )
  const pkg = rows[0]
  if (!pkg || pkg.revision !== launch.revision || !pkg.launch) return undefined
  return { launch, pkg: { ...pkg, id: Number(pkg.id) } }
}

/** What the player needs: the start page, and the saved data with who the learner is. */
export async function playerFor(payload: Payload, token: string): Promise<TPlayer | undefined> {
  const found = await launchFrom(payload, token)
  if (!found) return undefined
  const { launch, pkg } = found
  const [record, learner] = await Promise.all([
    recordOf(payload, launch.user, launch.lesson),
    payload.find({ collection: 'users', where: { id: { equals: launch.user } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, select: { name: true } }),
  ])
  const cmi = resumableCmi(launch.version, record?.cmi)
  const name = learner.docs[0]?.name ?? ''
  const resume = Boolean(record) && wasSuspended(launch.version, record?.cmi)
  if (launch.version === '1.2') {
    cmi.core = { ...(cmi.core as Record<string, unknown> | undefined), student_id: String(launch.user), student_name: name, entry: resume ? 'resume' : record ? '' : 'ab-initio' }
  } else {
    Object.assign(cmi, { learner_id: String(launch.user), learner_name: name, entry: resume ? 'resume' : record ? '' : 'ab-initio' })
  }
  return { launch, title: pkg.title, start: pkg.launch!, cmi }
}

/** A boolean as either database returns it (SQLite: 0 or 1). */
const isTrue = (value: unknown) => value === true || value === 1 || value === '1' || value === 't'

export type TCommitResult = { ok: true; completed: boolean; courseCompleted: boolean } | { ok: false; status: 400 | 403 }

/**
 * Saves a commit of the runtime: one record per learner and lesson (two commits at once leave
 * one), the last data sent, and completion, which once reached stays.
 */
export async function saveScormCommit(payload: Payload, token: string, body: unknown): Promise<TCommitResult> {
  const found = await launchFrom(payload, token)
  if (!found) return { ok: false, status: 403 }
  const { launch } = found
  if (!body || typeof body !== 'object' || !('cmi' in body)) return { ok: false, status: 400 }
  const summary = summarizeCmi(launch.version, body)
  const save = () =>
    inRequestTransaction(payload, async (req) => {
      // Counts this commit on the record first: on PostgreSQL that locks the row, so of two
      // commits at once the second reads the record after the first is written (none is lost).
      const tx = await sqlInRequest(req)
      // It returns the record as it was before this commit (only the count changes here).
      const counted = await tx.queryRows<{ id: number; completed: unknown; score: unknown; total_time: string | null }>(
        sql`UPDATE scorm_records SET commits = commits + 1 WHERE user_id = ${launch.user} AND lesson_id = ${launch.lesson} RETURNING id, completed, score, total_time`,
      )
      const previous = counted[0] ? { id: Number(counted[0].id), completed: isTrue(counted[0].completed), score: counted[0].score === null ? null : Number(counted[0].score), totalTime: counted[0].total_time } : undefined
      const completed = Boolean(previous?.completed) || summary.completed
      const data = { status: summary.status, score: summary.score ?? previous?.score ?? null, completed, totalTime: summary.totalTime ?? previous?.totalTime ?? null, cmi: body as Record<string, unknown> }
      if (previous) {
        // The runtime saves often: one plain statement, not a Payload update (which reads the record twice and checks edit locks).
        // Nothing of a record is shown from a cached page, and no hook watches it, so nothing else is owed.
        const flag = dialectOf(payload) === 'postgres' ? completed : completed ? 1 : 0
        await tx.execute(sql`UPDATE scorm_records SET status = ${data.status}, score = ${data.score}, completed = ${flag}, total_time = ${data.totalTime}, cmi = ${JSON.stringify(data.cmi)}, updated_at = ${new Date().toISOString()} WHERE id = ${previous.id}`)
      } else {
        await payload.create({ collection: 'scorm-records', data: { ...data, user: launch.user, course: launch.course, lesson: launch.lesson, commits: 1 }, overrideAccess: true, depth: 0, req })
      }
      if (!summary.completed || previous?.completed) return { completed, courseCompleted: false }
      const enrollment = await enrollmentOf(payload, launch.user, launch.course, req)
      const course = await payload.findByID({ collection: 'courses', id: launch.course, depth: 0, overrideAccess: true, req })
      if (!enrollment || !course) return { completed, courseCompleted: false }
      return { completed, courseCompleted: await recordLessonDone(payload, req, launch.user, course, launch.lesson, enrollment) }
    })
  try {
    return { ok: true, ...(await save()) }
  } catch (error) {
    // Two commits at once: the unique index kept the other's record; this one updates it.
    if (!(await recordOf(payload, launch.user, launch.lesson))) throw error
    return { ok: true, ...(await save()) }
  }
}
