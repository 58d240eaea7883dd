/**
 * Quiz grading, on the server only: the browser is sent the questions and their options
 * (in the attempt's shuffled order, by opaque keys), never which are correct. Pure functions,
 * so the rules are the same for the form, the API and the tests.
 */
export const questionKinds = ['single', 'multiple', 'true-false', 'short', 'matching'] as const
export type TQuestionKind = (typeof questionKinds)[number]

export type TQuestion =
  | { id: number; kind: 'single' | 'true-false'; options: { key: string; correct: boolean }[] }
  | { id: number; kind: 'multiple'; options: { key: string; correct: boolean }[] }
  | { id: number; kind: 'short'; accepted: string[] }
  | { id: number; kind: 'matching'; pairs: { key: string; match: string }[] }

/** What a learner answered: option keys, a typed text, or for matching each left key's chosen right key. */
export type TAnswer = { keys?: string[]; text?: string; matches?: Record<string, string> }

/** A typed answer compared as people mean it: case, surrounding and repeated spaces, ё/е and quotes do not matter. */
export function normaliseShortAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The share of one question a learner earned, from 0 to 1: single choice and true/false all
 * or nothing; multiple choice all or nothing too (every correct option and no other, so that
 * ticking everything earns nothing); a short answer when it matches an accepted one; matching
 * by the share of pairs matched.
 */
export function gradeQuestion(question: TQuestion, answer: TAnswer | undefined): number {
  if (!answer) return 0
  switch (question.kind) {
    case 'single':
    case 'true-false': {
      const chosen = answer.keys ?? []
      return chosen.length === 1 && question.options.some((o) => o.key === chosen[0] && o.correct) ? 1 : 0
    }
    case 'multiple': {
      const chosen = new Set(answer.keys ?? [])
      const correct = question.options.filter((o) => o.correct).map((o) => o.key)
      return chosen.size === correct.length && correct.every((k) => chosen.has(k)) ? 1 : 0
    }
    case 'short': {
      const typed = normaliseShortAnswer(answer.text ?? '')
      return typed !== '' && question.accepted.some((a) => normaliseShortAnswer(a) === typed) ? 1 : 0
    }
    case 'matching': {
      if (!question.pairs.length) return 0
      const right = question.pairs.filter((p) => answer.matches?.[p.key] === p.match).length
      return right / question.pairs.length
    }
  }
}

/** An attempt's score in per cent (rounded down, so a pass is never rounded up) and whether it passes. */
export function gradeAttempt(questions: readonly TQuestion[], answers: Record<number, TAnswer>, passMark: number): { score: number; passed: boolean; earned: number[] } {
  const earned = questions.map((q) => gradeQuestion(q, answers[q.id]))
  const score = questions.length ? Math.floor((100 * earned.reduce((a, b) => a + b, 0)) / questions.length) : 0
  return { score, passed: score >= passMark, earned }
}

/** A seeded shuffle (Fisher–Yates with a small PRNG): the same attempt shows the same order every time it is opened. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed >>> 0 || 1
  const next = () => {
    // xorshift32: enough to vary an order; nothing secret depends on it.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 0x1_0000_0000
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Whether an answer still counts: submitted before the attempt's deadline (with a few seconds for the network). */
export function inTime(deadline: Date | undefined, submittedAt: Date, graceMs = 5000): boolean {
  return !deadline || submittedAt.getTime() <= deadline.getTime() + graceMs
}
