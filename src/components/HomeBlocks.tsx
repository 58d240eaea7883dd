import { CardsView } from '@/blocks/Cards/Component'
import { HeroView } from '@/blocks/Hero/Component'
import { LatestNewsView, LatestPublicationsView, ThematicAreasView, UpcomingEventsView } from '@/blocks/Listing/Component'
import type { Locale } from '@/i18n/locales'
import type { Translate } from '@/i18n/messages'
import type { HomePage } from '@/payload-types'
import { RichText } from './RichText'

export type THomeBlock = NonNullable<HomePage['layout']>[number]

/** The home page's blocks in the editors' order. */
export function HomeBlocks({ blocks, locale, t }: { blocks: THomeBlock[]; locale: Locale; t: Translate }) {
  return (
    <>
      {blocks.map((block, i) => {
        const key = block.id ?? `${block.blockType}-${i}`
        switch (block.blockType) {
          case 'hero':
            return <HeroView key={key} block={block} locale={locale} />
          case 'cards':
            return <CardsView key={key} block={block} locale={locale} />
          case 'thematicAreas':
            return <ThematicAreasView key={key} block={block} locale={locale} t={t} />
          case 'latestNews':
            return <LatestNewsView key={key} block={block} locale={locale} t={t} />
          case 'latestPublications':
            return <LatestPublicationsView key={key} block={block} locale={locale} t={t} />
          case 'upcomingEvents':
            return <UpcomingEventsView key={key} block={block} locale={locale} t={t} />
          case 'content':
            return <RichText key={key} data={block.body} />
        }
      })}
    </>
  )
}
