const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return name === '#39' ? "'" : String.fromCodePoint(Number(name.slice(1)))
    return entities[name.toLowerCase()] ?? whole
  })
}

/**
 * The plain-text version of an e-mail's HTML: what an operator reads in the outbox and what
 * a mail client shows without HTML. Paragraphs and headings become lines separated by a blank
 * line, every link keeps its address ("Confirm: https://…", or the address alone when it is
 * the link's text), and nothing of the markup, styles or scripts is left.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // Line ends in HTML source are spaces; lines come from the markup below.
    .replace(/\s+/g, ' ')
    .replace(/<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi, (_whole, dq?: string, sq?: string, bare?: string, inner = '') => {
      // Still encoded here: the whole text is decoded once, at the end.
      const href = (dq ?? sq ?? bare ?? '').trim()
      const label = inner.replace(/<[^>]*>/g, '').trim()
      if (!href || decode(href) === decode(label)) return href || label
      return label ? `${label}: ${href}` : href
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|h[1-6]|ul|ol|table|tr|blockquote|section|header|footer)\b[^>]*>/gi, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<[^>]*>/g, '')
  return decode(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
