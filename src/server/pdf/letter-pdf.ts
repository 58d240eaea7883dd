import { rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { createPdf, wrap } from './pdf-document'

/**
 * A one-to-two-page letter on A4 as PDF, in any of the platform's languages (pdf-document.ts
 * embeds a font that writes Cyrillic). Text is wrapped to the page; a long letter continues on a new page.
 */
export type TLetter = {
  language: string
  title: string
  /** Lines at the top right: the sender's name and address. */
  letterhead: string[]
  /** Reference and date, each a label and a value. */
  meta: [string, string][]
  recipient: string[]
  heading: string
  paragraphs: string[]
  closing: string[]
  /** The footer: how to verify the letter. */
  footer: string
}

const page = { width: 595.28, height: 841.89, margin: 62 }
const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.32, 0.34, 0.38)

export async function renderLetterPdf(letter: TLetter): Promise<Uint8Array> {
  const { doc, regular, bold } = await createPdf(letter.title, letter.language)
  const width = page.width - 2 * page.margin
  let current: PDFPage = doc.addPage([page.width, page.height])
  let y = page.height - page.margin

  const newPageIfNeeded = (height: number) => {
    if (y - height >= page.margin + 40) return
    current = doc.addPage([page.width, page.height])
    y = page.height - page.margin
  }
  const write = (text: string, options: { font?: PDFFont; size?: number; color?: typeof ink; gap?: number; right?: boolean } = {}) => {
    const font = options.font ?? regular
    const size = options.size ?? 10.5
    for (const line of wrap(text, font, size, width)) {
      newPageIfNeeded(size * 1.45)
      const x = options.right ? page.margin + width - font.widthOfTextAtSize(line, size) : page.margin
      current.drawText(line, { x, y: y - size, size, font, color: options.color ?? ink })
      y -= size * 1.45
    }
    y -= options.gap ?? 0
  }

  letter.letterhead.forEach((line, i) => write(line, { font: i === 0 ? bold : regular, size: i === 0 ? 12 : 9.5, color: i === 0 ? ink : muted, right: true }))
  y -= 18
  for (const [label, value] of letter.meta) write(`${label}: ${value}`, { size: 10 })
  y -= 14
  for (const line of letter.recipient) write(line)
  y -= 14
  write(letter.heading, { font: bold, size: 12, gap: 8 })
  for (const paragraph of letter.paragraphs) write(paragraph, { gap: 7 })
  y -= 10
  for (const line of letter.closing) write(line)
  // The footer on every page: how a consulate checks the letter.
  for (const p of doc.getPages()) {
    const lines = wrap(letter.footer, regular, 8.5, width)
    lines.forEach((line, i) => p.drawText(line, { x: page.margin, y: page.margin - 10 - i * 11, size: 8.5, font: regular, color: muted }))
  }
  return doc.save()
}
