import type { NextRequest } from 'next/server'
import { env } from '@/env'
import { isLocale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import { ATOM_CONTENT_TYPE, atomFeedUpdated, buildAtomFeed, publicationAtomEntry } from '@/server/open-metadata/atom'
import { getPayloadClient } from '@/server/payload'
import { findPublicationsAllLocales, toPublicationRecord } from '@/server/publications/publication-record'

export const dynamic = 'force-dynamic'

/** Atom feed of the newest public publications, in one language (title and summary fall back to the other). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const payload = await getPayloadClient()
  const pubs = await findPublicationsAllLocales(payload, { visibility: { equals: 'public' } }, { limit: 50 })
  const records = pubs.map((p) => toPublicationRecord(p)).sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
  const entries = records.map((r) => publicationAtomEntry(r, locale))
  const xml = buildAtomFeed({
    id: `${env.publicUrl}/${locale}/repository/feed`,
    title: translate(locale, 'repository.feedTitle'),
    selfUrl: `${env.publicUrl}/${locale}/repository/feed`,
    alternateUrl: `${env.publicUrl}/${locale}/repository`,
    locale,
    updated: atomFeedUpdated(entries, new Date()),
    entries,
  })
  return new Response(xml, { headers: { 'content-type': ATOM_CONTENT_TYPE } })
}
