import type { THomeBlock } from '@/components/HomeBlocks'
import type { Locale } from '@/i18n/locales'
import type { Translate } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'

/** The home page before the Secretariat arranges it (and whenever its blocks are all removed). */
export function defaultHomeLayout(locale: Locale, t: Translate): THomeBlock[] {
  return [
    defaultHero(locale, t),
    { blockType: 'thematicAreas' },
    { blockType: 'latestNews', count: 3 },
    { blockType: 'latestPublications', count: 4 },
    { blockType: 'upcomingEvents', count: 3 },
  ]
}

function defaultHero(locale: Locale, t: Translate): THomeBlock {
  return {
    blockType: 'hero',
    heading: t('home.title'),
    lead: t('home.lead'),
    actions: [
      { label: t('home.aboutCta'), kind: 'url', url: href(locale, routes.about()) },
      { label: t('home.participantsCta'), kind: 'section', section: 'participants' },
    ],
  }
}

/**
 * The blocks a reader of this language sees: a block whose text is not written in this
 * language yet is left out (never an empty heading), and the page always opens with a
 * heading of its own (the default one when the editors' opening banner is not translated).
 */
export function homeLayoutFor(blocks: THomeBlock[] | null | undefined, locale: Locale, t: Translate): THomeBlock[] {
  const shown = (blocks ?? []).filter((block) => {
    if (block.blockType === 'hero') return Boolean(block.heading?.trim())
    if (block.blockType === 'cards') return block.cards?.some((card) => card.title?.trim())
    if (block.blockType === 'content') return Boolean(block.body)
    return true
  })
  if (!shown.length) return defaultHomeLayout(locale, t)
  const heroes = shown.filter((b) => b.blockType === 'hero')
  // One h1 per page: the first banner is the opening; further ones would repeat it.
  const withoutExtraHeroes = shown.filter((b) => b.blockType !== 'hero' || b === heroes[0])
  return heroes.length ? withoutExtraHeroes : [defaultHero(locale, t), ...withoutExtraHeroes]
}
