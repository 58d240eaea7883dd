/**
 * `npm run demo:pdfs`: renders the demo publications' editions (src/seed/data/publications.ts)
 * and the demo meetings' documents (src/seed/data/meeting-documents.ts) to PDF with the machine's Chromium, into src/seed/files/, where the seed reads them.
 * The PDFs are committed, so starting the platform never needs a browser; run this again
 * after changing the texts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium } from './browser.mjs'
import { demoMeetingDocuments } from '../src/seed/data/meeting-documents'
import { demoAuthor, demoLabel, demoPublications } from '../src/seed/data/publications'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const outDir = path.join(process.cwd(), 'src/seed/files')
fs.mkdirSync(outDir, { recursive: true })

const found = await findChromium()
console.log(`Rendering with ${found.description}`)
const browser = await chromium.launch({
  executablePath: found.executablePath,
  args: found.args,
})
const page = await browser.newPage()
for (const item of demoPublications) {
  for (const lang of item.editions) {
    const title = item.title[lang]!
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:11pt;line-height:1.5;margin:0 8mm;color:#111}
h1{font-size:20pt;margin:0 0 4mm}h2{font-size:13pt;margin:7mm 0 2mm}.meta{color:#333}.label{border:1px solid #999;padding:3mm;font-size:9.5pt}</style></head>
<body><p class="meta">${escape(demoAuthor.name[lang])} (${escape(demoAuthor.affiliation[lang])})</p><h1>${escape(title)}</h1>
<p>${escape(item.abstract[lang] ?? '')}</p><p class="label">${escape(demoLabel[lang])}</p>
${item.sections[lang]!.map((s) => `<h2>${escape(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}`).join('\n')}
</body></html>`
    await page.setContent(html)
    const file = path.join(outDir, `${item.slug}-${lang}.pdf`)
    await page.pdf({ path: file, format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' } })
    console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size} bytes`)
  }
}
const secretariat = { en: 'Prague Process Secretariat', ru: 'Секретариат Пражского процесса' }
for (const doc of demoMeetingDocuments) {
  for (const lang of doc.editions) {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(doc.title[lang])}</title>
<style>body{font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:11pt;line-height:1.5;margin:0 8mm;color:#111}h1{font-size:18pt;margin:0 0 4mm}.meta{color:#333}</style></head>
<body><p class="meta">${escape(secretariat[lang])}</p><h1>${escape(doc.title[lang])}</h1>${doc.paragraphs[lang].map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`
    await page.setContent(html)
    const file = path.join(outDir, `${doc.key}-${lang}.pdf`)
    await page.pdf({ path: file, format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' } })
    console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size} bytes`)
  }
}
await browser.close()
