/**
 * The European emblem, computed from its geometric description in the EU's visual identity
 * rules (Interinstitutional Style Guide, "Graphical specifications for the European emblem"):
 *
 * - a blue rectangle whose width is one and a half times its height (3:2);
 * - twelve gold stars, equally spaced on an invisible circle whose centre is where the
 *   rectangle's diagonals cross and whose radius is one third of the height;
 * - each star has five points on the circumference of an invisible circle whose radius is
 *   one eighteenth of the height; every star is upright, one point straight up and two on
 *   a line at right angles to the flagpole (horizontal); the stars stand like the hours on
 *   a clock face;
 * - colours: Pantone Reflex Blue for the rectangle, Pantone Yellow for the stars, whose
 *   web equivalents are #003399 and #FFCC00.
 *
 * On a ground other than white the rectangle gets a white border 1/25 of its height wide.
 */

export const euColors = { reflexBlue: '#003399', yellow: '#FFCC00', white: '#FFFFFF' } as const

export type TEuStar = { cx: number; cy: number; points: [number, number][] }
export type TEuEmblem = {
  width: number
  height: number
  centre: [number, number]
  /** The radius of the circle the stars stand on. */
  circleRadius: number
  /** The radius of the circle each star's points lie on. */
  starRadius: number
  /** Twelve stars, from 12 o'clock clockwise. */
  stars: TEuStar[]
  /** The width of the white border on coloured grounds. */
  border: number
}

/** The inner radius of a regular five-pointed star (pentagram outline) as a share of its outer radius. */
export const starInnerRatio = Math.cos((72 * Math.PI) / 180) / Math.cos((36 * Math.PI) / 180)

/** A five-pointed star's outline, starting with the upright point, alternating outer and inner vertices. */
function starOutline(cx: number, cy: number, r: number): [number, number][] {
  const points: [number, number][] = []
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * starInnerRatio
    const angle = (-90 + i * 36) * (Math.PI / 180) // -90°: straight up in SVG's y-down axes
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)])
  }
  return points
}

/** The emblem for a rectangle `height` units high (180 gives whole numbers: 270 × 180, circle 60, stars 10). */
export function euEmblem(height = 180): TEuEmblem {
  const width = height * 1.5
  const centre: [number, number] = [width / 2, height / 2]
  const circleRadius = height / 3
  const starRadius = height / 18
  const stars = Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * 30 * Math.PI) / 180 // clockwise from 12 o'clock
    const cx = centre[0] + circleRadius * Math.sin(angle)
    const cy = centre[1] - circleRadius * Math.cos(angle)
    return { cx, cy, points: starOutline(cx, cy, starRadius) }
  })
  return { width, height, centre, circleRadius, starRadius, stars, border: height / 25 }
}

const fmt = (value: number) => String(Math.round(value * 1000) / 1000)

/** SVG path data for all twelve stars. */
export function euStarsPath(emblem: TEuEmblem): string {
  return emblem.stars.map((s) => `M${s.points.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}Z`).join('')
}
