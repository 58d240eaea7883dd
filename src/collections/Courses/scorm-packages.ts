import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { env } from '@/env'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { refuseDeleteWhileUsed } from '@/hooks/refuse-delete-while-used'
import { fileEndpoints } from '@/server/files/serve-file'
import { scormStatuses } from '@/server/learning/scorm-cmi'
import { checkScormUpload, removeScormContent, unpackScormUpload } from '@/server/learning/scorm-upload'
import { academyGroup } from '../Trainers'
import { ownOrStaff, staffOrTrainer, staffOrUploaderOrTeaching, uploadedByField } from './access'

const readOnly = { readOnly: true, position: 'sidebar' } as const

/**
 * SCORM packages (zip files of HTML and JavaScript written elsewhere, so untrusted): uploaded
 * by trainers and the Secretariat only, checked before anything of them is kept, unpacked to
 * the one storage, and played from the SCORM origin (src/server/learning/scorm-serve.ts),
 * never from the platform's. Learners never read this collection: the lesson page gives them a
 * launch of the package.
 */
export const ScormPackages: CollectionConfig = {
  slug: 'scorm-packages',
  labels: { singular: { en: 'SCORM package', ru: 'Пакет SCORM' }, plural: { en: 'SCORM packages', ru: 'Пакеты SCORM' } },
  admin: { group: academyGroup, useAsTitle: 'title', defaultColumns: ['title', 'version', 'filename', 'updatedAt'] },
  // A trainer replaces only their own packages and those their courses play.
  access: { read: staffOrTrainer, create: staffOrTrainer, update: staffOrUploaderOrTeaching((lesson) => [lesson.scormPackage]), delete: isStaff },
  endpoints: fileEndpoints('scorm-packages'),
  upload: { staticDir: path.join(env.dataDir, 'scorm-packages'), mimeTypes: ['application/zip', 'application/x-zip-compressed'] },
  hooks: {
    beforeValidate: [checkScormUpload],
    // Lessons are read with their package once per content revision (course-content.ts).
    afterChange: [unpackScormUpload, ...revisionHooks.afterChange],
    beforeDelete: [refuseDeleteWhileUsed('lessons', (id) => ({ scormPackage: { equals: id } }), { en: 'This package is played in lessons; give them another package first:', ru: 'Этот пакет используется в уроках; сначала выберите для них другой пакет:' })],
    afterDelete: [removeScormContent, ...revisionHooks.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', ru: 'Название' } },
    { name: 'version', type: 'select', options: [{ value: '1.2', label: 'SCORM 1.2' }, { value: '2004', label: 'SCORM 2004' }], label: { en: 'Version', ru: 'Версия' }, admin: readOnly },
    { name: 'launch', type: 'text', label: { en: 'Start page in the package', ru: 'Начальная страница пакета' }, admin: readOnly },
    { name: 'fileCount', type: 'number', label: { en: 'Files in the package', ru: 'Файлов в пакете' }, admin: readOnly },
    // Each new upload is unpacked beside the last under a new revision, then the old one goes.
    { name: 'revision', type: 'text', label: { en: 'Unpacked edition', ru: 'Распакованная редакция' }, admin: { hidden: true } },
    uploadedByField,
  ],
}

/**
 * A learner's run of a SCORM lesson: the CMI data the package saved (so it resumes where the
 * learner left), and what the platform reads from it. One per learner and lesson; written only
 * through the SCORM origin's commit address, read by its learner, the course's trainers and staff.
 */
export const ScormRecords: CollectionConfig = {
  slug: 'scorm-records',
  labels: { singular: { en: 'SCORM record', ru: 'Запись SCORM' }, plural: { en: 'SCORM records', ru: 'Записи SCORM' } },
  admin: { group: academyGroup, defaultColumns: ['user', 'lesson', 'status', 'score', 'updatedAt'] },
  access: { read: ownOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['user', 'lesson'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Learner', ru: 'Слушатель' } },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: { en: 'Course', ru: 'Курс' } },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', required: true, label: { en: 'Lesson', ru: 'Урок' } },
    { name: 'status', type: 'select', options: Object.entries(scormStatuses).map(([value, label]) => ({ value, label })), label: { en: 'Status reported by the package', ru: 'Статус, сообщённый пакетом' } },
    { name: 'score', type: 'number', label: { en: 'Score, %', ru: 'Результат, %' } },
    { name: 'completed', type: 'checkbox', defaultValue: false, label: { en: 'Completed', ru: 'Пройден' } },
    { name: 'totalTime', type: 'text', label: { en: 'Time spent (as the package counts it)', ru: 'Затраченное время (по данным пакета)' } },
    { name: 'commits', type: 'number', defaultValue: 0, label: { en: 'Saves', ru: 'Сохранений' } },
    // The CMI data as the runtime sent it; shown in no form (Payload's JSON editor loads from a CDN).
    { name: 'cmi', type: 'json', label: { en: 'Data saved by the module', ru: 'Данные, сохранённые модулем' }, admin: { hidden: true } },
  ],
}
