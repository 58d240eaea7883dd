/**
 * The Prague Process mark, drawn here (no third-party artwork): a stone arch, as in the
 * bridges and gates of Prague, whose voussoirs are held together by a golden keystone: the
 * dialogue that holds the partnership together. Standing on its two piers the arch also
 * reads as «П», the initial of «Пражский процесс».
 *
 * The geometry lives on a 64-unit square and is computed once here; the React components
 * (Wordmark, Mark, the admin graphics) and scripts/make-brand-images.mts (favicon, touch
 * icon, social images) all draw from it, so there is one definition of the mark.
 */

/** The site's palette (src/app/(frontend)/styles.css: --brand, --brand-2, --accent). */
export const brandColors = {
  brand: '#0b3d6b',
  brand2: '#1d5a9e',
  accent: '#f5b800',
  white: '#ffffff',
} as const

/** The side of the square the mark is drawn on. */
export const markSize = 64

export type TMarkTone = 'brand' | 'inverse'

export type TMarkGeometry = {
  /** The rounded square behind the arch (left out on a dark ground: see markColors). */
  ground: { x: number; y: number; width: number; height: number; rx: number }
  /** Voussoirs, piers and plinth, as one path. */
  stone: string
  /** The keystone, as one path. */
  keystone: string
}

const round = (value: number) => Math.round(value * 100) / 100
const fmt = (value: number) => String(round(value))

/** A point at `angle` degrees (counter-clockwise from 3 o'clock) on a circle, in SVG axes (y down). */
function polar(cx: number, cy: number, r: number, angle: number): [number, number] {
  const a = (angle * Math.PI) / 180
  return [cx + r * Math.cos(a), cy - r * Math.sin(a)]
}

/** An annular sector between radii `ri` and `ro` from angle `from` down to `to` (clockwise). */
function sector(cx: number, cy: number, ri: number, ro: number, from: number, to: number): string {
  const [x1, y1] = polar(cx, cy, ro, from)
  const [x2, y2] = polar(cx, cy, ro, to)
  const [x3, y3] = polar(cx, cy, ri, to)
  const [x4, y4] = polar(cx, cy, ri, from)
  return `M${fmt(x1)} ${fmt(y1)}A${ro} ${ro} 0 0 1 ${fmt(x2)} ${fmt(y2)}L${fmt(x3)} ${fmt(y3)}A${ri} ${ri} 0 0 0 ${fmt(x4)} ${fmt(y4)}Z`
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const rect = (x: number, y: number, width: number, height: number) => `M${x} ${y}H${x + width}V${y + height}H${x}Z`

/** Computes the mark (pure; the same numbers every time). */
export function markGeometry(): TMarkGeometry {
  const cx = 32
  const cy = 33 // springing line of the arch
  const inner = 11 // intrados
  const outer = 19 // extrados
  const joint = 1.4 // the gap between two stones, in units
  const keyHalf = 10 // half the keystone's angle, in degrees
  const perSide = 3 // voussoirs on each side of the keystone
  const jointDeg = ((joint / ((inner + outer) / 2)) * 180) / Math.PI
  const step = (90 - keyHalf - jointDeg) / perSide

  const parts: string[] = []
  for (let i = 0; i < perSide; i++) {
    const from = 180 - i * step
    const to = from - step + (i < perSide - 1 ? jointDeg : 0)
    parts.push(sector(cx, cy, inner, outer, from, to)) // left side
    parts.push(sector(cx, cy, inner, outer, 180 - to, 180 - from)) // its mirror image
  }
  // Piers under the arch's feet (reaching half a unit into it, so that no seam shows), and
  // the plinth they stand on.
  parts.push(rect(cx - outer, cy - 0.5, outer - inner, 13.5))
  parts.push(rect(cx + inner, cy - 0.5, outer - inner, 13.5))
  parts.push(rect(9, 47.5, 46, 4))

  // The keystone: a wedge slightly deeper than the ring, so that it stands out above it.
  const [ax, ay] = polar(cx, cy, outer + 2, 90 + keyHalf)
  const [bx, by] = polar(cx, cy, outer + 2, 90 - keyHalf)
  const [kx, ky] = polar(cx, cy, inner - 1, 90 - keyHalf * 0.8)
  const [lx, ly] = polar(cx, cy, inner - 1, 90 + keyHalf * 0.8)
  const keystone = `M${fmt(ax)} ${fmt(ay)}L${fmt(bx)} ${fmt(by)}L${fmt(kx)} ${fmt(ky)}L${fmt(lx)} ${fmt(ly)}Z`

  return { ground: { x: 0, y: 0, width: markSize, height: markSize, rx: 12 }, stone: parts.join(''), keystone }
}

/**
 * The colours of the mark. `brand`: a blue square with a white arch, for light grounds.
 * `inverse`: no square, for a ground that is already the brand blue (the site header).
 */
export function markColors(tone: TMarkTone): { ground: string | null; stone: string; keystone: string } {
  return tone === 'inverse'
    ? { ground: null, stone: brandColors.white, keystone: brandColors.accent }
    : { ground: brandColors.brand, stone: brandColors.white, keystone: brandColors.accent }
}

/** The mark's shapes as SVG markup (no outer <svg>), for the favicon and the generated images. */
export function markSvgShapes(tone: TMarkTone = 'brand', { square = false }: { square?: boolean } = {}): string {
  const g = markGeometry()
  const c = markColors(tone)
  const ground = c.ground
    ? `<rect x="${g.ground.x}" y="${g.ground.y}" width="${g.ground.width}" height="${g.ground.height}"${square ? '' : ` rx="${g.ground.rx}"`} fill="${c.ground}"/>`
    : ''
  return `${ground}<path fill="${c.stone}" d="${g.stone}"/><path fill="${c.keystone}" d="${g.keystone}"/>`
}

/** A standalone SVG document of the mark (public/favicon.svg is this, written by the script). */
export function markSvgDocument(options: { title?: string; size?: number; tone?: TMarkTone; square?: boolean } = {}): string {
  const { title, size, tone = 'brand', square = false } = options
  const dims = size ? ` width="${size}" height="${size}"` : ''
  const label = title ? `<title>${escapeXml(title)}</title>` : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${markSize} ${markSize}"${dims}>${label}${markSvgShapes(tone, { square })}</svg>\n`
}
