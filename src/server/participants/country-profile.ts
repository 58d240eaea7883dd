import { isMember } from '@/access/visibility'
import type { Locale } from '@/i18n/locales'
import type { Conference, News, Participant, Project } from '@/payload-types'
import { accessSubject, type TViewer } from '@/server/account/viewer'
import { findLocalized, type TLocalizedDoc } from '@/server/content/find-localized'
import { getPayloadClient } from '@/server/payload'

export type TContactPoint = NonNullable<Participant['contactPoints']>[number]

export type TCountryProfile = {
  news: TLocalizedDoc<News>[]
  projects: TLocalizedDoc<Project>[]
  conferencesHosted: TLocalizedDoc<Conference>[]
  /** Undefined for readers who may not see them (anyone but members and the Secretariat). */
  contactPoints?: TContactPoint[]
}

/**
 * What the site knows about one participating state, beyond its publications (which come
 * from the search index): news and projects that concern it, the Ministerial Conferences it
 * hosted, and, for members only, its National Contact Point.
 */
export async function loadCountryProfile(participantId: number, locale: Locale, viewer: TViewer | null): Promise<TCountryProfile> {
  const concerns = { countries: { in: [participantId] } }
  const [news, projects, conferences, contactPoints] = await Promise.all([
    findLocalized<News>('news', locale, { where: concerns, sort: '-publishedAt', limit: 5, depth: 0 }),
    findLocalized<Project>('projects', locale, { where: concerns, sort: '-startYear', limit: 20, depth: 0 }),
    findLocalized<Conference>('conferences', locale, { where: { host: { equals: participantId } }, sort: 'heldOn', limit: 20, depth: 0 }),
    isMember(viewer) ? readContactPoints(participantId, locale, viewer!) : Promise.resolve(undefined),
  ])
  return { news: news.docs, projects: projects.docs, conferencesHosted: conferences.docs, contactPoints }
}

/**
 * The National Contact Points of every state that has one, by state name in the reader's
 * language: the members' directory. Read with the viewer's roles, so the field's own access
 * rule decides (anyone else gets nothing).
 */
export async function loadContactPointDirectory(locale: Locale, viewer: TViewer | null): Promise<{ slug: string; name: string; contactPoints: TContactPoint[] }[]> {
  if (!isMember(viewer)) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'participants',
    where: { kind: { equals: 'state' } },
    locale,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true, name: true, contactPoints: true },
    user: accessSubject(viewer) as never,
    overrideAccess: false,
    draft: false,
  })
  const collator = new Intl.Collator(locale)
  return docs
    .filter((d) => d.contactPoints?.length)
    .map((d) => ({ slug: d.slug, name: d.name, contactPoints: d.contactPoints! }))
    .sort((a, b) => collator.compare(a.name, b.name))
}

/** Read as the member, so the field's own access rule decides (the same rule as REST and GraphQL). */
async function readContactPoints(id: number, locale: Locale, viewer: TViewer): Promise<TContactPoint[]> {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({ collection: 'participants', id, locale, depth: 0, select: { contactPoints: true }, user: accessSubject(viewer) as never, overrideAccess: false, draft: false })
  return doc.contactPoints ?? []
}
