import type { MetadataRoute } from 'next'
import { env } from '@/env'
import { locales } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'
import { getPayloadClient } from '@/server/payload'

export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

function entry(path: string, lastModified?: string): Entry {
  return {
    url: `${env.publicUrl}${href('en', path)}`,
    lastModified,
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${env.publicUrl}${href(l, path)}`])) },
  }
}

/** Every public page in both languages (hreflang alternates), published documents only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayloadClient()
  const list = async (collection: 'thematic-areas' | 'projects' | 'participants' | 'news') =>
    (await payload.find({ collection, limit: 0, depth: 0, pagination: false, overrideAccess: false, draft: false, select: { slug: true, updatedAt: true } })).docs as { slug: string; updatedAt: string }[]
  const [areas, projects, participants, news] = await Promise.all([list('thematic-areas'), list('projects'), list('participants'), list('news')])
  // Anonymous access: members-only publications are not listed.
  const publications = (await payload.find({ collection: 'publications', limit: 0, depth: 0, pagination: false, overrideAccess: false, draft: false, select: { slug: true, updatedAt: true } })).docs as { slug: string; updatedAt: string }[]
  const fixed = [routes.home(), routes.about(), routes.thematicAreas(), routes.governance(), routes.projects(), routes.participants(), routes.news(), routes.accessibility(), routes.privacy()]
  return [
    ...fixed.map((p) => entry(p)),
    ...areas.map((d) => entry(routes.thematicArea(d.slug), d.updatedAt)),
    ...projects.map((d) => entry(routes.project(d.slug), d.updatedAt)),
    ...participants.map((d) => entry(routes.participant(d.slug), d.updatedAt)),
    ...news.map((d) => entry(routes.article(d.slug), d.updatedAt)),
    entry('/repository'),
    ...publications.map((d) => entry(`/repository/${d.slug}`, d.updatedAt)),
  ]
}
