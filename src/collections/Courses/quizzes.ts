import type { CollectionConfig, Field } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { arrayLabels } from '@/fields/array-labels'
import { dayAndTimeDate } from '@/fields/date'
import { questionKinds } from '@/server/learning/quiz-grading'
import { academyGroup } from '../Trainers'
import { ownOrStaff, staffOnlyField, staffOrTeachingCourse, staffOrTeachingCreate } from './access'

const kindLabels: Record<(typeof questionKinds)[number], { en: string; ru: string }> = {
  single: { en: 'Single choice', ru: 'Один вариант ответа' },
  multiple: { en: 'Multiple choice', ru: 'Несколько вариантов ответа' },
  'true-false': { en: 'True or false', ru: 'Верно или неверно' },
  short: { en: 'Short answer', ru: 'Краткий ответ' },
  matching: { en: 'Matching', ru: 'Сопоставление' },
}

const isKind = (...kinds: string[]) => (data: Record<string, unknown> | undefined) => kinds.includes(String(data?.kind))

/**
 * One question of a course's bank. The correct answers live here and leave the server only in
 * the feedback on a submitted attempt; learners have no read access at all.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: { en: 'Quiz question', ru: 'Вопрос теста' }, plural: { en: 'Quiz questions', ru: 'Вопросы тестов' } },
  admin: { group: academyGroup, useAsTitle: 'prompt', defaultColumns: ['prompt', 'kind', 'course'] },
  // A trainer reads and edits the banks of the courses they teach only: a trainer taking another course reads no answers.
  access: { read: staffOrTeachingCourse, create: staffOrTeachingCreate, update: staffOrTeachingCourse, delete: isStaff },
  fields: [
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, access: { update: staffOnlyField }, label: { en: 'Course (its question bank)', ru: 'Курс (его банк вопросов)' } },
    { name: 'kind', type: 'select', required: true, defaultValue: 'single', options: questionKinds.map((value) => ({ value, label: kindLabels[value] })), label: { en: 'Kind', ru: 'Тип вопроса' } },
    { name: 'prompt', type: 'textarea', localized: true, required: true, maxLength: 1000, label: { en: 'Question', ru: 'Вопрос' } },
    {
      name: 'options',
      type: 'array',
      label: { en: 'Options', ru: 'Варианты ответа' },
      ...arrayLabels({ en: 'Option', ru: 'Вариант' }, { en: 'Options', ru: 'Варианты ответа' }, 'вариант', { condition: isKind('single', 'multiple') }),
      maxRows: 12,
      fields: [
        { name: 'text', type: 'text', localized: true, required: true, maxLength: 300, label: { en: 'Option', ru: 'Вариант' } },
        { name: 'correct', type: 'checkbox', defaultValue: false, label: { en: 'Correct', ru: 'Правильный' } },
      ],
    },
    { name: 'isTrue', type: 'checkbox', defaultValue: false, label: { en: 'The statement is true', ru: 'Утверждение верно' }, admin: { condition: isKind('true-false') } },
    { name: 'accepted', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Accepted answers, one per line (case, spaces, quotes and ё/е do not matter)', ru: 'Принимаемые ответы, по одному в строке (регистр, пробелы, кавычки и ё/е не учитываются)' }, admin: { condition: isKind('short') } },
    {
      name: 'pairs',
      type: 'array',
      label: { en: 'Pairs to match', ru: 'Пары для сопоставления' },
      ...arrayLabels({ en: 'Pair', ru: 'Пара' }, { en: 'Pairs', ru: 'Пары' }, 'пару', { condition: isKind('matching') }),
      maxRows: 10,
      fields: [
        { name: 'left', type: 'text', localized: true, required: true, maxLength: 300, label: { en: 'Item', ru: 'Элемент' } },
        { name: 'right', type: 'text', localized: true, required: true, maxLength: 300, label: { en: 'Its match', ru: 'Соответствие' } },
      ],
    },
    { name: 'explanation', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Explanation (shown after the answer is submitted)', ru: 'Пояснение (показывается после отправки ответа)' } },
  ],
}

/** The quiz settings of a lesson of kind "quiz" (a group on the lesson, shown only for that kind). */
export const quizSettings: Field = {
  name: 'quiz',
  type: 'group',
  label: { en: 'Quiz', ru: 'Тест' },
  admin: { condition: (data) => data?.kind === 'quiz' },
  fields: [
    { name: 'questions', type: 'relationship', relationTo: 'questions', hasMany: true, label: { en: 'Questions (none chosen: the course’s whole bank)', ru: 'Вопросы (если не выбраны — весь банк вопросов курса)' }, filterOptions: ({ data }) => (data?.course ? { course: { equals: typeof data.course === 'object' ? data.course.id : data.course } } : true) },
    {
      type: 'row',
      fields: [
        { name: 'draw', type: 'number', min: 1, max: 100, label: { en: 'Questions drawn per attempt (empty: all)', ru: 'Вопросов в попытке (пусто — все)' }, admin: { width: '25%' } },
        { name: 'passMark', type: 'number', min: 0, max: 100, defaultValue: 70, required: true, label: { en: 'Pass mark, %', ru: 'Проходной балл, %' }, admin: { width: '25%' } },
        { name: 'attempts', type: 'number', min: 1, max: 100, label: { en: 'Attempts allowed (empty: no limit)', ru: 'Число попыток (пусто — без ограничений)' }, admin: { width: '25%' } },
        { name: 'minutes', type: 'number', min: 1, max: 600, label: { en: 'Time limit, minutes (empty: none)', ru: 'Ограничение времени, минут (пусто — нет)' }, admin: { width: '25%' } },
      ],
    },
    { name: 'shuffle', type: 'checkbox', defaultValue: true, label: { en: 'Shuffle the questions and their options in each attempt', ru: 'Перемешивать вопросы и варианты ответа в каждой попытке' } },
  ],
}

/**
 * One attempt at a quiz: the questions drawn and the order of their options (so the attempt
 * looks the same each time it is opened), its deadline, and once submitted its answers and
 * score. One row per learner, lesson and number; a submitted attempt never changes.
 */
export const QuizAttempts: CollectionConfig = {
  slug: 'quiz-attempts',
  labels: { singular: { en: 'Quiz attempt', ru: 'Попытка теста' }, plural: { en: 'Quiz attempts', ru: 'Попытки тестов' } },
  admin: { group: academyGroup, defaultColumns: ['user', 'lesson', 'number', 'status', 'score'] },
  access: { read: ownOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['user', 'lesson', 'number'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Learner', ru: 'Слушатель' } },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: { en: 'Course', ru: 'Курс' } },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', required: true, index: true, label: { en: 'Quiz', ru: 'Тест' } },
    { name: 'number', type: 'number', required: true, min: 1, label: { en: 'Attempt', ru: 'Попытка' } },
    // System records, not edited: hidden in the admin (Payload's JSON editor loads from a public CDN).
    { name: 'drawn', type: 'json', required: true, label: { en: 'Questions drawn, with the order of their options', ru: 'Выбранные вопросы и порядок вариантов' }, admin: { hidden: true } },
    { name: 'deadline', type: 'date', label: { en: 'Deadline', ru: 'Срок' }, admin: { date: dayAndTimeDate } },
    { name: 'status', type: 'select', required: true, defaultValue: 'open', options: [{ value: 'open', label: { en: 'Open', ru: 'Начата' } }, { value: 'submitted', label: { en: 'Submitted', ru: 'Отправлена' } }], label: { en: 'Status', ru: 'Статус' } },
    { name: 'submittedAt', type: 'date', label: { en: 'Submitted on', ru: 'Дата отправки' }, admin: { date: dayAndTimeDate } },
    { name: 'answers', type: 'json', label: { en: 'Answers', ru: 'Ответы' }, admin: { hidden: true } },
    { name: 'score', type: 'number', min: 0, max: 100, label: { en: 'Score, %', ru: 'Результат, %' } },
    { name: 'passed', type: 'checkbox', defaultValue: false, label: { en: 'Passed', ru: 'Тест сдан' } },
  ],
}
