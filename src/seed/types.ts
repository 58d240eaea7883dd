import type { RegionalGroup } from '@/server/participants/regional-groups'
import type { TSiteSection } from '@/server/content/site-links'

export { regionalGroups, type RegionalGroup } from '@/server/participants/regional-groups'

/** Shapes of the typed demo content; seed() maps them onto Payload collections. */
export type Localized = { en: string; ru: string }
/** Paragraphs of plain text per language; seed() turns them into rich text. */
export type LocalizedParagraphs = { en: string[]; ru: string[] }

export type ParticipantKind = 'state' | 'eu-body' | 'organisation'

export type SeedThematicArea = {
  slug: string
  order: number
  title: Localized
  summary: Localized
  body: LocalizedParagraphs
}

export type SeedParticipant = {
  slug: string
  kind: ParticipantKind
  /** ISO 3166-1 alpha-2 for states; Kosovo uses the user-assigned code XK. */
  isoCode?: string
  name: Localized
  /** Abbreviation for bodies and organisations (e.g. ETF, IOM). */
  acronym?: Localized
  groups: RegionalGroup[]
  /** Only Kosovo has one: the designation footnote, verbatim from the seed in English. */
  footnote?: Localized
  /** ISO date, only where the seed states it. */
  joinedOn?: string
  summary: Localized
  /** National Contact Points (members only): institutions, never invented people or addresses. */
  contactPoints?: { institution: Localized; position?: Localized }[]
}

export type GovernanceBodyKey = 'national-contact-points' | 'senior-officials' | 'ministerial-conferences' | 'strategic-group'

export type SeedGovernanceBody = {
  key: GovernanceBodyKey
  order: number
  title: Localized
  rhythm: Localized
  summary: Localized
  functions: Localized[]
}

export type SeedStrategicGroup = {
  /** Participant slugs that sit in the Strategic Group. */
  memberSlugs: string[]
  /** Members that are not participants (e.g. the Presidency of the Council of the EU). */
  otherMembers: Localized[]
}

export type SeedConference = {
  slug: string
  /** Ordinal as in "1st Ministerial Conference" if the seed gives it. */
  ordinal?: number
  title: Localized
  city?: Localized
  /** ISO date or 'YYYY-MM' only where the seed gives it. */
  heldOn?: string
  declarationTitle?: Localized
  /** Participant slug of the host state. */
  host?: string
  summary: Localized
  /** The declaration's main points in the demo's own words, rendered as one PDF per language. */
  declarationPoints?: { en: string[]; ru: string[] }
}

export type SeedProject = {
  slug: string
  title: Localized
  /** ISO dates; startYear only when the seed gives a year. */
  startYear?: number
  endYear?: number
  ongoing: boolean
  funders: Localized[]
  /** ISO codes of the participating states the project clearly concerns. */
  countries?: string[]
  summary: Localized
  body: LocalizedParagraphs
}

/** Images drawn by src/seed/demo-images.ts. */
export type DemoImageKey = 'region-map' | 'strategic-group-map'

export type SeedNews = {
  slug: string
  title: Localized
  excerpt: Localized
  body: LocalizedParagraphs
  /** ISO codes of the participating states the item clearly concerns. */
  countries?: string[]
  image?: DemoImageKey
}

/** The author's name is localized too: Russian writes names in Cyrillic (Tomas Urubek → Томаш Урубек). */
export type SeedQuote = { text: Localized; author: Localized; attribution: Localized }

export type SeedPage = {
  slug: 'about' | 'accessibility' | 'privacy' | 'contact'
  /** The slug of the page it sits under. */
  parent?: 'about'
  title: Localized
  intro: Localized
  body: LocalizedParagraphs
  quote?: SeedQuote
  /** A contact form after the text (its heading and the words above it). */
  contactForm?: { heading: Localized; intro: Localized }
}

/** A link on the home page: to a seeded page (by slug), a section of the site, or another address. */
export type SeedLink = { kind: 'page'; page: SeedPage['slug'] } | { kind: 'section'; section: TSiteSection } | { kind: 'url'; url: string }

/** The blocks of the home-page global; lists without a heading show their standard one. */
export type SeedHomeBlock =
  | { blockType: 'hero'; heading: Localized; lead: Localized; actions: (SeedLink & { label: Localized })[] }
  | { blockType: 'cards'; heading: Localized; cards: { title: Localized; text: Localized; link?: SeedLink }[] }
  | { blockType: 'thematicAreas'; heading?: Localized }
  | { blockType: 'latestNews' | 'latestPublications' | 'upcomingEvents'; heading?: Localized; count: number }
