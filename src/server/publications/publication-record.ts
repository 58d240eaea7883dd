import { countryName } from '@/server/places/iso-countries'
import type { Payload, Where } from 'payload'
import { env } from '@/env'
import type { Author, Document, Participant, PublicationType, Series, ThematicArea } from '@/payload-types'
import { licences } from './licences'
import type { TPublicationRecord } from '@/server/open-metadata/types'
import type { TPublicationAllLocales } from './types'

type L = { en?: string | null; ru?: string | null }
const isDoc = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null
const asL = (value: unknown): L => (isDoc<L>(value) ? value : { en: typeof value === 'string' ? value : null })

/** An author in every language; `name` and `affiliation` are the English ones, else the Russian ones. */
function toRecordAuthor(author: Author): TPublicationRecord['authors'][number] {
  const name = asL(author.name)
  const affiliation = asL(author.affiliation)
  return {
    name: name.en || name.ru || '',
    affiliation: affiliation.en || affiliation.ru || null,
    kind: author.kind === 'organisation' ? 'organisation' : 'person',
    localizedName: name,
    localizedAffiliation: affiliation,
  }
}

/** The open-metadata view of a publication (citations, OAI-PMH, JSON-LD, feeds). */
export function toPublicationRecord(pub: TPublicationAllLocales, deleted = false): TPublicationRecord {
  const type = isDoc<PublicationType>(pub.type) ? pub.type : undefined
  const licence = licences.find((l) => l.value === pub.licence)
  const editions = (pub.editions ?? [])
    .map((e) => ({ language: e.language, file: isDoc<Document>(e.file) ? e.file : undefined }))
    .filter((e): e is { language: 'en' | 'ru'; file: Document } => Boolean(e.file))
  const keywords = [...(pub.keywords?.en ?? []), ...(pub.keywords?.ru ?? [])]
  const areas = (pub.thematicAreas ?? []).filter(isDoc<ThematicArea>)
  return {
    id: pub.id,
    slug: pub.slug,
    // The OAI endpoint answers with the identifier its record keeps (see oai-repository.ts).
    oaiIdentifier: `oai:${env.oaiRepositoryId}:publication/${pub.id}`,
    title: pub.title,
    abstract: pub.abstract ?? {},
    authors: (pub.authors ?? []).filter(isDoc<Author>).map(toRecordAuthor),
    publishedOn: pub.publishedOn,
    type: { slug: type?.slug ?? 'publication', name: asL(type?.name) },
    thematicAreas: areas.map((a) => ({ slug: a.slug, name: asL(a.title) })),
    countries: [
      ...(pub.countries ?? []).filter(isDoc<Participant>).map((c) => ({ isoCode: c.isoCode, name: asL(c.name) })),
      ...(pub.otherCountries ?? []).map((code) => ({ isoCode: code, name: { en: countryName(code, 'en'), ru: countryName(code, 'ru') } })),
    ],
    keywords,
    series: isDoc<Series>(pub.series) ? (asL(pub.series.name).en ?? asL(pub.series.name).ru ?? null) : null,
    doi: pub.doi ?? null,
    licence: licence ? { code: licence.label, url: licence.url } : null,
    publisher: { en: 'Prague Process Secretariat (ICMPD)', ru: 'Секретариат Пражского процесса (МЦРМП)' },
    editions: editions.map((e) => ({
      language: e.language,
      // Payload gives absolute file URLs when serverURL is set; keep them absolute either way.
      url: /^https?:\/\//.test(e.file.url ?? '') ? e.file.url! : `${env.publicUrl}${e.file.url}`,
      pages: e.file.pageCount ?? null,
      bytes: e.file.filesize ?? null,
      mimeType: e.file.mimeType ?? 'application/pdf',
    })),
    pageUrl: { en: `${env.publicUrl}/en/repository/${pub.slug}`, ru: `${env.publicUrl}/ru/repository/${pub.slug}` },
    updatedAt: pub.updatedAt,
    deleted,
    setSpecs: [type ? `type:${type.slug}` : undefined, ...areas.map((a) => `area:${a.slug}`)].filter((s): s is string => Boolean(s)),
  }
}

/** Publications as the given reader may see them, all languages, depth 1. */
export async function findPublicationsAllLocales(payload: Payload, where: Where, options: { user?: unknown; limit?: number; draft?: boolean } = {}) {
  const result = await payload.find({
    collection: 'publications',
    where,
    locale: 'all',
    depth: 1,
    limit: options.limit ?? 100,
    draft: options.draft ?? false,
    overrideAccess: false,
    user: options.user as never,
  })
  return result.docs as unknown as TPublicationAllLocales[]
}
