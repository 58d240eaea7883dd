import crypto from 'node:crypto'
import type { Payload, Where } from 'payload'
import { inRequestTransaction } from '@/server/db/transaction'
import { locales, type Locale } from '@/i18n/locales'
import type { Lesson, Question, QuizAttempt, User } from '@/payload-types'
import { relationId } from '@/server/registrations/allocation'
import { sql, sqlInRequest } from '@/server/search-index/raw-sql'
import { lessonForLearner, recordLessonDone, type TLearningResult } from './learning'
import { gradeAttempt, inTime, shuffled, type TAnswer, type TQuestion } from './quiz-grading'

/** The questions an attempt drew, in the order shown, each with the order of its options (or of a matching's right column). */
export type TDrawn = { id: number; order: string[] }[]

export type TQuizSettings = { bank: number[]; draw?: number; passMark: number; attempts?: number; minutes?: number; shuffle: boolean }

/** The limits of what one answer may hold: a short answer's length, a question's options. */
const maxTextLength = 500

export function quizSettingsOf(lesson: Pick<Lesson, 'quiz'>): TQuizSettings {
  const quiz = lesson.quiz
  const positive = (n: number | null | undefined) => (typeof n === 'number' && n > 0 ? n : undefined)
  return {
    bank: (quiz?.questions ?? []).map((q) => relationId(q)).filter((id): id is number => id !== undefined),
    draw: positive(quiz?.draw),
    passMark: typeof quiz?.passMark === 'number' ? quiz.passMark : 70,
    attempts: positive(quiz?.attempts),
    minutes: positive(quiz?.minutes),
    shuffle: quiz?.shuffle !== false,
  }
}

const acceptedLines = (text: string | null | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean)

/** A bank question as the grader reads it; short answers accept what either language's version accepts. */
export function gradable(question: Question, alsoAccepted: string[] = []): TQuestion {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { id: question.id, kind: question.kind, options: (question.options ?? []).map((o) => ({ key: o.id ?? '', correct: Boolean(o.correct) })) }
    case 'true-false':
      return { id: question.id, kind: 'true-false', options: [{ key: 'true', correct: Boolean(question.isTrue) }, { key: 'false', correct: !question.isTrue }] }
    case 'short':
      return { id: question.id, kind: 'short', accepted: [...acceptedLines(question.accepted), ...alsoAccepted] }
    case 'matching':
      return { id: question.id, kind: 'matching', pairs: (question.pairs ?? []).map((p) => ({ key: p.id ?? '', match: p.id ?? '' })) }
  }
}

/** The keys a question's answer chooses among, in authored order (true/false has its own two). */
function keysOf(question: Question): string[] {
  if (question.kind === 'true-false') return ['true', 'false']
  if (question.kind === 'matching') return (question.pairs ?? []).map((p) => p.id ?? '')
  if (question.kind === 'short') return []
  return (question.options ?? []).map((o) => o.id ?? '')
}

/**
 * Draws an attempt's questions from the bank: shuffled (by the attempt's seed) or in bank
 * order, N of them or all; each question's options shuffled too. A matching's right column is
 * always shuffled, or it would line up with its left.
 */
export function drawQuestions(bank: readonly Question[], settings: Pick<TQuizSettings, 'draw' | 'shuffle'>, seed: number): TDrawn {
  const ordered = settings.shuffle ? shuffled(bank, seed) : [...bank]
  return ordered.slice(0, settings.draw ?? ordered.length).map((q) => {
    const keys = keysOf(q)
    const shuffleOptions = q.kind === 'matching' || (settings.shuffle && q.kind !== 'true-false')
    return { id: q.id, order: shuffleOptions ? shuffled(keys, seed ^ q.id) : keys }
  })
}

export function drawnOf(attempt: Pick<QuizAttempt, 'drawn'>): TDrawn {
  return Array.isArray(attempt.drawn) ? (attempt.drawn as TDrawn).filter((d) => typeof d?.id === 'number' && Array.isArray(d.order)) : []
}

/**
 * The answers in a submitted form, for the attempt's own questions only: a key a question does
 * not have is dropped, a typed answer is cut to its limit. Field names: `q<id>` (a choice, several
 * choices, or a text) and `q<id>-<left key>` (a matching's choice for one item, by its place).
 */
export function answersFromForm(form: FormData, drawn: TDrawn, kinds: Map<number, Question['kind']>): Record<number, TAnswer> {
  const answers: Record<number, TAnswer> = {}
  for (const { id, order } of drawn) {
    const kind = kinds.get(id)
    const allowed = new Set(order)
    const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string')
    if (kind === 'short') {
      const text = strings(`q${id}`)[0]?.slice(0, maxTextLength)
      if (text?.trim()) answers[id] = { text }
    } else if (kind === 'matching') {
      const matches: Record<string, string> = {}
      for (const left of order) {
        const chosen = rightOfChoice(order, strings(`q${id}-${left}`)[0])
        if (chosen) matches[left] = chosen
      }
      if (Object.keys(matches).length) answers[id] = { matches }
    } else if (kind) {
      const keys = [...new Set(strings(`q${id}`).filter((k) => allowed.has(k)))]
      if (keys.length) answers[id] = { keys: kind === 'multiple' ? keys : keys.slice(0, 1) }
    }
  }
  return answers
}

/**
 * A matching's right column goes to the page keyed by its place in the attempt's shuffled order,
 * never by its pair: the left items carry the pair keys, so the same key on the right would
 * give every answer away in the HTML. The place maps back to the pair only here.
 */
function rightOfChoice(order: readonly string[], chosen: string | undefined): string | undefined {
  if (!chosen || !/^\d{1,3}$/.test(chosen)) return undefined
  return order[Number(chosen)]
}

async function questionsById(payload: Payload, ids: number[], locale: Locale): Promise<Map<number, Question>> {
  if (!ids.length) return new Map()
  const found = await payload.find({ collection: 'questions', where: { id: { in: ids } }, locale, depth: 0, pagination: false, limit: ids.length, overrideAccess: true })
  return new Map(found.docs.map((q) => [q.id, q]))
}

/** The bank a quiz draws from: the questions it lists, or else every question of its course. */
async function bankOf(payload: Payload, courseId: number, settings: TQuizSettings): Promise<Question[]> {
  const where: Where = settings.bank.length ? { and: [{ id: { in: settings.bank } }, { course: { equals: courseId } }] } : { course: { equals: courseId } }
  const found = await payload.find({ collection: 'questions', where, depth: 0, pagination: false, limit: 1000, sort: 'id', overrideAccess: true, select: { kind: true, options: true, pairs: true } })
  return found.docs as Question[]
}

export type TAttemptState = 'open' | 'submitted' | 'expired'

/** An open attempt whose time ran out counts as used, scored nothing; it is never graded late. */
export function attemptState(attempt: Pick<QuizAttempt, 'status' | 'deadline'>, now: Date): TAttemptState {
  if (attempt.status === 'submitted') return 'submitted'
  return inTime(attempt.deadline ? new Date(attempt.deadline) : undefined, now) ? 'open' : 'expired'
}

export type TQuizOverview = {
  settings: TQuizSettings
  attempts: (QuizAttempt & { state: TAttemptState })[]
  open?: QuizAttempt
  best?: number
  passed: boolean
  /** Attempts left, or undefined when there is no limit. */
  left?: number
}

export async function quizOverview(payload: Payload, userId: number, lesson: Lesson, now = new Date()): Promise<TQuizOverview> {
  const settings = quizSettingsOf(lesson)
  const found = await payload.find({ collection: 'quiz-attempts', where: { and: [{ user: { equals: userId } }, { lesson: { equals: lesson.id } }] }, depth: 0, pagination: false, limit: 1000, sort: 'number', overrideAccess: true })
  const attempts = found.docs.map((a) => ({ ...a, state: attemptState(a, now) }))
  const scores = attempts.filter((a) => a.state === 'submitted').map((a) => a.score ?? 0)
  return {
    settings,
    attempts,
    open: attempts.find((a) => a.state === 'open'),
    best: scores.length ? Math.max(...scores) : undefined,
    passed: attempts.some((a) => a.state === 'submitted' && a.passed),
    left: settings.attempts === undefined ? undefined : Math.max(0, settings.attempts - attempts.length),
  }
}

/**
 * Starts an attempt (or returns the one still open): within the attempt limit, its questions
 * drawn and fixed now, its deadline set by the server when the quiz has a time limit.
 */
export async function startQuiz(payload: Payload, user: User | null, courseSlug: string, lessonSlug: string, now = new Date()): Promise<TLearningResult<QuizAttempt>> {
  const access = await lessonForLearner(payload, user, courseSlug, lessonSlug, 'en')
  if (!access.ok) return access
  const { course, lesson } = access.value
  if (lesson.kind !== 'quiz') return { ok: false, error: 'not-found' }
  const overview = await quizOverview(payload, user!.id, lesson, now)
  if (overview.open) return { ok: true, value: overview.open }
  if (overview.left === 0) return { ok: false, error: 'no-attempts' }
  const bank = await bankOf(payload, course.id, overview.settings)
  if (!bank.length) return { ok: false, error: 'not-found' }
  const seed = crypto.randomInt(1, 2 ** 31)
  const drawn = drawQuestions(bank, overview.settings, seed)
  const deadline = overview.settings.minutes ? new Date(now.getTime() + overview.settings.minutes * 60_000).toISOString() : undefined
  try {
    const attempt = await payload.create({ collection: 'quiz-attempts', data: { user: user!.id, course: course.id, lesson: lesson.id, number: overview.attempts.length + 1, drawn, deadline, status: 'open' }, overrideAccess: true, depth: 0 })
    return { ok: true, value: attempt }
  } catch (error) {
    // Two starts at once: the unique number keeps one attempt, and the other takes it.
    const raced = await quizOverview(payload, user!.id, lesson, now)
    if (raced.open) return { ok: true, value: raced.open }
    throw error
  }
}

export type TSubmitted = { score: number; passed: boolean; courseCompleted: boolean; number: number }

/**
 * Grades an attempt once, on the server. A submitted attempt stays as it was (a second submit,
 * from a second tab or a replayed form, changes nothing); an answer after the time limit is
 * refused and changes nothing. Passing marks the quiz done, and may complete the course, in
 * the same transaction.
 */
export async function submitQuiz(payload: Payload, user: User | null, courseSlug: string, lessonSlug: string, number: number, form: FormData, now = new Date()): Promise<TLearningResult<TSubmitted>> {
  const access = await lessonForLearner(payload, user, courseSlug, lessonSlug, 'en')
  if (!access.ok) return access
  const { course, lesson, enrollment } = access.value
  if (lesson.kind !== 'quiz') return { ok: false, error: 'not-found' }
  const found = await payload.find({ collection: 'quiz-attempts', where: { and: [{ user: { equals: user!.id } }, { lesson: { equals: lesson.id } }, { number: { equals: number } }] }, depth: 0, limit: 1, overrideAccess: true })
  const attempt = found.docs[0]
  if (!attempt) return { ok: false, error: 'not-found' }
  const state = attemptState(attempt, now)
  if (state === 'submitted') return { ok: false, error: 'already-submitted' }
  if (state === 'expired') return { ok: false, error: 'time-up' }
  const drawn = drawnOf(attempt)
  const ids = drawn.map((d) => d.id)
  const versions = await Promise.all(locales.map((l) => questionsById(payload, ids, l)))
  const questions = ids.map((id) => versions[0].get(id)).filter((q): q is Question => Boolean(q))
  const answers = answersFromForm(form, drawn, new Map(questions.map((q) => [q.id, q.kind])))
  const graded = questions.map((q) => gradable(q, versions.slice(1).flatMap((v) => acceptedLines(v.get(q.id)?.accepted))))
  const { score, passed } = gradeAttempt(graded, answers, quizSettingsOf(lesson).passMark)
  const outcome = await inRequestTransaction(payload, async (req) => {
    // Claims the attempt: of two submits at once only one finds it open (on PostgreSQL the
    // second waits for the first's row lock, then sees it submitted).
    const tx = await sqlInRequest(req)
    const claimed = await tx.queryRows(sql`UPDATE quiz_attempts SET status = 'submitted' WHERE id = ${attempt.id} AND status = 'open' RETURNING id`)
    if (!claimed.length) return undefined
    await payload.update({ collection: 'quiz-attempts', id: attempt.id, data: { status: 'submitted', submittedAt: now.toISOString(), answers, score, passed }, overrideAccess: true, depth: 0, req })
    const courseCompleted = passed ? await recordLessonDone(payload, req, user!.id, course, lesson.id, enrollment) : false
    return { score, passed, courseCompleted, number }
  })
  return outcome ? { ok: true, value: outcome } : { ok: false, error: 'already-submitted' }
}

export type TQuestionView = {
  id: number
  kind: Question['kind']
  prompt: string
  /** Choices in the attempt's order, by opaque key (a matching's by place): never whether they are right. */
  choices: { key: string; text: string }[]
  /** A matching's left column (authored order); `choices` is its right column. */
  items: { key: string; text: string }[]
}

/**
 * What the quiz form shows: each drawn question with its choices in the attempt's order.
 * Built field by field, so that nothing about the correct answers can reach the page.
 */
export async function attemptQuestions(payload: Payload, attempt: Pick<QuizAttempt, 'drawn'>, locale: Locale, labels: { true: string; false: string }): Promise<TQuestionView[]> {
  const drawn = drawnOf(attempt)
  const byId = await questionsById(payload, drawn.map((d) => d.id), locale)
  return drawn.flatMap(({ id, order }) => {
    const q = byId.get(id)
    if (!q) return []
    const textOf = new Map<string, string>(
      q.kind === 'true-false' ? [['true', labels.true], ['false', labels.false]] : q.kind === 'matching' ? (q.pairs ?? []).map((p) => [p.id ?? '', p.right]) : (q.options ?? []).map((o) => [o.id ?? '', o.text]),
    )
    return [{
      id,
      kind: q.kind,
      prompt: q.prompt,
      choices: order.flatMap((key, place) => (textOf.has(key) ? [{ key: q.kind === 'matching' ? String(place) : key, text: textOf.get(key)! }] : [])),
      items: q.kind === 'matching' ? (q.pairs ?? []).map((p) => ({ key: p.id ?? '', text: p.left })) : [],
    }]
  })
}

export type TFeedback = { id: number; prompt: string; earned: number; yours: string[]; correct?: string[]; explanation?: string }

/**
 * The feedback on a submitted attempt: per question what the learner answered, whether it was
 * right, and the explanation; the correct answers themselves only when `reveal` (the quiz
 * passed, or no attempt left), so that a retake is not a copy of the last feedback.
 */
export async function attemptFeedback(payload: Payload, attempt: QuizAttempt, locale: Locale, labels: { true: string; false: string }, reveal: boolean): Promise<TFeedback[]> {
  const drawn = drawnOf(attempt)
  const byId = await questionsById(payload, drawn.map((d) => d.id), locale)
  const answers = (attempt.answers && typeof attempt.answers === 'object' ? attempt.answers : {}) as Record<number, TAnswer>
  return drawn.flatMap(({ id }) => {
    const q = byId.get(id)
    if (!q) return []
    const answer = answers[id]
    const grader = gradable(q)
    const { earned } = gradeAttempt([grader], answer ? { [id]: answer } : {}, 0)
    const optionText = (key: string) => (key === 'true' ? labels.true : key === 'false' ? labels.false : q.options?.find((o) => o.id === key)?.text ?? '')
    let yours: string[] = []
    let correct: string[] = []
    if (q.kind === 'short') {
      yours = answer?.text ? [answer.text] : []
      correct = acceptedLines(q.accepted).slice(0, 1)
    } else if (q.kind === 'matching') {
      const pair = (key: string) => q.pairs?.find((p) => p.id === key)
      yours = Object.entries(answer?.matches ?? {}).map(([left, right]) => `${pair(left)?.left ?? ''} — ${pair(right)?.right ?? ''}`)
      correct = (q.pairs ?? []).map((p) => `${p.left} — ${p.right}`)
    } else {
      yours = (answer?.keys ?? []).map(optionText)
      correct = grader.kind === 'short' || grader.kind === 'matching' ? [] : grader.options.filter((o) => o.correct).map((o) => optionText(o.key))
    }
    return [{ id, prompt: q.prompt, earned: earned[0], yours, correct: reveal ? correct : undefined, explanation: q.explanation ?? undefined }]
  })
}
