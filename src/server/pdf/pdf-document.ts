import fs from 'node:fs/promises'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont } from 'pdf-lib'

/**
 * The platform's PDFs (letters, reports) in any of its languages: pdf-lib's standard fonts
 * cannot write Cyrillic, so DejaVu Sans (shipped in ./fonts with its licence) is embedded,
 * subset to the characters used.
 */
const fontDir = path.join(process.cwd(), 'src/server/pdf/fonts')
let fonts: Promise<[Buffer, Buffer]> | undefined
const fontFiles = () => (fonts ??= Promise.all([fs.readFile(path.join(fontDir, 'DejaVuSans.ttf')), fs.readFile(path.join(fontDir, 'DejaVuSans-Bold.ttf'))]))

export async function createPdf(title: string, language: string): Promise<{ doc: PDFDocument; regular: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const [regularBytes, boldBytes] = await fontFiles()
  const regular = await doc.embedFont(regularBytes, { subset: true })
  const bold = await doc.embedFont(boldBytes, { subset: true })
  doc.setTitle(title)
  doc.setLanguage(language)
  doc.setProducer('Prague Process Platform')
  doc.setCreator('Prague Process Platform')
  return { doc, regular, bold }
}

/** Splits text into lines that fit the width, breaking at spaces (a word longer than a line is cut). */
export function wrap(text: string, font: Pick<PDFFont, 'widthOfTextAtSize'>, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate
      else {
        if (line) lines.push(line)
        let rest = word
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--
          lines.push(rest.slice(0, cut))
          rest = rest.slice(cut)
        }
        line = rest
      }
    }
    lines.push(line)
  }
  return lines
}

