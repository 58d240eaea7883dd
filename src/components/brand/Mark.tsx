import { useId } from 'react'
import { markColors, markGeometry, markSize, type TMarkTone } from './mark'

type Props = {
  /** The accessible name; without one the mark is decorative (aria-hidden), e.g. next to a text that names it. */
  title?: string
  tone?: TMarkTone
  /** CSS height (the width follows: the mark is square); 100% fills its box. */
  size?: number | string
  className?: string
}

/** The Prague Process mark alone (the arch in its square): favicons, the admin nav, tight spaces. */
export function Mark({ title, tone = 'brand', size = 40, className }: Props) {
  const id = useId()
  const g = markGeometry()
  const c = markColors(tone)
  const titleId = `${id}-title`
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${markSize} ${markSize}`}
      width={size}
      height={size}
      className={className}
      {...(title ? { role: 'img', 'aria-labelledby': titleId } : { 'aria-hidden': true, focusable: 'false' })}
    >
      {title ? <title id={titleId}>{title}</title> : null}
      {c.ground ? <rect {...g.ground} fill={c.ground} /> : null}
      <path fill={c.stone} d={g.stone} />
      <path fill={c.keystone} d={g.keystone} />
    </svg>
  )
}
