import type { TSnippetSegment } from '@/server/search/snippet'

/** A result snippet with the matched words marked; text is escaped by React. */
export function Snippet({ segments, lang }: { segments: TSnippetSegment[]; lang?: string }) {
  if (segments.length === 0) return null
  return (
    <p className="snippet" lang={lang}>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  )
}
