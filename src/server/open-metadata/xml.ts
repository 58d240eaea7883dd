/**
 * A tiny XML 1.0 escaper and string builder. Text and attribute values are always escaped, and characters that
 * XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) are removed, so anything
 * built here is well-formed whatever the data contains. Element and attribute names are checked, not escaped.
 */

// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the `u` flag a lone
// surrogate is its own code point, so it falls outside the class and is stripped too.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?$/

/** Removes every character that is not allowed in an XML 1.0 document. */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, '')
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' }
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' }

/** Escapes character data: & < > " ' (and CR, which parsers would otherwise normalise away). */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c])
}

/** Escapes an attribute value; tab and newlines become references so attribute normalisation keeps them. */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c])
}

/** Serialised markup produced by {@link el}; only instances of this class are inserted unescaped. */
export class XmlNode {
  readonly markup: string
  /** @internal use {@link el} */
  constructor(markup: string) {
    this.markup = markup
  }
  toString(): string {
    return this.markup
  }
}

export type TXmlChild = XmlNode | string | number | null | undefined | false | readonly TXmlChild[]
export type TXmlAttributes = Readonly<Record<string, string | number | null | undefined>>

function assertName(name: string): void {
  if (!XML_NAME.test(name)) throw new Error(`Invalid XML name: ${JSON.stringify(name)}`)
}

function serialiseChildren(children: readonly TXmlChild[]): string {
  let out = ''
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (child instanceof XmlNode) out += child.markup
    else if (Array.isArray(child)) out += serialiseChildren(child)
    else out += escapeXml(String(child))
  }
  return out
}

/**
 * Builds an element. Attributes whose value is null/undefined are omitted; string and number children are
 * escaped text; arrays are flattened; null/undefined/false children are skipped. Empty elements self-close.
 */
export function el(name: string, attributes?: TXmlAttributes | null, ...children: TXmlChild[]): XmlNode {
  assertName(name)
  let open = `<${name}`
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined) continue
    assertName(key)
    open += ` ${key}="${escapeXmlAttribute(String(value))}"`
  }
  const content = serialiseChildren(children)
  return new XmlNode(content === '' ? `${open}/>` : `${open}>${content}</${name}>`)
}

/** A complete document: XML declaration, the root element and a final newline. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.markup}\n`
}
