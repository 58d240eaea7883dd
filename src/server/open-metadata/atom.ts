/** Atom 1.0 (RFC 4287) feed of publications. Pure: returns the document; serve it as application/atom+xml. */
import { clean, pickLocalized, toUtcSeconds } from './shared'
import type { TLocale, TPublicationRecord } from './types'
import { el, xmlDocument } from './xml'

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

export type TAtomEntry = {
  /** A permanent IRI, e.g. the OAI identifier or a tag: URI. */
  id: string
  title: string
  /** The language of the entry (its title), written as xml:lang: it may differ from the feed's. */
  lang: TLocale
  summary?: string
  /** The summary's language when it differs from the entry's (a fallback to the other language). */
  summaryLang?: TLocale
  url: string
  updated: string
  published: string
  authors: string[]
  categories: string[]
}

export type TAtomFeedArgs = {
  id: string
  title: string
  selfUrl: string
  alternateUrl: string
  locale: TLocale
  /** When the feed last changed: use {@link atomFeedUpdated}. */
  updated: string
  entries: TAtomEntry[]
  /**
   * Feed-level author. Atom requires one whenever an entry has no author of its own; if it is then missing,
   * the feed title is used.
   */
  author?: string
}

const names = (values: string[]) => values.map((v) => clean(v)).filter((v): v is string => !!v)
const author = (name: string) => el('author', null, el('name', null, name))

/** The feed's `updated`: the newest entry's `updated`, or `now` when there are no entries. */
export function atomFeedUpdated(entries: readonly Pick<TAtomEntry, 'updated'>[], now: Date): string {
  // RFC 3339 UTC timestamps of one length sort as text in time order.
  return entries.map((entry) => toUtcSeconds(entry.updated)).sort().at(-1) ?? toUtcSeconds(now)
}

/**
 * A publication as an entry of the feed in `locale`. Title and summary fall back to the other language, each
 * on its own, and say so (xml:lang), so that readers and search engines know which language they are reading.
 */
export function publicationAtomEntry(record: TPublicationRecord, locale: TLocale): TAtomEntry {
  const title = pickLocalized(record.title, locale)
  const summary = pickLocalized(record.abstract, locale)
  const pageUrl = clean(record.pageUrl[locale])
  if (!pageUrl) throw new Error(`Publication ${record.id} has no ${locale} page URL`)
  return {
    id: pageUrl,
    title: title?.value ?? '',
    lang: title?.lang ?? locale,
    summary: summary?.value,
    summaryLang: summary?.lang,
    url: pageUrl,
    updated: record.updatedAt,
    published: record.publishedOn,
    authors: record.authors.map((a) => a.name),
    categories: [clean(record.type.name[locale]) ?? record.type.slug],
  }
}

/** Builds the feed. Dates may be any ISO date or datetime and are written as RFC 3339 UTC timestamps. */
export function buildAtomFeed(args: TAtomFeedArgs): string {
  const entriesWithoutAuthor = args.entries.some((entry) => names(entry.authors).length === 0)
  const feedAuthor = clean(args.author) ?? (entriesWithoutAuthor ? clean(args.title) || args.id : undefined)

  const entries = args.entries.map((entry) => {
    const summary = clean(entry.summary)
    return el(
      'entry',
      { 'xml:lang': entry.lang },
      el('id', null, entry.id),
      el('title', { type: 'text' }, entry.title),
      el('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
      el('published', null, toUtcSeconds(entry.published)),
      el('updated', null, toUtcSeconds(entry.updated)),
      names(entry.authors).map(author),
      [...new Set(names(entry.categories))].map((term) => el('category', { term })),
      summary ? el('summary', { type: 'text', 'xml:lang': entry.summaryLang !== entry.lang ? entry.summaryLang : undefined }, summary) : null,
    )
  })

  return xmlDocument(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': args.locale },
      el('id', null, args.id),
      el('title', { type: 'text' }, args.title),
      el('updated', null, toUtcSeconds(args.updated)),
      el('link', { rel: 'self', type: 'application/atom+xml', href: args.selfUrl }),
      el('link', { rel: 'alternate', type: 'text/html', href: args.alternateUrl }),
      feedAuthor ? author(feedAuthor) : null,
      entries,
    ),
  )
}
