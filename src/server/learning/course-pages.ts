import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Course } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'
import { lessonIdsOf, ownLessons, syllabusFrom, type TSyllabus } from './course-content'

/** The course's modules with their lessons' titles, in order (the public course page). */
export async function syllabusOf(payload: Payload, course: Pick<Course, 'id' | 'modules'>, locale: Locale): Promise<TSyllabus> {
  const ids = lessonIdsOf(course)
  const lessons = ids.length ? await payload.find({ collection: 'lessons', where: ownLessons(course, ids), locale, depth: 0, pagination: false, limit: ids.length, overrideAccess: true, select: { slug: true, title: true, required: true } }) : { docs: [] }
  return syllabusFrom(course, lessons.docs)
}

/** The public catalogue: every published course, in the reader's language. */
export async function loadCourseCatalogue(locale: Locale) {
  const payload = await getPayloadClient()
  const found = await payload.find({ collection: 'courses', locale, depth: 1, pagination: false, limit: 200, sort: 'title', overrideAccess: false, draft: false })
  return found.docs
}

/** A published course's public page: the course (without its key) and its syllabus. */
export async function loadCoursePage(locale: Locale, slug: string) {
  const payload = await getPayloadClient()
  const found = await payload.find({ collection: 'courses', where: { slug: { equals: slug } }, locale, depth: 1, limit: 1, overrideAccess: false, draft: false })
  const course = found.docs[0]
  if (!course) return undefined
  return { course, syllabus: await syllabusOf(payload, course, locale) }
}
