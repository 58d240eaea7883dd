import { describe, expect, it } from 'vitest'

import { parseXml } from './test-support/parse-xml'
import { el, escapeXml, escapeXmlAttribute, stripInvalidXmlChars, xmlDocument } from './xml'

describe('xml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
    expect(escapeXmlAttribute('x\ny\tz\r')).toBe('x&#10;y&#9;z&#13;')
  })

  it('strips characters XML 1.0 does not allow and keeps astral characters', () => {
    expect(stripInvalidXmlChars('a\u0000b\u001Fc\uFFFEd\uFFFF\uD800e\uDC00f\t\n\r')).toBe('abcdef\t\n\r')
    expect(stripInvalidXmlChars('emoji 😀 ok')).toBe('emoji 😀 ok')
  })

  it('builds elements, skipping empty attributes and children', () => {
    const node = el('a', { x: 'va"l', y: null, z: 3 }, 'text & more', null, false, [el('b'), ['deep']], 0)
    expect(node.markup).toBe('<a x="va&quot;l" z="3">text &amp; more<b/>deep0</a>')
    // Plain objects that look like nodes are treated as text, never as markup.
    expect(el('c', null, { markup: '<evil/>' } as unknown as string).markup).toBe('<c>[object Object]</c>')
    expect(() => el('bad name')).toThrow()
    expect(() => el('a', { 'on"x': '1' })).toThrow()
  })

  it('produces documents the strict test parser accepts, and that parser rejects malformed XML', () => {
    const doc = xmlDocument(el('root', { 'xml:lang': 'ru' }, el('t', null, 'Привет <мир> & "всё" \u0001')))
    const root = parseXml(doc)
    expect(root.children).toEqual([{ name: 't', attributes: {}, children: ['Привет <мир> & "всё" '] }])
    for (const bad of ['<a><b></a></b>', '<a>&nbsp;</a>', '<a>x & y</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>\u0001</a>', '<p:a/>', '<a x=1/>']) {
      expect(() => parseXml(bad), bad).toThrow()
    }
  })
})
