import type { Payload } from 'payload'
import type { Document, Participant, PublicationType, ThematicArea } from '@/payload-types'
import type { TSearchDocInput } from '@/server/search-index/index-store'
import type { TPublicationAllLocales } from './types'

const isDoc = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null

/** The search entry of a publication: titles, abstracts, keywords and the PDF text per edition. */
export async function publicationSearchDoc(
  _payload: Payload,
  pub: TPublicationAllLocales,
  files: { language: 'en' | 'ru'; file: Document }[],
): Promise<TSearchDocInput> {
  const body = (lang: 'en' | 'ru') =>
    [pub.abstract?.[lang], (pub.keywords?.[lang] ?? []).join(', '), files.find((f) => f.language === lang)?.file.text]
      .filter((part) => typeof part === 'string' && part.trim() !== '')
      .join('\n')
  const type = isDoc<PublicationType>(pub.type) ? pub.type.slug : undefined
  const areas = (pub.thematicAreas ?? []).filter(isDoc<ThematicArea>).map((a) => a.slug)
  const participants = (pub.countries ?? []).filter(isDoc<Participant>).map((c) => c.isoCode ?? c.slug)
  const countries = [...new Set([...participants, ...(pub.otherCountries ?? [])])]
  return {
    docKey: `publication:${pub.id}`,
    kind: 'publication',
    refId: String(pub.id),
    audience: pub.visibility === 'members' ? 'members' : 'public',
    languages: [...new Set(files.map((f) => f.language))].sort(),
    publishedAt: pub.publishedOn,
    titles: { en: pub.title?.en ?? null, ru: pub.title?.ru ?? null },
    bodies: { en: body('en') || null, ru: body('ru') || null },
    urlPath: `/repository/${pub.slug}`,
    facets: { type, areas, countries, year: pub.publishedOn ? new Date(pub.publishedOn).getUTCFullYear() : undefined },
  }
}
