/**
 * Formats one CSL-JSON item as a bibliography entry with a real CSL style, on the server.
 *
 * Why citeproc-js (npm `citeproc`): it is the reference CSL 1.0.2 processor, the one Zotero and Mendeley
 * run, so an entry here reads as it does in the reader's reference manager; and it takes styles and
 * locales as strings, so nothing is fetched at run time. `@citation-js/plugin-csl` wraps the same
 * citeproc-js; going through citation-js would add its core, which brings a synchronous HTTP client for
 * remote inputs we never use. citeproc-js is dual-licensed CPAL-1.0 / AGPL-3.0 and used unmodified.
 *
 * The styles and locales ship in ./csl (CC BY-SA 3.0, see ./csl/README.md): APA 7th edition with en-US
 * for English readers, ГОСТ Р 7.0.100-2018 (bibliostyle.ru) with ru-RU for Russian readers.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import CSL, { type Engine } from 'citeproc'

export type TCslStyle = 'apa' | 'gost'

/** A run of entry text; `italic` where the style sets it (e.g. APA titles). */
export type TCitationPart = { text: string; italic?: boolean }

const STYLES: Record<TCslStyle, { file: string; lang: 'en-US' | 'ru-RU'; numbered: boolean }> = {
  apa: { file: 'apa.csl', lang: 'en-US', numbered: false },
  // Written for numbered reference lists: an entry cited alone starts with '1.' and a tab, removed below.
  gost: { file: 'gost-r-7-0-100-2018.csl', lang: 'ru-RU', numbered: true },
}
const LOCALE_FILES: Record<'en-US' | 'ru-RU', string> = { 'en-US': 'locales-en-US.xml', 'ru-RU': 'locales-ru-RU.xml' }

// Like the seed files, read from the checkout the platform runs from.
const CSL_DIR = path.join(process.cwd(), 'src/server/open-metadata/csl')
const files = new Map<string, string>()
function cslFile(name: string): string {
  let text = files.get(name)
  if (text === undefined) {
    text = readFileSync(path.join(CSL_DIR, name), 'utf8')
    files.set(name, text)
  }
  return text
}

/**
 * One engine per style, built once: building parses the style (about half a second for APA). Rendering is
 * synchronous, so the one item an engine holds is always the one being rendered.
 */
type TSlot = { engine: Engine; current: { item?: { id: string } }; turn: number }
const slots = new Map<TCslStyle, TSlot>()

function slotFor(style: TCslStyle): TSlot {
  const existing = slots.get(style)
  if (existing) return existing
  const current: TSlot['current'] = {}
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang: string) => cslFile(lang.toLowerCase().startsWith('ru') ? LOCALE_FILES['ru-RU'] : LOCALE_FILES['en-US']),
      retrieveItem: (id: string) => (current.item?.id === id ? current.item : undefined),
    },
    cslFile(STYLES[style].file),
    STYLES[style].lang,
    true,
  )
  engine.setOutputFormat('html')
  const slot = { engine, current, turn: 0 }
  slots.set(style, slot)
  return slot
}

/** The bibliography entry of `item` in `style`, as text runs (their texts joined are the plain entry). */
export function renderCslEntry(item: object, style: TCslStyle): TCitationPart[] {
  const slot = slotFor(style)
  // Two ids in turn: the item just rendered is never the one being registered, so it is fetched afresh,
  // and caches citeproc keeps per id stay at two entries.
  slot.turn = (slot.turn + 1) % 2
  const id = `item-${slot.turn}`
  slot.current.item = { ...item, id }
  slot.engine.updateItems([id])
  const bibliography = slot.engine.makeBibliography()
  slot.current.item = undefined
  if (!bibliography || bibliography[1].length !== 1) throw new Error(`CSL style ${style} rendered no bibliography entry`)
  const entry = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(bibliography[1][0])?.[1]
  if (entry === undefined) throw new Error(`CSL style ${style} rendered an unexpected entry: ${bibliography[1][0].slice(0, 80)}`)
  const parts = htmlToParts(entry)
  if (STYLES[style].numbered && parts[0]) parts[0] = { ...parts[0], text: parts[0].text.replace(/^\d+\.\s+/, '') }
  return mergeParts(parts.filter((p) => p.text !== ''))
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
    return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : whole
  })

/**
 * citeproc's HTML as text runs. Only italics are kept (the page renders runs as React text, never as
 * markup); citeproc writes `<span style="font-style:normal;">` inside italics for a title within a title.
 * Other formatting (bold, small caps, super- and subscripts) is left out: these styles do not use it.
 */
function htmlToParts(html: string): TCitationPart[] {
  const parts: TCitationPart[] = []
  const stack: boolean[] = [false]
  for (const m of html.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/gi)) {
    const italic = stack[stack.length - 1]
    if (m[4] !== undefined) {
      parts.push(italic ? { text: decodeEntities(m[4]), italic: true } : { text: decodeEntities(m[4]) })
    } else if (m[1]) {
      if (stack.length > 1) stack.pop()
    } else if (!m[3].endsWith('/')) {
      const tag = m[2].toLowerCase()
      const style = m[3]
      stack.push(tag === 'i' || /font-style:\s*italic/.test(style) ? true : /font-style:\s*normal/.test(style) ? false : italic)
    }
  }
  return parts
}

function mergeParts(parts: TCitationPart[]): TCitationPart[] {
  const out: TCitationPart[] = []
  for (const part of parts) {
    const last = out[out.length - 1]
    if (last && Boolean(last.italic) === Boolean(part.italic)) out[out.length - 1] = { ...last, text: last.text + part.text }
    else out.push(part)
  }
  if (out.length > 0) {
    const end = out[out.length - 1]
    out[out.length - 1] = { ...end, text: end.text.replace(/\s+$/, '') }
  }
  return out
}
