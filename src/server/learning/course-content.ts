import type { Payload, Where } from 'payload'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Course, Lesson } from '@/payload-types'
import { memoPerRevision } from '@/server/content/revision-memo'
import { relationId } from '@/server/registrations/allocation'

export type TSyllabus = { title: string; lessons: { id: number; slug: string; title: string; required: boolean }[] }[]

/**
 * A published course and its lessons in one language: what every learner of the course reads
 * alike (only their progress differs). `lessons` are in the course's order, each once, with
 * their files, video and package (depth 1). The enrolment key is in it, for the door to check.
 */
export type TCourseContent = { course: Course; lessons: Lesson[]; syllabus: TSyllabus }

/** The course's lessons in their modules' order, each once. */
export function lessonIdsOf(course: Pick<Course, 'modules'>): number[] {
  const ids = (course.modules ?? []).flatMap((m) => (m.lessons ?? []).map((l) => relationId(l)).filter((id): id is number => id !== undefined))
  return [...new Set(ids)]
}

/** The course's lessons among `ids`: a course plays its own lessons only, whatever its modules list. */
export const ownLessons = (course: Pick<Course, 'id'>, ids: number[]): Where => ({ and: [{ id: { in: ids } }, { course: { equals: course.id } }] })

/** The modules with their lessons' titles, in order (what the course pages and the lesson pager show). */
export function syllabusFrom(course: Pick<Course, 'modules'>, lessons: readonly Pick<Lesson, 'id' | 'slug' | 'title' | 'required'>[]): TSyllabus {
  const byId = new Map(lessons.map((l) => [l.id, l]))
  return (course.modules ?? []).map((m) => ({
    title: m.title,
    lessons: (m.lessons ?? []).flatMap((l) => {
      const lesson = byId.get(relationId(l) ?? -1)
      return lesson ? [{ id: lesson.id, slug: lesson.slug, title: lesson.title, required: lesson.required !== false }] : []
    }),
  }))
}

type TCourseKey = `${Locale} ${'slug' | 'id'} ${string}`

async function loadCourseContent(key: TCourseKey, payload: Payload): Promise<TCourseContent | undefined> {
  const [locale, field, value] = key.split(' ') as [Locale, 'slug' | 'id', string]
  const where: Where = field === 'id' ? { id: { equals: Number(value) } } : { slug: { equals: value } }
  const found = await payload.find({ collection: 'courses', where: { and: [where, { _status: { equals: 'published' } }] }, locale, depth: 0, limit: 1, pagination: false, overrideAccess: true })
  const course = found.docs[0]
  if (!course) return undefined
  const ids = lessonIdsOf(course)
  const read = ids.length ? await payload.find({ collection: 'lessons', where: ownLessons(course, ids), locale, depth: 1, pagination: false, limit: ids.length, overrideAccess: true }) : { docs: [] }
  const byId = new Map(read.docs.map((l) => [l.id, l]))
  const lessons = ids.flatMap((id) => byId.get(id) ?? [])
  return { course, lessons, syllabus: syllabusFrom(course, lessons) }
}

/**
 * Read once per content revision (every save of a course, lesson, lesson file or package
 * writes a new one), not per learner and page: the learning pages then ask the database only
 * for the learner's own rows. Shared by all requests: never to be changed by a caller.
 */
const courseContentMemo = memoPerRevision(loadCourseContent)

export function courseContentBySlug(payload: Payload, slug: string, locale: Locale): Promise<TCourseContent | undefined> {
  // A slug is lowercase letters, digits and dashes: anything else names no course (and no memo entry).
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !isLocale(locale)) return Promise.resolve(undefined)
  return courseContentMemo(`${locale} slug ${slug}`, payload)
}

export function courseContentById(payload: Payload, id: number, locale: Locale): Promise<TCourseContent | undefined> {
  if (!Number.isSafeInteger(id) || !isLocale(locale)) return Promise.resolve(undefined)
  return courseContentMemo(`${locale} id ${id}`, payload)
}
