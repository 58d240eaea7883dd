import { CardsView } from '@/blocks/Cards/Component'
import { ContactForm } from '@/blocks/ContactForm/Component'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { RichText } from './RichText'

/** Renders a free page's blocks (text, quote, cards, contact form). */
export function PageBlocks({ blocks, locale, pagePath }: { blocks: Page['layout']; locale: Locale; pagePath: string }) {
  if (!blocks?.length) return null
  return (
    <>
      {blocks.map((block) => {
        switch (block.blockType) {
          case 'content':
            return <RichText key={block.id} data={block.body} />
          case 'cards':
            return <CardsView key={block.id} block={block} locale={locale} />
          case 'contactForm':
            return <ContactForm key={block.id} block={block} locale={locale} pagePath={pagePath} />
          case 'quote':
            return (
              <figure key={block.id} className="quote">
                <blockquote><p>{block.text}</p></blockquote>
                <figcaption>
                  {block.author}
                  {block.attribution ? <>, <span>{block.attribution}</span></> : null}
                </figcaption>
              </figure>
            )
        }
      })}
    </>
  )
}
