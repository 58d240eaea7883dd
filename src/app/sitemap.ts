import type { MetadataRoute } from 'next'
import { env } from '@/env'
import { routes } from '@/i18n/routes'
import { sitemapEntries, type TSitemapPage } from '@/server/open-metadata/sitemap'
import { getPayloadClient } from '@/server/payload'

export const dynamic = 'force-dynamic'

type TListed = 'thematic-areas' | 'projects' | 'participants' | 'news' | 'publications' | 'events' | 'trainers'

/** Every public page in both languages (hreflang alternates), published documents only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayloadClient()
  // Anonymous access: drafts and members-only publications are not listed.
  const list = async (collection: TListed) =>
    (await payload.find({ collection, limit: 0, depth: 0, pagination: false, overrideAccess: false, draft: false, select: { slug: true, updatedAt: true } })).docs as { slug: string; updatedAt: string }[]
  const [areas, projects, participants, news, publications, events, trainers, pages] = await Promise.all([
    list('thematic-areas'),
    list('projects'),
    list('participants'),
    list('news'),
    list('publications'),
    list('events'),
    // Trainers' profiles: only those published with the trainer's consent (the collection's public read).
    list('trainers'),
    // Pages made in the admin (about, privacy and accessibility among them), at their addresses.
    payload.find({ collection: 'pages', limit: 0, depth: 0, pagination: false, overrideAccess: false, draft: false, select: { path: true, updatedAt: true } }).then((r) => r.docs),
  ])
  const page = (path: string, lastModified?: string): TSitemapPage => ({ path, lastModified })
  const fixed = [routes.home(), routes.thematicAreas(), routes.governance(), routes.projects(), routes.participants(), routes.news(), routes.events(), routes.academy(), routes.academyTrainers(), routes.academyLibrary()]
  return sitemapEntries(env.publicUrl, [
    ...fixed.map((p) => page(p)),
    ...pages.flatMap((d) => (d.path ? [page(`/${d.path}`, d.updatedAt)] : [])),
    ...areas.map((d) => page(routes.thematicArea(d.slug), d.updatedAt)),
    ...projects.map((d) => page(routes.project(d.slug), d.updatedAt)),
    ...participants.map((d) => page(routes.participant(d.slug), d.updatedAt)),
    ...news.map((d) => page(routes.article(d.slug), d.updatedAt)),
    ...events.map((d) => page(routes.event(d.slug), d.updatedAt)),
    ...trainers.map((d) => page(routes.academyTrainer(d.slug), d.updatedAt)),
    page(routes.repository()),
    ...publications.map((d) => page(`/repository/${d.slug}`, d.updatedAt)),
  ])
}
