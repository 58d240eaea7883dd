import Link from 'next/link'
import type { Locale } from '@/i18n/locales'
import type { CardsBlock } from '@/payload-types'
import { resolveMenuLink, type TMenuLink } from '@/server/content/site-links'

/** A row of cards; a card's title links where the editor pointed it (a dead link is left out). */
export function CardsView({ block, locale, headingLevel = 2 }: { block: CardsBlock; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const CardHeading = headingLevel === 2 ? 'h3' : 'h4'
  const headingId = block.id ? `cards-${block.id}` : undefined
  return (
    <section aria-labelledby={block.heading ? headingId : undefined} className="cards-block">
      {block.heading ? <Heading id={headingId}>{block.heading}</Heading> : null}
      <ul className="card-grid card-grid--3">
        {block.cards.map((card) => {
          const link = card.link?.kind ? resolveMenuLink({ ...(card.link as TMenuLink), label: card.title }, locale) : undefined
          return (
            <li key={card.id} className="card">
              <CardHeading>
                {link ? link.external ? <a href={link.href}>{card.title}</a> : <Link href={link.href}>{card.title}</Link> : card.title}
              </CardHeading>
              {card.text ? <p>{card.text}</p> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
