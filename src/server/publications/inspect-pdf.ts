import { extractText, getDocumentProxy } from 'unpdf'

export type TPdfInspection = { ok: true; pages: number } | { ok: false; reason: 'not-pdf' | 'unreadable' }

/** Checks that bytes are a PDF by content (magic bytes) and that it really parses. */
export async function inspectPdf(data: Uint8Array): Promise<TPdfInspection> {
  const magic = Buffer.from(data.subarray(0, 5)).toString('latin1')
  if (magic !== '%PDF-') return { ok: false, reason: 'not-pdf' }
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data))
    const pages = pdf.numPages
    await pdf.destroy()
    return { ok: true, pages }
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
}

/** All text of a PDF, pages joined; Cyrillic and Latin come out intact (unpdf / pdf.js). */
export async function extractPdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(data))
  try {
    const { text, totalPages } = await extractText(pdf, { mergePages: true })
    return { text: String(text).replace(/\s+/g, ' ').trim(), pages: totalPages }
  } finally {
    await pdf.destroy()
  }
}
