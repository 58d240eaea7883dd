import type { Access, CollectionBeforeChangeHook, Field, FieldAccess, Where } from 'payload'
import { checkRole, staffRoles } from '@/access/roles'
import type { Lesson } from '@/payload-types'
import { relationId } from '@/server/registrations/allocation'

/** Staff and the trainers (who build courses with the Secretariat) write courses, lessons and questions. */
export const staffOrTrainer: Access = ({ req }) => checkRole([...staffRoles, 'trainer'], req.user)

/** Own rows for a learner; a trainer also the rows of the courses they teach; staff all. */
export const ownOrStaff: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  if (req.user?.collection !== 'users') return false
  const own: Where = { user: { equals: req.user.id } }
  return checkRole(['trainer'], req.user) ? { or: [own, { 'course.trainers': { equals: req.user.id } }] } : own
}

/** Only the Secretariat decides who teaches a course: a trainer who could add themselves would read any course's learners. */
export const staffOnlyField: FieldAccess = ({ req }) => checkRole(staffRoles, req.user)

const teachingTrainer = (user: unknown): user is { id: number } =>
  checkRole(['trainer'], user as never) && !checkRole(staffRoles, user as never)

/** The account id of a trainer who is not staff (whose writes are limited to what they teach), else undefined. */
const trainerId = (user: unknown): number | undefined => (teachingTrainer(user) && (user as { collection?: string }).collection === 'users' ? user.id : undefined)

/** Staff everything; a trainer the rows whose `path` names them among a course's trainers. */
const staffOrTrainerAt =
  (path: string): Access =>
  ({ req }) => {
    if (checkRole(staffRoles, req.user)) return true
    const id = trainerId(req.user)
    return id === undefined ? false : { [path]: { equals: id } }
  }

/** Staff any course; a trainer the courses they teach. */
export const staffOrTeaching = staffOrTrainerAt('trainers')

/** Staff any course's rows (lessons, questions); a trainer those of the courses they teach. */
export const staffOrTeachingCourse = staffOrTrainerAt('course.trainers')

/** A trainer who starts a course teaches it (the `trainers` field itself is the Secretariat's). */
export const creatorTeaches: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && teachingTrainer(req.user)) data.trainers = [req.user.id]
  return data
}

/**
 * Creating a course's rows (questions): staff for any course, a trainer for a course they teach.
 * Without data (the admin asking whether to offer the button) a trainer may.
 */
export const staffOrTeachingCreate: Access = async ({ req, data }) => {
  if (checkRole(staffRoles, req.user)) return true
  const id = trainerId(req.user)
  if (id === undefined) return false
  const courseId = relationId(data?.course)
  if (courseId === undefined) return !data
  const taught = await req.payload.count({ collection: 'courses', where: { and: [{ id: { equals: courseId } }, { trainers: { equals: id } }] }, overrideAccess: true, req })
  return taught.totalDocs > 0
}

/**
 * Who uploaded a package or a lesson file, set by the platform (whatever a form sends): a
 * trainer may change what they uploaded, besides what the courses they teach use.
 */
export const uploadedByField: Field = {
  name: 'uploadedBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { en: 'Uploaded by', ru: 'Загрузил(а)' },
  admin: { readOnly: true, position: 'sidebar' },
  hooks: { beforeChange: [({ operation, req, originalDoc }) => (operation === 'create' ? (req.user?.collection === 'users' ? req.user.id : undefined) : originalDoc?.uploadedBy)] },
}

/**
 * Staff any upload; a trainer their own uploads and the ones the lessons of the courses they
 * teach use (`usedIn` reads those ids off the lessons). Another trainer's package or handout is
 * not theirs to replace.
 */
export function staffOrUploaderOrTeaching(usedIn: (lesson: Lesson) => unknown[]): Access {
  return async ({ req }) => {
    if (checkRole(staffRoles, req.user)) return true
    const id = trainerId(req.user)
    if (id === undefined) return false
    const lessons = await req.payload.find({ collection: 'lessons', where: { 'course.trainers': { equals: id } }, depth: 0, pagination: false, limit: 10_000, overrideAccess: true, req })
    const ids = [...new Set(lessons.docs.flatMap((lesson) => usedIn(lesson).map((used) => relationId(used)).filter((used): used is number => used !== undefined)))]
    const own: Where = { uploadedBy: { equals: id } }
    return ids.length ? { or: [own, { id: { in: ids } }] } : own
  }
}
