/** The robots.txt rules (served by src/app/robots.ts). Pure: the public address is passed in. */
import type { MetadataRoute } from 'next'
import { locales } from '@/i18n/locales'

/** Where Payload serves the publication files (PDF editions); harvesters such as Google Scholar need them. */
export const DOCUMENT_FILES_PATH = '/api/documents/file/'

/**
 * Everything may be crawled except the admin, the API, forms and the account area; the document files under
 * the API may. Google and RFC 9309 apply the longest matching rule ('/api/documents/file/' beats '/api/'),
 * and Next writes Allow lines before Disallow lines, so crawlers that take the first match agree. There is
 * no 'Allow: /': written first, it would match every path for those crawlers and void every Disallow.
 */
export function buildRobots(publicUrl: string): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: [DOCUMENT_FILES_PATH],
        disallow: ['/admin', '/api/', '/forms/', ...locales.map((locale) => `/${locale}/account/`)],
      },
    ],
    sitemap: `${publicUrl}/sitemap.xml`,
  }
}
