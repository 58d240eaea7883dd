import { useId, type CSSProperties } from 'react'
import type { Locale } from '@/i18n/locales'
import { euFundingText } from './brand-text'
import { euColors, euEmblem, euStarsPath } from './eu-emblem'

/** Typefaces the EU allows next to its emblem (Arial first; Liberation Sans is Arial's metric twin on Linux). */
export const euFontFamily = "Arial, Calibri, Ubuntu, Tahoma, Verdana, 'Trebuchet MS', 'Liberation Sans', sans-serif"

/** The statement's colour, by ground: reflex blue, black or white are the only ones allowed. */
export type TEuTone = 'black' | 'blue' | 'white'
const textColors: Record<TEuTone, string> = { black: '#000000', blue: euColors.reflexBlue, white: euColors.white }

type EmblemProps = {
  locale: Locale
  /** The height of the blue rectangle, in px; the width is one and a half times that. */
  height?: number
  /** A white border 1/25 of the height wide, for grounds other than white. */
  border?: boolean
}

/** The European emblem (the EU flag) as an accessible inline SVG, drawn to the EU's geometry. */
export function EuEmblem({ locale, height = 48, border = false }: EmblemProps) {
  const id = useId()
  const e = euEmblem()
  const b = border ? e.border : 0
  const scale = height / e.height
  const titleId = `${id}-title`
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${-b} ${-b} ${e.width + 2 * b} ${e.height + 2 * b}`}
      width={round((e.width + 2 * b) * scale)}
      height={round((e.height + 2 * b) * scale)}
      role="img"
      aria-labelledby={titleId}
      lang={locale}
      style={{ flex: 'none', display: 'block' }}
    >
      <title id={titleId}>{euFundingText[locale].flag}</title>
      {border ? <rect x={-b} y={-b} width={e.width + 2 * b} height={e.height + 2 * b} fill={euColors.white} /> : null}
      <rect width={e.width} height={e.height} fill={euColors.reflexBlue} />
      <path fill={euColors.yellow} d={euStarsPath(e)} />
    </svg>
  )
}

type NoticeProps = {
  locale: Locale
  /** The height of the emblem's rectangle in px (the statement is sized from it). */
  height?: number
  /** `black` or `blue` on light grounds; `white` on dark ones (the emblem then gets its white border). */
  tone?: TEuTone
  className?: string
}

/**
 * "Funded by the European Union" / «Финансируется Европейским союзом» as the EU asks it to
 * be shown: the emblem on the left, the statement beside it (never over it) in a plain
 * typeface (no italics, underline or effects), sized in proportion to the emblem.
 */
export function EuFundingNotice({ locale, height = 48, tone = 'black', className }: NoticeProps) {
  const [first, second] = euFundingText[locale].funded
  const text: CSSProperties = {
    fontFamily: euFontFamily,
    fontSize: `${round(height * 0.3)}px`,
    lineHeight: 1.2,
    fontWeight: 400,
    fontStyle: 'normal',
    textDecoration: 'none',
    letterSpacing: 'normal',
    textTransform: 'none',
    color: textColors[tone],
  }
  return (
    <div
      className={className}
      lang={locale}
      style={{ display: 'inline-flex', alignItems: 'center', gap: `${round(height * 0.25)}px` }}
    >
      <EuEmblem locale={locale} height={height} border={tone === 'white'} />
      <p style={{ ...text, margin: 0 }}>
        <span style={{ display: 'block' }}>{first}</span> <span style={{ display: 'block' }}>{second}</span>
      </p>
    </div>
  )
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
