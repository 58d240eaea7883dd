import { useId } from 'react'
import type { Locale } from '@/i18n/locales'
import { brandColors, markColors, markGeometry } from './mark'
import { wordmarkFontFamily, wordmarkLayout } from './wordmark-layout'

export type TWordmarkTone = 'brand' | 'inverse' | 'currentColor'

type Props = {
  locale: Locale
  /**
   * `brand` (default): for light grounds, the name in the brand blue.
   * `inverse`: for the brand-blue ground (the site header), the arch and the name in white.
   * `currentColor`: the name in the surrounding text colour (the admin, light or dark theme).
   */
  tone?: TWordmarkTone
  /** CSS height; the width follows from the aspect ratio. 40 px suits the header. */
  height?: number
  className?: string
}

/**
 * The Prague Process wordmark: the mark and the name in capitals on two lines, as one inline,
 * accessible SVG (role="img", named by a localized <title>). Vector all through, so it is
 * crisp at any size; the name is SVG text in the site's fonts.
 */
export function Wordmark({ locale, tone = 'brand', height = 40, className }: Props) {
  const id = useId()
  const layout = wordmarkLayout(locale)
  const g = markGeometry()
  const c = markColors(tone === 'inverse' ? 'inverse' : 'brand')
  const textFill = tone === 'inverse' ? brandColors.white : tone === 'currentColor' ? 'currentColor' : brandColors.brand
  const titleId = `${id}-title`
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      height={height}
      width={Math.round((height * layout.width) / layout.height * 100) / 100}
      role="img"
      aria-labelledby={titleId}
      lang={locale}
      className={className}
    >
      <title id={titleId}>{layout.name}</title>
      {c.ground ? <rect {...g.ground} fill={c.ground} /> : null}
      <path fill={c.stone} d={g.stone} />
      <path fill={c.keystone} d={g.keystone} />
      <g fill={textFill} fontFamily={wordmarkFontFamily} fontSize={layout.fontSize} fontWeight={700}>
        {layout.lines.map((line) => (
          <text key={line.text} x={layout.textX} y={line.y} textLength={line.length} lengthAdjust="spacing">
            {line.text}
          </text>
        ))}
      </g>
    </svg>
  )
}

