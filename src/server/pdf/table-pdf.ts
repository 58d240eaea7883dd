import { rgb, type PDFPage } from 'pdf-lib'
import { createPdf, wrap } from './pdf-document'

/**
 * A report of tables on A4 as PDF (the Action-Plan progress for the Senior Officials'
 * Meeting): a title, lines under it, then sections of a table each. The first column takes
 * what the figures leave and wraps; a table continues on the next page with its header again.
 */
export type TTableReport = {
  language: string
  title: string
  lines: string[]
  sections: { heading: string; columns: string[]; rows: string[][] }[]
  footer: string
}

const page = { width: 595.28, height: 841.89, margin: 42 }
const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.32, 0.34, 0.38)
const rule = rgb(0.8, 0.8, 0.82)
const figureWidth = 58

export async function renderTablePdf(report: TTableReport): Promise<Uint8Array> {
  const { doc, regular, bold } = await createPdf(report.title, report.language)
  const width = page.width - 2 * page.margin
  let current: PDFPage = doc.addPage([page.width, page.height])
  let y = page.height - page.margin
  const bottom = page.margin + 24
  const newPage = () => {
    current = doc.addPage([page.width, page.height])
    y = page.height - page.margin
  }
  const text = (value: string, x: number, size: number, font = regular, color = ink) => current.drawText(value, { x, y: y - size, size, font, color })

  for (const line of wrap(report.title, bold, 15, width)) {
    text(line, page.margin, 15, bold)
    y -= 20
  }
  for (const line of report.lines.flatMap((l) => wrap(l, regular, 9.5, width))) {
    text(line, page.margin, 9.5, regular, muted)
    y -= 13
  }
  y -= 8

  for (const section of report.sections) {
    const figures = section.columns.length - 1
    const firstWidth = width - figures * figureWidth
    const columnX = (i: number) => (i === 0 ? page.margin : page.margin + firstWidth + (i - 1) * figureWidth)
    const row = (cells: string[], font = regular, size = 8.5) => {
      const wrapped = cells.map((c, i) => wrap(c, font, size, (i === 0 ? firstWidth : figureWidth) - 6))
      const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.3 + 5
      return { wrapped, height, font, size }
    }
    const draw = (r: ReturnType<typeof row>) => {
      r.wrapped.forEach((lines, i) => lines.forEach((line, n) => current.drawText(line, { x: columnX(i), y: y - r.size - n * r.size * 1.3, size: r.size, font: r.font, color: ink })))
      y -= r.height
      current.drawLine({ start: { x: page.margin, y: y + 2 }, end: { x: page.margin + width, y: y + 2 }, thickness: 0.5, color: rule })
    }
    const header = row(section.columns, bold, 8)
    const headingHeight = 22
    if (y - headingHeight - header.height - 14 < bottom) newPage()
    text(section.heading, page.margin, 11.5, bold)
    y -= headingHeight
    draw(header)
    for (const cells of section.rows) {
      const r = row(cells)
      if (y - r.height < bottom) {
        newPage()
        draw(header)
      }
      draw(r)
    }
    y -= 14
  }
  const pages = doc.getPages()
  pages.forEach((p, i) => {
    const footer = `${report.footer} · ${i + 1}/${pages.length}`
    p.drawText(footer, { x: page.margin, y: page.margin - 14, size: 8, font: regular, color: muted })
  })
  return doc.save()
}
