/** Minimal Lexical document builders, used by the seed and tests to write rich text. */
type TextNode = { type: 'text'; text: string; version: 1; format: 0; detail: 0; mode: 'normal'; style: '' }

function textNode(text: string): TextNode {
  return { type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }
}

export function paragraphsToLexical(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '' as const,
      indent: 0,
      direction: 'ltr' as const,
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        version: 1,
        format: '' as const,
        indent: 0,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [textNode(p)],
      })),
    },
  }
}

/** Plain text of a Lexical document (for excerpts, search and meta descriptions). */
export function lexicalToText(value: unknown): string {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') out.push(n.text)
    if (Array.isArray(n.children)) {
      n.children.forEach(walk)
      if (n.type === 'paragraph' || n.type === 'heading') out.push('\n')
    }
  }
  walk((value as { root?: unknown } | null)?.root)
  return out.join('').replace(/\n+/g, '\n').trim()
}
