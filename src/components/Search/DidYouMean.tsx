/**
 * "Did you mean: …?" with the corrected query as a link. `label` is the localized message
 * rendered with U+0000 where the suggestion goes, so word order stays the translator's.
 */
export function DidYouMean({ label, suggestion, href }: { label: string; suggestion: string; href: string }) {
  const [before, after = ''] = label.split('\u0000')
  return (
    <p className="did-you-mean">
      {before}
      <a href={href}>{suggestion}</a>
      {after}
    </p>
  )
}
