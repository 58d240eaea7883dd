import { IntlMessageFormat } from 'intl-messageformat'

/** What a letter's wording may name: the participant's passport facts and the meeting. */
export const letterPlaceholders = ['name', 'dateOfBirth', 'nationality', 'passportNumber', 'event', 'dates', 'place', 'host'] as const
export type TLetterValues = Record<(typeof letterPlaceholders)[number], string>

/**
 * Why a template cannot be used, or undefined: a placeholder the letter does not know, or
 * braces that are not a placeholder (the text is an ICU message, so a stray brace breaks it).
 */
export function templateProblem(text: string): { kind: 'unknown'; name: string } | { kind: 'syntax' } | undefined {
  if (!text.trim()) return undefined
  for (const match of text.matchAll(/\{\s*([^{},\s]+)[^{}]*\}/g)) {
    if (!(letterPlaceholders as readonly string[]).includes(match[1])) return { kind: 'unknown', name: match[1].slice(0, 40) }
  }
  try {
    new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).format(Object.fromEntries(letterPlaceholders.map((p) => [p, p])))
    return undefined
  } catch {
    return { kind: 'syntax' }
  }
}

/** The template filled in; the values are plain text (a PDF draws them, nothing interprets them). */
export function fillTemplate(text: string, locale: string, values: TLetterValues): string {
  return String(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).format(values))
}
