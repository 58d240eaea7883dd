import type { MetadataRoute } from 'next'
import { env } from '@/env'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/forms/', '/en/account/', '/ru/account/'] }],
    sitemap: `${env.publicUrl}/sitemap.xml`,
  }
}
