import type { Locale } from '@/i18n/locales'
import type { Participant, ThematicArea, Trainer } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'
import { publicTrainerWhere, trainerKinds, type TTrainerFilters, type TTrainerKind } from './trainer-rules'

export const trainersPerPage = 20

type TNamed = { slug: string; name: string }
export type TTrainerCard = {
  slug: string
  name: string
  kind: TTrainerKind
  country?: TNamed
  institution?: string
  areas: TNamed[]
  languages: string[]
}
export type TTrainerProfilePage = TTrainerCard & { biography?: string; trainings: { title: string; year?: number; place?: string }[] }

const named = (doc: Participant | ThematicArea | number | null | undefined, field: 'name' | 'title'): TNamed | undefined =>
  doc && typeof doc === 'object' && doc.slug ? { slug: doc.slug, name: String((doc as unknown as Record<string, unknown>)[field] ?? doc.slug) } : undefined

function card(doc: Pick<Trainer, 'slug' | 'name' | 'kind' | 'country' | 'institution' | 'thematicAreas' | 'languages'>): TTrainerCard {
  return {
    slug: doc.slug,
    name: doc.name,
    kind: doc.kind,
    country: named(doc.country, 'name'),
    institution: doc.institution ?? undefined,
    areas: (doc.thematicAreas ?? []).map((a) => named(a, 'title')).filter((a): a is TNamed => a !== undefined),
    languages: doc.languages ?? [],
  }
}

export const trainerFacets = ['area', 'language', 'country', 'kind'] as const
export type TTrainerFacet = (typeof trainerFacets)[number]

/** A card's values for one facet. */
function valuesOf(card: TTrainerCard, facet: TTrainerFacet): string[] {
  if (facet === 'area') return card.areas.map((a) => a.slug)
  if (facet === 'language') return card.languages
  if (facet === 'country') return card.country ? [card.country.slug] : []
  return [card.kind]
}

/** Passes the filters: OR within a filter, AND across them; `except` leaves one out (its own counts). */
const passes = (card: TTrainerCard, filters: TTrainerFilters, except?: TTrainerFacet) =>
  trainerFacets.every((facet) => facet === except || filters[facet].length === 0 || valuesOf(card, facet).some((v) => (filters[facet] as string[]).includes(v)))

/**
 * The public directory of trainers: one page of the profiles the filters match, and each
 * filter's values with how many profiles each would find given the other filters. The network
 * is small (hundreds at most), so the public profiles are read once and filtered here.
 */
export async function loadTrainerDirectory(locale: Locale, filters: TTrainerFilters) {
  const payload = await getPayloadClient()
  const [all, areas] = await Promise.all([
    payload.find({
      collection: 'trainers',
      where: publicTrainerWhere,
      locale,
      depth: 1,
      pagination: false,
      limit: 2000,
      sort: 'name',
      overrideAccess: true,
      select: { slug: true, name: true, kind: true, country: true, institution: true, thematicAreas: true, languages: true },
      populate: { participants: { slug: true, name: true }, 'thematic-areas': { slug: true, title: true } },
    }),
    payload.find({ collection: 'thematic-areas', locale, depth: 0, pagination: false, limit: 50, sort: 'order', overrideAccess: false, select: { slug: true, title: true } }),
  ])
  const cards = all.docs.map(card).sort((a, b) => a.name.localeCompare(b.name, locale))
  const matching = cards.filter((c) => passes(c, filters))
  const totalPages = Math.max(1, Math.ceil(matching.length / trainersPerPage))
  const page = Math.min(filters.page ?? 1, totalPages)
  const labels: Record<TTrainerFacet, Map<string, string>> = {
    area: new Map(areas.docs.map((a) => [a.slug, a.title])),
    country: new Map(cards.flatMap((c) => (c.country ? [[c.country.slug, c.country.name] as const] : []))),
    language: new Map(cards.flatMap((c) => c.languages.map((l) => [l, l] as const))),
    kind: new Map(trainerKinds.map((k) => [k, k])),
  }
  const options = (facet: TTrainerFacet) => {
    const counts = new Map<string, number>()
    for (const c of cards) if (passes(c, filters, facet)) for (const v of new Set(valuesOf(c, facet))) counts.set(v, (counts.get(v) ?? 0) + 1)
    return [...labels[facet].keys()].map((value) => ({ value, label: labels[facet].get(value)!, count: counts.get(value) ?? 0, checked: (filters[facet] as string[]).includes(value) }))
  }
  return {
    trainers: matching.slice((page - 1) * trainersPerPage, page * trainersPerPage),
    total: matching.length,
    page,
    totalPages,
    options: Object.fromEntries(trainerFacets.map((facet) => [facet, options(facet)])) as Record<TTrainerFacet, ReturnType<typeof options>>,
  }
}

/** One public profile, or undefined when there is none to show (unpublished, or consent withdrawn). */
export async function loadTrainerProfile(locale: Locale, slug: string): Promise<TTrainerProfilePage | undefined> {
  const payload = await getPayloadClient()
  const found = await payload.find({ collection: 'trainers', where: { and: [publicTrainerWhere, { slug: { equals: slug } }] }, locale, depth: 1, limit: 1, overrideAccess: true })
  const doc = found.docs[0]
  if (!doc) return undefined
  return {
    ...card(doc),
    biography: doc.biography ?? undefined,
    trainings: (doc.trainings ?? []).map((t) => ({ title: t.title, year: t.year ?? undefined, place: t.place ?? undefined })),
  }
}
