import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'
import { inAdminLanguage } from '@/fields/admin-text'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { checkRole, staffRoles } from '@/access/roles'
import { arrayLabels } from '@/fields/array-labels'
import { dayAndTimeDate } from '@/fields/date'
import { localizedRichText } from '@/fields/rich-text'
import { slugField } from '@/fields/slug'
import { locales, localeNamesInAdmin } from '@/i18n/locales'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { courseLevels, enrollmentPolicies } from '@/server/learning/course-rules'
import { searchableContent } from '../shared'
import { academyGroup } from '../Trainers'
import { creatorTeaches, ownOrStaff, staffOnlyField, staffOrTeaching, staffOrTeachingCourse, staffOrTeachingCreate, staffOrTrainer } from './access'
import { quizSettings } from './quizzes'

export { Questions, QuizAttempts } from './quizzes'
export { Certificates } from './certificates'
export { LessonFiles } from './lesson-files'
export { ScormPackages, ScormRecords } from './scorm-packages'

const staffField: FieldAccess = ({ req }) => checkRole(staffRoles, req.user)


/**
 * A self-paced course of the E-learning Platform: published or draft like all content, its
 * modules listing its lessons in order. Who may enrol is the course's policy; the enrolment
 * key is never sent to anyone but the Secretariat.
 */
export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: { en: 'Course', ru: 'Курс' }, plural: { en: 'Courses', ru: 'Курсы' } },
  admin: { group: academyGroup, useAsTitle: 'title', defaultColumns: ['title', 'level', 'enrollment', '_status'] },
  defaultSort: 'title',
  ...searchableContent,
  access: { ...searchableContent.access, create: staffOrTrainer, update: staffOrTeaching },
  hooks: { ...searchableContent.hooks, beforeChange: [creatorTeaches] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200, label: { en: 'Title', ru: 'Название' } },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 600, label: { en: 'Summary', ru: 'Краткое описание' } },
    localizedRichText('description', false, { en: 'Description', ru: 'Описание' }),
    {
      type: 'row',
      fields: [
        { name: 'languages', type: 'select', hasMany: true, required: true, options: locales.map((value) => ({ value, label: localeNamesInAdmin[value] })), label: { en: 'Available in', ru: 'Языки курса' }, admin: { width: '34%' } },
        { name: 'level', type: 'select', required: true, defaultValue: 'introductory', options: courseLevels.map((value) => ({ value, label: { en: { introductory: 'Introductory', intermediate: 'Intermediate', advanced: 'Advanced' }[value], ru: { introductory: 'Начальный', intermediate: 'Средний', advanced: 'Продвинутый' }[value] } })), label: { en: 'Level', ru: 'Уровень' }, admin: { width: '33%' } },
        { name: 'hours', type: 'number', required: true, min: 0.5, max: 500, label: { en: 'Estimated hours', ru: 'Примерная продолжительность, часов' }, admin: { width: '33%', step: 0.5 } },
      ],
    },
    { name: 'thematicArea', type: 'relationship', relationTo: 'thematic-areas', label: { en: 'Thematic area', ru: 'Тематическое направление' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover', ru: 'Обложка' } },
    { name: 'prerequisites', type: 'relationship', relationTo: 'courses', hasMany: true, label: { en: 'Prerequisites (courses to complete first)', ru: 'Предварительные требования (курсы, которые нужно пройти сначала)' } },
    {
      type: 'row',
      fields: [
        {
          name: 'enrollment',
          type: 'select',
          required: true,
          defaultValue: 'open',
          options: enrollmentPolicies.map((value) => ({ value, label: { en: { open: 'Open to anyone signed in', members: 'Members of the dialogue only', key: 'By invitation (enrolment key)' }[value], ru: { open: 'Открыт для всех, кто вошёл в систему', members: 'Только для участников диалога', key: 'По приглашению (ключ записи)' }[value] } })),
          label: { en: 'Enrolment', ru: 'Запись на курс' },
          admin: { width: '50%' },
        },
        { name: 'enrollmentKey', type: 'text', maxLength: 100, label: { en: 'Enrolment key', ru: 'Ключ записи' }, access: { read: staffField, create: staffField, update: staffField }, admin: { width: '50%', condition: (data) => data?.enrollment === 'key' } },
      ],
    },
    { name: 'sequential', type: 'checkbox', defaultValue: false, label: { en: 'Lessons open in order (each after the required ones before it)', ru: 'Уроки открываются по порядку (каждый после обязательных предыдущих)' } },
    {
      name: 'modules',
      type: 'array',
      label: { en: 'Modules', ru: 'Модули' },
      ...arrayLabels({ en: 'Module', ru: 'Модуль' }, { en: 'Modules', ru: 'Модули' }, 'модуль'),
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, maxLength: 200, label: { en: 'Title', ru: 'Название' } },
        // Only this course's own lessons (Payload refuses any other on save): another course's would open to this course's learners.
        { name: 'lessons', type: 'relationship', relationTo: 'lessons', hasMany: true, filterOptions: ({ id }) => (id ? { course: { equals: id } } : false), label: { en: 'Lessons, in order', ru: 'Уроки по порядку' } },
      ],
    },
    { name: 'trainers', type: 'relationship', relationTo: 'users', hasMany: true, filterOptions: { roles: { contains: 'trainer' } }, access: { create: staffOnlyField, update: staffOnlyField }, label: { en: 'Trainers (see the learners’ progress)', ru: 'Тренеры (видят успехи слушателей)' }, admin: { position: 'sidebar' } },
    slugField(),
  ],
}

/**
 * A lesson: text with images, an optional video (a file with caption tracks, or a link) with its transcript, and files to
 * download; or a quiz (its text is the introduction), done when the learner passes it.
 */
export const Lessons: CollectionConfig = {
  slug: 'lessons',
  labels: { singular: { en: 'Lesson', ru: 'Урок' }, plural: { en: 'Lessons', ru: 'Уроки' } },
  admin: { group: academyGroup, useAsTitle: 'title', defaultColumns: ['title', 'course', 'required'] },
  // Learners read lessons on the site, through their enrolment; the API is for those who build courses.
  // A trainer writes the lessons of the courses they teach only.
  access: { read: staffOrTrainer, create: staffOrTeachingCreate, update: staffOrTeachingCourse, delete: isStaff },
  hooks: revisionHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200, label: { en: 'Title', ru: 'Название' } },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, access: { update: staffOnlyField }, label: { en: 'Course', ru: 'Курс' } },
    { name: 'kind', type: 'select', defaultValue: 'text', options: [{ value: 'text', label: { en: 'Text, video and files', ru: 'Текст, видео и файлы' } }, { value: 'quiz', label: { en: 'Quiz', ru: 'Тест' } }, { value: 'scorm', label: { en: 'SCORM package', ru: 'Пакет SCORM' } }], label: { en: 'Kind of lesson', ru: 'Вид урока' } },
    {
      name: 'scormPackage',
      type: 'upload',
      relationTo: 'scorm-packages',
      label: { en: 'SCORM package', ru: 'Пакет SCORM' },
      admin: { condition: (data) => data?.kind === 'scorm', description: { en: 'Played in the lesson page; the lesson is done when the package reports completion.', ru: 'Воспроизводится на странице урока; урок пройден, когда пакет сообщает о завершении.' } },
      validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> }) => siblingData?.kind !== 'scorm' || Boolean(value) || inAdminLanguage(req, { en: 'Choose the SCORM package of this lesson.', ru: 'Выберите пакет SCORM для этого урока.' }),
    },
    quizSettings,
    localizedRichText('body', false, { en: 'Text', ru: 'Текст' }),
    { name: 'videoUrl', type: 'text', maxLength: 500, label: { en: 'Video elsewhere (link)', ru: 'Видео на другом сайте (ссылка)' }, validate: (value: unknown) => !value || /^https:\/\/\S+$/.test(String(value)) || 'https://…' },
    { name: 'transcript', type: 'textarea', localized: true, label: { en: 'Video transcript', ru: 'Расшифровка видео' } },
    { name: 'video', type: 'upload', relationTo: 'lesson-files', label: { en: 'Video file', ru: 'Видеофайл' }, filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } } },
    {
      name: 'captions',
      type: 'array',
      label: { en: 'Captions of the video', ru: 'Субтитры к видео' },
      ...arrayLabels({ en: 'Caption track', ru: 'Дорожка субтитров' }, { en: 'Caption tracks', ru: 'Дорожки субтитров' }, 'дорожку субтитров', { condition: (data) => Boolean(data?.video) }),
      maxRows: 4,
      fields: [
        { name: 'language', type: 'select', required: true, options: locales.map((value) => ({ value, label: localeNamesInAdmin[value] })), label: { en: 'Language', ru: 'Язык' } },
        { name: 'file', type: 'upload', relationTo: 'lesson-files', required: true, label: { en: 'Caption file (WebVTT)', ru: 'Файл субтитров' }, filterOptions: { mimeType: { equals: 'text/vtt' } } },
      ],
    },
    { name: 'files', type: 'relationship', relationTo: 'lesson-files', hasMany: true, label: { en: 'Files to download', ru: 'Файлы для скачивания' } },
    { name: 'required', type: 'checkbox', defaultValue: true, label: { en: 'Required for completing the course', ru: 'Обязателен для завершения курса' }, admin: { position: 'sidebar' } },
    slugField(),
  ],
}

/** A learner's enrolment in a course, where they left off, and whether they completed it. */
export const Enrollments: CollectionConfig = {
  slug: 'enrollments',
  labels: { singular: { en: 'Enrolment', ru: 'Запись на курс' }, plural: { en: 'Enrolments', ru: 'Записи на курсы' } },
  admin: { group: academyGroup, defaultColumns: ['user', 'course', 'status', 'createdAt'] },
  // Written through the site's doors (which check the course's policy), read by their owner.
  access: { read: ownOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['user', 'course'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Learner', ru: 'Слушатель' } },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: { en: 'Course', ru: 'Курс' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'active', options: [{ value: 'active', label: { en: 'In progress', ru: 'В процессе' } }, { value: 'completed', label: { en: 'Completed', ru: 'Завершён' } }], label: { en: 'Status', ru: 'Статус' } },
    { name: 'completedAt', type: 'date', label: { en: 'Completed on', ru: 'Дата завершения' }, admin: { date: dayAndTimeDate } },
    { name: 'lastLesson', type: 'relationship', relationTo: 'lessons', label: { en: 'Last lesson opened', ru: 'Последний открытый урок' } },
  ],
}

/** One completed lesson of one learner: a row each, so that two tabs never overwrite each other. */
export const LessonProgress: CollectionConfig = {
  slug: 'lesson-progress',
  labels: { singular: { en: 'Completed lesson', ru: 'Пройденный урок' }, plural: { en: 'Completed lessons', ru: 'Пройденные уроки' } },
  admin: { group: academyGroup, defaultColumns: ['user', 'lesson', 'createdAt'] },
  access: { read: ownOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['user', 'lesson'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Learner', ru: 'Слушатель' } },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: { en: 'Course', ru: 'Курс' } },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', required: true, label: { en: 'Lesson', ru: 'Урок' } },
  ],
}
