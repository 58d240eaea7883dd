import { isIsoCountryCode } from '@/server/places/iso-countries'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { z } from 'zod'
import { slugify } from '@/fields/slug'
import type { Document, Publication } from '@/payload-types'
import { inspectPdf } from './inspect-pdf'
import { licences } from './licences'
import type { TPublicationAllLocales } from './types'

/**
 * Bulk import of publications from a CSV (one row per publication). Rows are validated
 * first; a run is idempotent: rows are matched by slug, a publication is written only when
 * one of its imported fields differs, and an edition's file is uploaded only when the
 * publication does not already have that file for that language.
 */
export const importColumns = [
  'slug', 'type', 'published_on', 'visibility', 'title_en', 'title_ru', 'abstract_en', 'abstract_ru',
  'file_en', 'file_ru', 'areas', 'countries', 'authors', 'keywords_en', 'keywords_ru', 'doi', 'licence',
] as const

/** A ";"-separated cell as a list, without blanks or repeats. */
const list = (value: string | undefined) => [...new Set((value ?? '').split(';').map((v) => v.trim()).filter(Boolean))]


/** A zod error map that names the value given and every value allowed. */
const oneOf = (values: readonly string[]): z.RawCreateParams => ({
  errorMap: (issue, ctx) => ({
    message: issue.code === 'invalid_enum_value' ? `"${String(issue.received)}" is not one of: ${values.filter(Boolean).join(', ')}` : ctx.defaultError,
  }),
})

type TLicence = (typeof licences)[number]['value']
const licenceValues = ['', ...licences.map((l) => l.value)] as ['', ...TLicence[]]
const visibilities = ['public', 'members'] as const

/** A calendar date that exists (not 2023-02-30). */
const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

// Messages name neither the field nor the column: the report puts "<column>: " in front.
export const ZImportRow = z
  .object({
    slug: z.string().trim().regex(/^[a-z0-9-]{1,80}$/, 'lowercase letters, digits and hyphens (at most 80)'),
    type: z.string().trim().min(1, 'required'),
    // A year alone (2019) is stored as 1 January of that year: publishedOn is one required
    // date (it sorts the repository and feeds OAI/citations) and has no precision field, so
    // the first day of the year is the only value that never claims a later date than the
    // source; an editor can refine it in the admin.
    published_on: z
      .string()
      .trim()
      .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'a date YYYY-MM-DD or a year YYYY')
      .transform((v) => (v.length === 4 ? `${v}-01-01` : v))
      .refine(isRealDate, 'no such date'),
    visibility: z.enum(visibilities, oneOf(visibilities)).default('public'),
    title_en: z.string().trim().optional(),
    title_ru: z.string().trim().optional(),
    abstract_en: z.string().trim().optional(),
    abstract_ru: z.string().trim().optional(),
    file_en: z.string().trim().optional(),
    file_ru: z.string().trim().optional(),
    areas: z.string().optional(),
    countries: z.string().optional(),
    authors: z.string().optional(),
    keywords_en: z.string().optional(),
    keywords_ru: z.string().optional(),
    doi: z.string().trim().regex(/^(10\.\d{4,9}\/\S+)?$/, 'like 10.1234/abc (without https://doi.org/)').optional(),
    licence: z.enum(licenceValues, oneOf(licenceValues)).optional(),
  })
  .refine((r) => r.title_en || r.title_ru, { message: 'a title in English or Russian is required' })
  .refine((r) => r.file_en || r.file_ru, { message: 'at least one edition file (file_en or file_ru) is required' })
  .refine((r) => !r.file_en || r.title_en || r.title_ru, { message: 'an edition needs a title' })

export type TImportRow = z.infer<typeof ZImportRow>
export type TRowReport = { line: number; slug?: string; status: 'created' | 'updated' | 'unchanged' | 'invalid' | 'valid'; errors: string[]; warnings: string[] }
/** What importing a row did; `changed` names the fields that differed (empty when created). */
export type TImportOutcome = { status: 'created' | 'updated' | 'unchanged'; changed: string[] }

type Lookups = { types: Map<string, number>; areas: Map<string, number>; countries: Map<string, number>; authors: Map<string, number> }

export async function loadLookups(payload: Payload): Promise<Lookups> {
  const all = async (collection: 'publication-types' | 'thematic-areas' | 'participants' | 'authors') =>
    (await payload.find({ collection, limit: 0, pagination: false, depth: 0, locale: 'en', overrideAccess: true })).docs as unknown as Record<string, unknown>[]
  const [types, areas, countries, authors] = await Promise.all([all('publication-types'), all('thematic-areas'), all('participants'), all('authors')])
  return {
    types: new Map(types.map((d) => [String(d.slug), Number(d.id)])),
    areas: new Map(areas.map((d) => [String(d.slug), Number(d.id)])),
    countries: new Map(countries.filter((d) => d.isoCode).map((d) => [String(d.isoCode), Number(d.id)])),
    authors: new Map(authors.map((d) => [String(d.name), Number(d.id)])),
  }
}

const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(', ')
const sortedKeys = (map: Map<string, number>) => [...map.keys()].sort().join(', ')

/** Errors and warnings of the cells that name other records: type, areas, countries. */
function checkReferences(row: TImportRow, lookups: Lookups): { errors: string[]; warnings: string[] } {
  const errors: string[] = []
  const warnings: string[] = []
  if (!lookups.types.has(row.type)) errors.push(`type: unknown publication type "${row.type}" (valid types: ${sortedKeys(lookups.types)})`)
  const unknownAreas = list(row.areas).filter((a) => !lookups.areas.has(a))
  if (unknownAreas.length) errors.push(`areas: unknown thematic area ${quoted(unknownAreas)} (valid areas: ${sortedKeys(lookups.areas)})`)
  const codes = list(row.countries)
  const notIso = codes.filter((c) => !isIsoCountryCode(c))
  if (notIso.length) {
    errors.push(
      `countries: unknown country code ${quoted(notIso)} (accepted: any ISO 3166-1 alpha-2 code in capitals, or XK for Kosovo; ` +
        `participants: ${sortedKeys(lookups.countries)})`,
    )
  }
  return { errors, warnings }
}

/** Checks one row against the schema, the lookups and the files on disk; no writes. */
export async function validateRow(
  raw: Record<string, string>,
  lookups: Lookups,
  filesDir: string,
): Promise<{ row?: TImportRow; errors: string[]; warnings: string[] }> {
  const parsed = ZImportRow.safeParse(raw)
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)), warnings: [] }
  const row = parsed.data
  const { errors, warnings } = checkReferences(row, lookups)
  for (const file of [row.file_en, row.file_ru]) {
    if (!file) continue
    const full = path.resolve(filesDir, file)
    if (!full.startsWith(path.resolve(filesDir) + path.sep)) errors.push(`file: "${file}" is outside the files folder`)
    else if (!fs.existsSync(full)) errors.push(`file: "${file}" not found`)
    else {
      const check = await inspectPdf(new Uint8Array(fs.readFileSync(full)))
      if (!check.ok) errors.push(`file: "${file}" is ${check.reason === 'not-pdf' ? 'not a PDF' : 'an unreadable PDF'}`)
    }
  }
  return { row, errors, warnings }
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)
/** A file name without its extension and without a trailing "-<digits>" (Payload's de-duplication suffix). */
const stem = (name: string) => path.basename(name).replace(/\.[^.]*$/, '').replace(/-\d+$/, '')

/**
 * Whether a stored file is the one named in the row: same size, and the same name up to
 * the numeric suffix Payload adds (or increments: "brief-2019.pdf" may be kept as
 * "brief-2020.pdf") when a file of that name already exists.
 */
const isSameFile = (stored: Document, name: string, size: number) => stored.filesize === size && !!stored.filename && stem(stored.filename) === stem(name)

/** The row's editions: a stored file is kept when it is the same, otherwise the file is uploaded. */
async function resolveEditions(payload: Payload, row: TImportRow, existing: TPublicationAllLocales | undefined, filesDir: string) {
  const editions: { language: 'en' | 'ru'; file: number }[] = []
  for (const language of ['en', 'ru'] as const) {
    const name = language === 'en' ? row.file_en : row.file_ru
    if (!name) continue
    const current = existing?.editions?.find((e) => e.language === language)?.file
    const data = fs.readFileSync(path.resolve(filesDir, name))
    if (current && typeof current === 'object' && isSameFile(current, name, data.length)) {
      editions.push({ language, file: current.id })
      continue
    }
    const doc = await payload.create({ collection: 'documents', data: { audience: 'staff' }, file: { data, mimetype: 'application/pdf', name: path.basename(name), size: data.length }, overrideAccess: true })
    editions.push({ language, file: doc.id })
  }
  return editions
}

/** The authors' ids in the row's order; an author not yet known is created. */
async function resolveAuthors(payload: Payload, row: TImportRow, lookups: Lookups): Promise<number[]> {
  const ids: number[] = []
  for (const name of list(row.authors)) {
    let id = lookups.authors.get(name)
    if (!id) {
      id = (await payload.create({ collection: 'authors', locale: 'en', data: { name, slug: `${slugify(name)}-${Date.now().toString(36)}` }, overrideAccess: true })).id
      lookups.authors.set(name, id)
    }
    ids.push(id)
  }
  return ids
}

type TLang = 'en' | 'ru'

/** The localized fields of one language, as they are written (null clears a field). */
const textsOf = (row: TImportRow, lang: TLang) => ({
  title: (lang === 'en' ? row.title_en : row.title_ru) || undefined,
  abstract: (lang === 'en' ? row.abstract_en : row.abstract_ru) || null,
  keywords: list(lang === 'en' ? row.keywords_en : row.keywords_ru),
})

/**
 * The imported fields that differ between the stored publication and what the row writes.
 * Only what the row writes is compared: the texts of the languages that have a title in the
 * row, and the licence when the row gives one (otherwise the stored or default licence stays).
 */
function changedFields(existing: TPublicationAllLocales, common: Record<string, unknown>, row: TImportRow, languages: TLang[]): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  const stored: Record<string, unknown> = {
    type: idOf(existing.type),
    publishedOn: existing.publishedOn?.slice(0, 10),
    visibility: existing.visibility,
    editions: (existing.editions ?? []).map((e) => ({ language: e.language, file: idOf(e.file) })),
    thematicAreas: (existing.thematicAreas ?? []).map(idOf),
    countries: (existing.countries ?? []).map(idOf),
    otherCountries: existing.otherCountries ?? [],
    authors: (existing.authors ?? []).map(idOf),
    doi: existing.doi || null,
    licence: existing.licence ?? null,
  }
  const changed = Object.keys(stored).filter((key) => (key !== 'licence' || row.licence) && !same(stored[key], common[key]))
  for (const lang of languages) {
    const texts = textsOf(row, lang)
    if (existing.title?.[lang] !== texts.title) changed.push(`title_${lang}`)
    if ((existing.abstract?.[lang] || null) !== texts.abstract) changed.push(`abstract_${lang}`)
    if (!same(existing.keywords?.[lang] ?? [], texts.keywords)) changed.push(`keywords_${lang}`)
  }
  return changed
}

/** Creates or updates one publication from a valid row; writes nothing when nothing differs. */
export async function importRow(payload: Payload, row: TImportRow, lookups: Lookups, filesDir: string): Promise<TImportOutcome> {
  const found = await payload.find({ collection: 'publications', where: { slug: { equals: row.slug } }, depth: 1, limit: 1, locale: 'all', overrideAccess: true, draft: true })
  const existing = found.docs[0] as unknown as TPublicationAllLocales | undefined
  const common = {
    slug: row.slug,
    type: lookups.types.get(row.type)!,
    publishedOn: row.published_on,
    visibility: row.visibility,
    editions: await resolveEditions(payload, row, existing, filesDir),
    thematicAreas: list(row.areas).map((a) => lookups.areas.get(a)!),
    // Participants are linked to their record; any other country is kept by its code.
    countries: list(row.countries).flatMap((c) => lookups.countries.get(c) ?? []),
    otherCountries: list(row.countries).filter((c) => !lookups.countries.has(c)) as NonNullable<Publication['otherCountries']>,
    authors: await resolveAuthors(payload, row, lookups),
    doi: row.doi || null,
    ...(row.licence ? { licence: row.licence } : {}),
    _status: 'published' as const,
  }
  const languages: TLang[] = (['en', 'ru'] as const).filter((lang) => textsOf(row, lang).title)
  const [first, second] = languages
  if (existing) {
    const changed = changedFields(existing, common, row, languages)
    if (!changed.length) return { status: 'unchanged', changed }
    await payload.update({ collection: 'publications', id: existing.id, locale: first, data: { ...common, ...textsOf(row, first) }, overrideAccess: true })
    if (second) await payload.update({ collection: 'publications', id: existing.id, locale: second, data: textsOf(row, second), overrideAccess: true })
    return { status: 'updated', changed }
  }
  const saved = await payload.create({ collection: 'publications', locale: first, data: { ...common, ...textsOf(row, first), title: textsOf(row, first).title! }, overrideAccess: true })
  if (second) await payload.update({ collection: 'publications', id: saved.id, locale: second, data: textsOf(row, second), overrideAccess: true })
  return { status: 'created', changed: [] }
}
