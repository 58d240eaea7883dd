import { rgb } from 'pdf-lib'
import { encode } from 'uqr'
import { createPdf, wrap } from './pdf-document'

/** A course certificate's words, already in the certificate's language. */
export type TCertificateText = {
  language: string
  title: string
  issuer: string
  heading: string
  certifies: string
  name: string
  completed: string
  course: string
  details: string[]
  code: string
  verifyUrl: string
  verifyNote: string
}

const page = { width: 841.89, height: 595.28, margin: 56 }
const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.32, 0.34, 0.38)
const accent = rgb(0.0, 0.27, 0.53)

/**
 * A certificate on landscape A4: the learner's name as they wrote it, the course, the date and
 * hours, and the verification code with a QR code of the public verification address (drawn
 * as squares from uqr's module matrix, so no image library is needed).
 */
export async function renderCertificatePdf(text: TCertificateText): Promise<Uint8Array> {
  const { doc, regular, bold } = await createPdf(text.title, text.language)
  const sheet = doc.addPage([page.width, page.height])
  const width = page.width - 2 * page.margin
  sheet.drawRectangle({ x: 24, y: 24, width: page.width - 48, height: page.height - 48, borderColor: accent, borderWidth: 2 })
  let y = page.height - page.margin - 20
  const centred = (line: string, size: number, font = regular, color = ink, gap = 1.5) => {
    for (const part of wrap(line, font, size, width - 40)) {
      sheet.drawText(part, { x: (page.width - font.widthOfTextAtSize(part, size)) / 2, y: y - size, size, font, color })
      y -= size * gap
    }
  }
  centred(text.issuer, 11, regular, muted)
  y -= 18
  centred(text.heading, 30, bold, accent)
  y -= 14
  centred(text.certifies, 12, regular, muted)
  y -= 6
  centred(text.name, 26, bold)
  y -= 8
  centred(text.completed, 12, regular, muted)
  y -= 6
  centred(text.course, 18, bold)
  y -= 10
  for (const line of text.details) centred(line, 11.5, regular, ink, 1.6)

  // The verification block, bottom left: the QR code, then the code and the address in words.
  const qr = encode(text.verifyUrl, { ecc: 'M', border: 0 })
  const cell = 2.6
  const left = page.margin
  const bottom = page.margin - 8
  qr.data.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) sheet.drawRectangle({ x: left + c * cell, y: bottom + (qr.size - 1 - r) * cell, width: cell, height: cell, color: ink })
    }),
  )
  const textLeft = left + qr.size * cell + 16
  const textWidth = page.width - page.margin - textLeft
  let ty = bottom + qr.size * cell - 10
  for (const line of [text.code, ...wrap(text.verifyNote, regular, 9, textWidth), ...wrap(text.verifyUrl, regular, 8.5, textWidth)]) {
    const isCode = line === text.code
    sheet.drawText(line, { x: textLeft, y: ty, size: isCode ? 12 : 9, font: isCode ? bold : regular, color: isCode ? ink : muted })
    ty -= isCode ? 16 : 12
  }
  return doc.save()
}
