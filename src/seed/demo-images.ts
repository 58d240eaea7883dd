/**
 * The demo content's images, drawn here in code (nothing downloaded, no third-party
 * artwork): maps of the Prague Process region from the same geometry as the site's map
 * (src/server/map/build-map.ts), and covers for the demo publications in the brand's colours
 * with its mark and wordmark (src/components/brand). sharp turns the SVG into PNG or JPEG;
 * nothing is written to disk here (the seed uploads the buffers as media).
 *
 * Text is rendered by sharp's librsvg and Pango, which need a font with Cyrillic: Noto Sans
 * (Debian: fonts-noto-core), else DejaVu Sans (fonts-dejavu-core), as for
 * scripts/make-brand-images.mts.
 */
import sharp from 'sharp'
import { brandColors, escapeXml, markGeometry, markSvgShapes } from '@/components/brand/mark'
import { wordmarkLayout } from '@/components/brand/wordmark-layout'
import type { Locale } from '@/i18n/locales'
import { buildRegionMap } from '@/server/map/build-map'

export type TDemoImage = { data: Buffer; mimetype: 'image/png' | 'image/jpeg'; name: string; width: number; height: number }

/** The same font stack as the brand images (scripts/make-brand-images.mts). */
const svgFont = "'Noto Sans', 'DejaVu Sans', sans-serif"
/** The same, as a Pango font description (the families, then style and size are appended). */
const pangoFamilies = 'Noto Sans,DejaVu Sans,sans-serif'

/** The map's default colours (src/components/ParticipantsMap/map.css); the highlight is the brand's amber. */
const mapColors = { sea: '#eef3f8', land: '#cfd4da', state: '#1d5a9e', border: '#ffffff', highlight: brandColors.accent, highlightRing: '#0b3868' }

/**
 * The region map as SVG, `width` pixels wide: the participating states (ISO codes) in the
 * map's blue, the `highlight` ones in amber with a dark outline. No text, so one image
 * serves both languages (the alternative text says what it shows).
 */
export function regionMapSvg(states: string[], { highlight = [], width = 1600 }: { highlight?: string[]; width?: number } = {}): string {
  const map = buildRegionMap(states.map((isoCode) => ({ isoCode, name: isoCode, href: '' })))
  const height = Math.round((width * map.height) / map.width)
  const marked = new Set(highlight)
  // Borders 0.8 px wide in the image, as on the site (0.75 px, non-scaling).
  const stroke = Math.round((0.8 * map.width * 1000) / width) / 1000
  const land = map.shapes.filter((s) => !s.participating).map((s) => `<path d="${s.d}"/>`)
  const statePaths = (picked: boolean) =>
    map.shapes
      .filter((s) => s.participating && marked.has(s.isoCode ?? '') === picked)
      .map((s) => `<path d="${s.d}"/>${s.marker ? `<circle cx="${s.marker.cx}" cy="${s.marker.cy}" r="${s.marker.r}" stroke-width="${stroke * 2}"/>` : ''}`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${map.viewBox}">
<rect width="${map.width}" height="${map.height}" fill="${mapColors.sea}"/>
<g fill="${mapColors.land}" stroke="${mapColors.border}" stroke-width="${stroke}" stroke-linejoin="round">${land.join('')}</g>
<g fill="${mapColors.state}" stroke="${mapColors.border}" stroke-width="${stroke}" stroke-linejoin="round">${statePaths(false).join('')}</g>
<g fill="${mapColors.highlight}" stroke="${mapColors.highlightRing}" stroke-width="${stroke * 2}" stroke-linejoin="round">${statePaths(true).join('')}</g>
</svg>`
}

/** The region map as a PNG (a flat drawing: a small palette PNG is sharper and smaller than JPEG). */
export async function renderRegionMap(states: string[], name: string, options: { highlight?: string[] } = {}): Promise<TDemoImage> {
  const { data, info } = await sharp(Buffer.from(regionMapSvg(states, options)))
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 4 })
    .toBuffer({ resolveWithObject: true })
  return { data, mimetype: 'image/png', name, width: info.width, height: info.height }
}

export type TCoverSpec = {
  /** The file name's stem. */
  slug: string
  /** The publication type, in the languages of the title. */
  type: Partial<Record<Locale, string>>
  /** The title in each language the publication is written in; the first language leads. */
  title: Partial<Record<Locale, string>>
  languages: Locale[]
  /** A line at the foot of the cover, in the lead language. */
  footer: Partial<Record<Locale, string>>
}

const cover = { width: 1240, height: 1754, margin: 100 }
const textWidth = cover.width - 2 * cover.margin

const escapePango = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Russian typesetting: a one- or two-letter word (и, в, на…) never ends a line. */
const keepShortWordsWithNext = (text: string, locale: Locale) =>
  locale === 'ru' ? text.replace(/(^|\s)([а-яё]{1,2})\s+/gi, '$1$2\u00a0') : text

/** A paragraph set by Pango (which wraps it to the width), as a transparent PNG. */
async function textBlock(text: string, locale: Locale, { size, weight, color, spacing }: { size: number; weight: 'Bold' | 'Regular'; color: string; spacing: number }) {
  const markup = `<span foreground="${color}">${escapePango(keepShortWordsWithNext(text, locale))}</span>`
  const { data, info } = await sharp({ text: { text: markup, font: `${pangoFamilies} ${weight} ${size}`, width: textWidth, dpi: 72, rgba: true, spacing } })
    .png()
    .toBuffer({ resolveWithObject: true })
  return { data, height: info.height }
}

/**
 * The title (and, on a bilingual item, the title in the second language, smaller): set as
 * large as fits in `maxHeight`.
 */
async function titleBlocks(spec: TCoverSpec, maxHeight: number) {
  const [lead, second] = spec.languages
  for (const size of [88, 80, 72, 64, 56]) {
    const blocks = [await textBlock(spec.title[lead]!, lead, { size, weight: 'Bold', color: brandColors.white, spacing: Math.round(size * 0.18) })]
    if (second && spec.title[second]) {
      const small = Math.round(size * 0.62)
      blocks.push(await textBlock(spec.title[second], second, { size: small, weight: 'Regular', color: '#d6e2ef', spacing: Math.round(small * 0.2) }))
    }
    const gap = Math.round(size * 0.55)
    const height = blocks.reduce((sum, b) => sum + b.height, 0) + gap * (blocks.length - 1)
    if (height <= maxHeight || size === 56) return { blocks, gap }
  }
  throw new Error('unreachable')
}

/** The cover's ground: brand blue, the wordmark, the type of publication and the arch of the mark, large. */
function coverSvg(spec: TCoverSpec): string {
  const lead = spec.languages[0]
  const wordmark = wordmarkLayout(lead)
  const scale = 2.25
  const g = markGeometry()
  // The type in each language of the title, one line each, ending just above the amber rule.
  const typeLines = [...new Set(spec.languages.flatMap((l) => (spec.type[l] ? [spec.type[l].toLocaleUpperCase(l)] : [])))]
  const typeTop = 520 - 50 * (typeLines.length - 1)
  // The arch of the mark, eleven times its size, stands in the lower right corner.
  const arch = { x: 560, y: 1130, scale: 11 }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cover.width}" height="${cover.height}" viewBox="0 0 ${cover.width} ${cover.height}">
  <rect width="${cover.width}" height="${cover.height}" fill="${brandColors.brand}"/>
  <g transform="translate(${arch.x} ${arch.y}) scale(${arch.scale})">
    <path fill="${brandColors.brand2}" d="${g.stone}"/><path fill="${brandColors.accent}" d="${g.keystone}"/>
  </g>
  <g transform="translate(${cover.margin} ${cover.margin}) scale(${scale})">
    ${markSvgShapes('inverse')}
    <g fill="${brandColors.white}" font-family="${svgFont}" font-size="${wordmark.fontSize}" font-weight="700">
      ${wordmark.lines.map((line) => `<text x="${wordmark.textX}" y="${line.y}" textLength="${line.length}" lengthAdjust="spacing">${escapeXml(line.text)}</text>`).join('')}
    </g>
  </g>
  <rect x="${cover.margin}" y="330" width="${textWidth}" height="2" fill="${brandColors.white}" fill-opacity="0.25"/>
  <g font-family="${svgFont}" font-size="34" font-weight="700" letter-spacing="3" fill="${brandColors.accent}">
    ${typeLines.map((line, i) => `<text x="${cover.margin}" y="${typeTop + 50 * i}">${escapeXml(line)}</text>`).join('')}
  </g>
  <rect x="${cover.margin}" y="556" width="120" height="8" fill="${brandColors.accent}"/>
  <text x="${cover.margin}" y="1668" font-family="${svgFont}" font-size="30" fill="${brandColors.white}" fill-opacity="0.8">${escapeXml(spec.footer[lead] ?? '')}</text>
  <rect y="${cover.height - 24}" width="${cover.width}" height="24" fill="${brandColors.accent}"/>
</svg>`
}

/** A portrait cover (A4 proportions, 1240 × 1754) as a JPEG. */
export async function renderCover(spec: TCoverSpec): Promise<TDemoImage> {
  const top = 630
  const { blocks, gap } = await titleBlocks(spec, 1110 - top)
  let y = top
  const layers = blocks.map((b) => {
    const layer = { input: b.data, left: cover.margin, top: y }
    y += b.height + gap
    return layer
  })
  const { data, info } = await sharp(Buffer.from(coverSvg(spec)))
    .composite(layers)
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
  return { data, mimetype: 'image/jpeg', name: `${spec.slug}-cover.jpg`, width: info.width, height: info.height }
}
