import type { NextRequest } from 'next/server'
import { isLocale } from '@/i18n/locales'
import { toBibTeX, toCslJson, toRIS } from '@/server/open-metadata/citation'
import { getPayloadClient } from '@/server/payload'
import { findPublicationsAllLocales, toPublicationRecord } from '@/server/publications/publication-record'
import { sessionUser } from '@/server/account/session-bridge'

const formats = {
  bibtex: { type: 'application/x-bibtex; charset=utf-8', ext: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', ext: 'ris' },
  'csl-json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', ext: 'json' },
} as const

/** Citation downloads; the publication is read with the requester's own access. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params
  const spec = formats[format as keyof typeof formats]
  const numericId = Number(id)
  if (!spec || !Number.isInteger(numericId)) return new Response('Not found', { status: 404 })
  const lang = request.nextUrl.searchParams.get('lang')
  const locale = isLocale(lang) ? lang : 'en'
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  const [pub] = await findPublicationsAllLocales(payload, { id: { equals: numericId } }, { user, limit: 1 })
  if (!pub) return new Response('Not found', { status: 404 })
  const record = toPublicationRecord(pub)
  const body = format === 'bibtex' ? toBibTeX(record, locale) : format === 'ris' ? toRIS(record, locale) : JSON.stringify(toCslJson(record, locale), null, 2)
  return new Response(body, {
    headers: {
      'content-type': spec.type,
      'content-disposition': `attachment; filename="${record.slug}.${spec.ext}"`,
      'cache-control': 'no-store',
    },
  })
}
