/**
 * `npx tsx scripts/make-brand-images.mts`: draws the brand's files from the one definition of
 * the mark (src/components/brand/mark.ts) and the names in the message catalogs:
 *
 *   public/favicon.svg              the mark
 *   public/favicon.ico              the mark at 16 and 32 px, for browsers without SVG icons
 *   public/brand/apple-touch-icon.png  180 × 180
 *   public/brand/og-en.png, og-ru.png  1200 × 630 social images
 *
 * The files are committed, so neither the build nor CI runs this. The PNGs are rendered by
 * sharp (librsvg), whose text needs a font with Cyrillic: Noto Sans (Debian: fonts-noto-core),
 * else DejaVu Sans (fonts-dejavu-core). Run it again after changing the mark or the names.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { brandColors, escapeXml, markSize, markSvgDocument, markSvgShapes } from '../src/components/brand/mark'
import { locales, type Locale } from '../src/i18n/locales'
import { translate } from '../src/i18n/messages'

const publicDir = path.join(process.cwd(), 'public')
const brandDir = path.join(publicDir, 'brand')
fs.mkdirSync(brandDir, { recursive: true })

const font = "'Noto Sans', 'DejaVu Sans', sans-serif"

function write(file: string, data: string | Buffer) {
  fs.writeFileSync(file, data)
  console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size} bytes`)
}

/** A PNG as small as a flat drawing allows: a 256-colour palette, maximum compression. */
function png(svg: string, { opaque = true }: { opaque?: boolean } = {}) {
  const image = sharp(Buffer.from(svg))
  return (opaque ? image.flatten({ background: brandColors.brand }) : image)
    .png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 })
    .toBuffer()
}

/** An ICO file holding PNG images (allowed since Windows Vista, read by every current browser). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2) // no palette
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(data.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...images.map((i) => i.data)])
}

/** The social image: the mark, the name and the tagline on the brand blue. */
function socialSvg(locale: Locale): string {
  const [first, ...rest] = translate(locale, 'site.name').toLocaleUpperCase(locale).split(' ')
  const tagline = translate(locale, 'site.tagline')
  const markScale = 4.2 // the mark drawn 269 px high
  const markX = 96
  const markY = (630 - markSize * markScale) / 2
  const textX = 420
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${brandColors.brand}"/>
  <rect y="606" width="1200" height="24" fill="${brandColors.accent}"/>
  <g transform="translate(${markX} ${markY}) scale(${markScale})">${markSvgShapes('inverse')}</g>
  <g font-family="${font}" fill="${brandColors.white}">
    <text x="${textX}" y="262" font-size="84" font-weight="700" letter-spacing="6">${escapeXml(first)}</text>
    <text x="${textX}" y="362" font-size="84" font-weight="700" letter-spacing="6">${escapeXml(rest.join(' '))}</text>
    <rect x="${textX + 3}" y="400" width="96" height="8" fill="${brandColors.accent}"/>
    <text x="${textX}" y="468" font-size="38" fill-opacity="0.92">${escapeXml(tagline)}</text>
  </g>
</svg>`
}

write(path.join(publicDir, 'favicon.svg'), markSvgDocument())
write(
  path.join(publicDir, 'favicon.ico'),
  ico(await Promise.all([16, 32].map(async (size) => ({ size, data: await png(markSvgDocument({ size }), { opaque: false }) })))),
)
// iOS rounds the corners itself: the touch icon is the full square, with no transparency.
write(path.join(brandDir, 'apple-touch-icon.png'), await png(markSvgDocument({ size: 180, square: true })))
for (const locale of locales) {
  write(path.join(brandDir, `og-${locale}.png`), await png(socialSvg(locale)))
}
