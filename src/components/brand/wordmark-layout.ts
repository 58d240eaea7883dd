import type { Locale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import { markSize } from './mark'

/** The wordmark is set in the site's own font stack (styles.css), so it matches the pages around it. */
export const wordmarkFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif"

/**
 * Advance widths (em) of bold capitals: the wider of DejaVu Sans Bold and Noto Sans Bold, the
 * widest fonts the stack falls back to (measured once with librsvg). Each line of the
 * wordmark gets a textLength from these with lengthAdjust="spacing", so the wordmark has the
 * same width in every font: a narrower font is letter-spaced a little more, never squeezed.
 */
const advances: Record<string, number> = {
  A: 0.78, B: 0.76, C: 0.74, D: 0.83, E: 0.68, F: 0.68, G: 0.82, H: 0.84, I: 0.39, J: 0.37, K: 0.78, L: 0.64, M: 1,
  N: 0.84, O: 0.85, P: 0.73, Q: 0.85, R: 0.77, S: 0.72, T: 0.68, U: 0.81, V: 0.78, W: 1.11, X: 0.77, Y: 0.73, Z: 0.73,
  А: 0.78, Б: 0.76, В: 0.76, Г: 0.64, Д: 0.89, Е: 0.68, Ё: 0.68, Ж: 1.23, З: 0.71, И: 0.84, Й: 0.84, К: 0.82, Л: 0.83,
  М: 1, Н: 0.84, О: 0.85, П: 0.84, Р: 0.73, С: 0.74, Т: 0.68, У: 0.77, Ф: 0.99, Х: 0.77, Ц: 0.93, Ч: 0.81, Ш: 1.24,
  Щ: 1.33, Ъ: 0.94, Ы: 1.04, Ь: 0.76, Э: 0.74, Ю: 1.18, Я: 0.77, ' ': 0.35,
}
const unknownAdvance = 1
/** The least letter-spacing (em), reached in the widest font. */
const tracking = 0.02

/** The width (in user units) that `text` in bold capitals takes at most at `fontSize`. */
export function capsWidth(text: string, fontSize: number): number {
  const chars = [...text]
  const sum = chars.reduce((total, ch) => total + (advances[ch] ?? unknownAdvance), 0)
  return Math.ceil((sum + tracking * Math.max(0, chars.length - 1)) * fontSize)
}

/** Splits a name into two lines at the space nearest its middle ("Prague" / "Process"). */
export function splitName(name: string): [string] | [string, string] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index)
  if (spaces.length === 0) return [name]
  const middle = name.length / 2
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best))
  return [name.slice(0, at), name.slice(at + 1)]
}

export type TWordmarkLayout = {
  /** The name as written in the catalog: the image's accessible name. */
  name: string
  width: number
  height: number
  fontSize: number
  textX: number
  lines: { text: string; y: number; length: number }[]
}

const fontSize = 25
const textX = markSize + 13
/** Baselines: the two lines of capitals fill the square's height, less a margin like the arch's. */
const baselines = [27.6, 54.6]

/** Where everything in the wordmark goes, for a language (the name comes from the message catalog). */
export function wordmarkLayout(locale: Locale): TWordmarkLayout {
  const name = translate(locale, 'site.name')
  const parts = splitName(name.toLocaleUpperCase(locale))
  const lines = parts.map((text, i) => ({
    text,
    // One line alone sits in the middle of the mark.
    y: parts.length === 1 ? 40 : baselines[i],
    length: capsWidth(text, fontSize),
  }))
  const width = textX + Math.max(...lines.map((l) => l.length)) + 2
  return { name, width, height: markSize, fontSize, textX, lines }
}
