import type { MetadataRoute } from 'next'
import { env } from '@/env'
import { buildRobots } from '@/server/open-metadata/robots'

// Rendered per request, not at build time, so the Sitemap line names the PUBLIC_URL the server runs with.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return buildRobots(env.publicUrl)
}
