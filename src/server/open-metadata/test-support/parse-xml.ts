/**
 * Test-only, strict, non-validating XML 1.0 parser: enough to prove that generated documents are well-formed
 * (matching tags, one root, quoted and unique attributes, only known entity references, no '<' or stray '&'
 * in text or attribute values, only XML 1.0 characters, declared namespace prefixes) and to inspect them.
 */

export type TXmlElement = {
  name: string
  attributes: Record<string, string>
  children: (TXmlElement | string)[]
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

function isNameStart(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === ':'
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.'
}

export function parseXml(input: string): TXmlElement {
  for (const ch of input) {
    const code = ch.codePointAt(0)!
    // A lone surrogate is yielded as a single UTF-16 unit by the string iterator.
    if (!isXmlChar(code) || (code >= 0xd800 && code <= 0xdfff)) throw new Error(`Illegal XML character U+${code.toString(16)}`)
  }
  let pos = 0
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos}: ${JSON.stringify(input.slice(pos, pos + 40))}`)
  }
  const startsWith = (s: string) => input.startsWith(s, pos)
  const skipSpace = () => {
    while (pos < input.length && ' \t\r\n'.includes(input[pos])) pos++
  }
  const readName = (): string => {
    const start = pos
    if (!isNameStart(input[pos] ?? '')) fail('Expected a name')
    while (pos < input.length && isNameChar(input[pos])) pos++
    return input.slice(start, pos)
  }
  const decode = (raw: string, inAttribute: boolean): string => {
    let out = ''
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]
      if (c === '<') fail("Unescaped '<'")
      if (c !== '&') {
        out += inAttribute && (c === '\n' || c === '\t' || c === '\r') ? ' ' : c
        continue
      }
      const end = raw.indexOf(';', i)
      if (end < 0) fail("Unterminated '&' reference")
      const ref = raw.slice(i + 1, end)
      if (PREDEFINED[ref] !== undefined) out += PREDEFINED[ref]
      else if (/^#[0-9]+$/.test(ref) || /^#x[0-9A-Fa-f]+$/.test(ref)) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        if (!isXmlChar(code)) fail(`Reference to an illegal character &${ref};`)
        out += String.fromCodePoint(code)
      } else fail(`Unknown entity &${ref};`)
      i = end
    }
    return out
  }
  const skipMisc = () => {
    for (;;) {
      skipSpace()
      if (startsWith('<!--')) {
        const end = input.indexOf('-->', pos)
        if (end < 0) fail('Unterminated comment')
        pos = end + 3
      } else if (startsWith('<?') && !startsWith('<?xml ')) {
        const end = input.indexOf('?>', pos)
        if (end < 0) fail('Unterminated processing instruction')
        pos = end + 2
      } else return
    }
  }

  if (startsWith('<?xml ')) {
    const end = input.indexOf('?>', pos)
    if (end < 0) fail('Unterminated XML declaration')
    if (!/^<\?xml version="1\.0"( encoding="[A-Za-z0-9._-]+")?( standalone="(yes|no)")?\s*\?>$/.test(input.slice(0, end + 2))) {
      fail('Malformed XML declaration')
    }
    pos = end + 2
  }
  skipMisc()

  const parseElement = (scope: Map<string, string>): TXmlElement => {
    if (input[pos] !== '<') fail("Expected '<'")
    pos++
    const name = readName()
    const attributes: Record<string, string> = {}
    let selfClosing = false
    for (;;) {
      const hadSpace = ' \t\r\n'.includes(input[pos] ?? '')
      skipSpace()
      if (startsWith('/>')) {
        pos += 2
        selfClosing = true
        break
      }
      if (input[pos] === '>') {
        pos++
        break
      }
      if (!hadSpace) fail('Expected whitespace before an attribute')
      const attribute = readName()
      skipSpace()
      if (input[pos] !== '=') fail("Expected '='")
      pos++
      skipSpace()
      const quote = input[pos]
      if (quote !== '"' && quote !== "'") fail('Expected a quoted attribute value')
      const end = input.indexOf(quote, pos + 1)
      if (end < 0) fail('Unterminated attribute value')
      if (Object.hasOwn(attributes, attribute)) fail(`Duplicate attribute ${attribute}`)
      attributes[attribute] = decode(input.slice(pos + 1, end), true)
      pos = end + 1
    }

    const inner = new Map(scope)
    for (const [key, value] of Object.entries(attributes)) {
      if (key === 'xmlns') inner.set('', value)
      else if (key.startsWith('xmlns:')) inner.set(key.slice(6), value)
    }
    const checkPrefix = (qname: string) => {
      const colon = qname.indexOf(':')
      if (colon < 0) return
      const prefix = qname.slice(0, colon)
      if (prefix !== 'xml' && prefix !== 'xmlns' && !inner.has(prefix)) fail(`Undeclared namespace prefix ${prefix}`)
    }
    checkPrefix(name)
    for (const key of Object.keys(attributes)) checkPrefix(key)

    const element: TXmlElement = { name, attributes, children: [] }
    if (selfClosing) return element
    for (;;) {
      if (pos >= input.length) fail(`Unclosed element <${name}>`)
      if (startsWith('</')) {
        pos += 2
        const closing = readName()
        if (closing !== name) fail(`Mismatched closing tag </${closing}> for <${name}>`)
        skipSpace()
        if (input[pos] !== '>') fail("Expected '>'")
        pos++
        return element
      }
      if (startsWith('<!--')) {
        const end = input.indexOf('-->', pos)
        if (end < 0) fail('Unterminated comment')
        pos = end + 3
        continue
      }
      if (startsWith('<![CDATA[') || startsWith('<!') || startsWith('<?')) fail('Unsupported markup')
      if (input[pos] === '<') {
        element.children.push(parseElement(inner))
        continue
      }
      const next = input.indexOf('<', pos)
      const raw = input.slice(pos, next < 0 ? input.length : next)
      if (raw.includes(']]>')) fail("']]>' in character data")
      const text = decode(raw, false)
      const last = element.children[element.children.length - 1]
      if (typeof last === 'string') element.children[element.children.length - 1] = last + text
      else element.children.push(text)
      pos += raw.length
    }
  }

  const root = parseElement(new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]))
  skipMisc()
  if (pos !== input.length) fail('Content after the root element')
  return root
}

/** Child elements with `name`. */
export function children(element: TXmlElement, name?: string): TXmlElement[] {
  return element.children.filter((c): c is TXmlElement => typeof c !== 'string' && (name === undefined || c.name === name))
}

/** The only child element with `name`; throws if there is not exactly one. */
export function child(element: TXmlElement, name: string): TXmlElement {
  const found = children(element, name)
  if (found.length !== 1) throw new Error(`Expected one <${name}> in <${element.name}>, found ${found.length}`)
  return found[0]
}

/** Concatenated text content. */
export function textOf(element: TXmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}

/** Every descendant element (depth first) with `name`. */
export function descendants(element: TXmlElement, name: string): TXmlElement[] {
  const out: TXmlElement[] = []
  for (const c of children(element)) {
    if (c.name === name) out.push(c)
    out.push(...descendants(c, name))
  }
  return out
}
