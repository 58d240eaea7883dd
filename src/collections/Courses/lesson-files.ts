import path from 'node:path'
import type { Access, CollectionConfig, Where } from 'payload'
import { isStaff } from '@/access/is-staff'
import { checkRole, staffRoles } from '@/access/roles'
import { env } from '@/env'
import type { Lesson } from '@/payload-types'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { refuseDeleteWhileUsed } from '@/hooks/refuse-delete-while-used'
import { fileEndpoints } from '@/server/files/serve-file'
import { relationId } from '@/server/registrations/allocation'
import { validateLessonFile } from '@/server/learning/lesson-file-check'
import { academyGroup } from '../Trainers'
import { staffOrTrainer, staffOrUploaderOrTeaching, uploadedByField } from './access'

/**
 * The files of lessons (handouts, videos, caption tracks) reach their course's enrolled
 * learners only: the rule below is asked by REST, GraphQL and the file URL alike. Those who
 * build courses read them all.
 */
/** The lesson files a lesson uses: its handouts, its video and its caption tracks. */
export const filesOfLesson = (lesson: Pick<Lesson, 'files' | 'video' | 'captions'>): unknown[] => [...(lesson.files ?? []), lesson.video, ...(lesson.captions ?? []).map((c) => c.file)]

export const lessonFilesForReader: Access = async ({ req }) => {
  if (checkRole([...staffRoles, 'trainer'], req.user)) return true
  if (req.user?.collection !== 'users') return false
  const enrolments = await req.payload.find({ collection: 'enrollments', where: { user: { equals: req.user.id } }, depth: 0, pagination: false, limit: 1000, select: { course: true }, overrideAccess: true, req })
  const courses = enrolments.docs.map((e) => relationId(e.course)).filter((id): id is number => id !== undefined)
  if (!courses.length) return false
  const lessons = await req.payload.find({ collection: 'lessons', where: { course: { in: courses } }, depth: 0, pagination: false, limit: 10_000, select: { files: true, video: true, captions: true }, overrideAccess: true, req })
  const ids = new Set<number>()
  for (const lesson of lessons.docs) {
    for (const file of filesOfLesson(lesson)) {
      const id = relationId(file)
      if (id !== undefined) ids.add(id)
    }
  }
  return ids.size ? { id: { in: [...ids] } } : false
}

export const lessonFileTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'video/mp4',
  'video/webm',
  'text/vtt',
  'image/png',
  'image/jpeg',
]

export const LessonFiles: CollectionConfig = {
  slug: 'lesson-files',
  labels: { singular: { en: 'Lesson file', ru: 'Файл урока' }, plural: { en: 'Lesson files', ru: 'Файлы уроков' } },
  admin: { group: academyGroup, useAsTitle: 'title', defaultColumns: ['title', 'filename', 'mimeType'] },
  // A trainer replaces only their own files and those their courses use.
  access: { read: lessonFilesForReader, create: staffOrTrainer, update: staffOrUploaderOrTeaching(filesOfLesson), delete: isStaff },
  endpoints: fileEndpoints('lesson-files'),
  upload: { staticDir: path.join(env.dataDir, 'lesson-files'), mimeTypes: lessonFileTypes },
  hooks: {
    beforeChange: [validateLessonFile],
    beforeDelete: [refuseDeleteWhileUsed('lessons', (id): Where => ({ or: [{ video: { equals: id } }, { 'captions.file': { equals: id } }, { files: { contains: id } }] }), { en: 'This file is used in lessons; remove it from them first:', ru: 'Этот файл используется в уроках; сначала уберите его из них:' })],
    // Lessons are read with their files once per content revision (course-content.ts).
    ...revisionHooks,
  },
  fields: [{ name: 'title', type: 'text', localized: true, required: true, maxLength: 200, label: { en: 'Title', ru: 'Название' } }, uploadedByField],
}
