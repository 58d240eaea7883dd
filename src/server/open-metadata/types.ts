/** Inputs shared by the open-metadata modules (OAI-PMH, citation exports, Atom). Pure data, no framework types. */

export type TLocale = 'en' | 'ru'

export type TLocalizedText = { en?: string | null; ru?: string | null }

export type TAuthorKind = 'person' | 'organisation'

export type TPublicationRecord = {
  id: number
  slug: string
  /** e.g. 'oai:pragueprocess.eu:publication/12' (built by the caller from the host). */
  oaiIdentifier: string
  title: TLocalizedText
  abstract: TLocalizedText
  authors: {
    name: string
    affiliation?: string | null
    /** Organisations are cited as one literal name, never split into family and given names. Default person. */
    kind?: TAuthorKind
    /** The name in each language (`name` is the English one, else the Russian one). */
    localizedName?: TLocalizedText
    localizedAffiliation?: TLocalizedText
  }[]
  publishedOn: string // ISO date
  type: { slug: string; name: TLocalizedText }
  thematicAreas: { slug: string; name: TLocalizedText }[]
  countries: { isoCode?: string | null; name: TLocalizedText }[]
  keywords: string[]
  series?: string | null
  doi?: string | null
  licence?: { code: string; url?: string | null } | null
  publisher: TLocalizedText // e.g. Prague Process Secretariat (ICMPD)
  editions: { language: 'en' | 'ru'; url: string; pages?: number | null; bytes?: number | null; mimeType: string }[]
  pageUrl: TLocalizedText // absolute URLs of the item page per language
  updatedAt: string // ISO datetime, used as OAI datestamp
  deleted: boolean
  setSpecs: string[] // e.g. ['type:policy-brief', 'area:asylum-international-protection']
}
