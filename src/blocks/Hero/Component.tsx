import Link from 'next/link'
import type { Locale } from '@/i18n/locales'
import type { HeroBlock } from '@/payload-types'
import { resolveMenuLink, type TMenuLink } from '@/server/content/site-links'

/** The page's opening: its only h1, a lead and buttons (the first one primary). */
export function HeroView({ block, locale }: { block: Pick<HeroBlock, 'heading' | 'lead' | 'actions'>; locale: Locale }) {
  const actions = (block.actions ?? []).flatMap((a) => resolveMenuLink(a as TMenuLink, locale) ?? [])
  return (
    <section className="hero" aria-labelledby="hero-title">
      <h1 id="hero-title">{block.heading}</h1>
      {block.lead ? <p className="lead">{block.lead}</p> : null}
      {actions.length ? (
        <p className="hero__actions">
          {actions.map((a, i) => {
            const className = i === 0 ? 'button' : 'button button--secondary'
            return a.external ? <a key={a.href} className={className} href={a.href}>{a.label}</a> : <Link key={a.href} className={className} href={a.href}>{a.label}</Link>
          })}
        </p>
      ) : null}
    </section>
  )
}
