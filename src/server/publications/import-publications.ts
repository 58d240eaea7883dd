import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { z } from 'zod'
import { slugify } from '@/fields/slug'
import { inspectPdf } from './inspect-pdf'

/**
 * Bulk import of publications from a CSV (one row per publication). Rows are validated
 * first; a run is idempotent: rows are matched by slug, and an edition's file is uploaded
 * only when the publication does not already have a file of that name for that language.
 */
export const importColumns = [
  'slug', 'type', 'published_on', 'visibility', 'title_en', 'title_ru', 'abstract_en', 'abstract_ru',
  'file_en', 'file_ru', 'areas', 'countries', 'authors', 'keywords_en', 'keywords_ru', 'doi', 'licence',
] as const

const list = (value: string | undefined) => (value ?? '').split(';').map((v) => v.trim()).filter(Boolean)

export const ZImportRow = z
  .object({
    slug: z.string().trim().regex(/^[a-z0-9-]{1,80}$/, 'slug: lowercase letters, digits and hyphens'),
    type: z.string().trim().min(1, 'type is required'),
    published_on: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'published_on: YYYY-MM-DD'),
    visibility: z.enum(['public', 'members']).default('public'),
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
    doi: z.string().trim().regex(/^(10\.\d{4,9}\/\S+)?$/, 'doi: like 10.1234/abc').optional(),
    licence: z.enum(['', 'cc-by-4.0', 'cc-by-nc-4.0', 'cc-by-nc-nd-4.0', 'all-rights-reserved']).optional(),
  })
  .refine((r) => r.title_en || r.title_ru, { message: 'a title in English or Russian is required' })
  .refine((r) => r.file_en || r.file_ru, { message: 'at least one edition file (file_en or file_ru) is required' })
  .refine((r) => !r.file_en || r.title_en || r.title_ru, { message: 'an edition needs a title' })

export type TImportRow = z.infer<typeof ZImportRow>
export type TRowReport = { line: number; slug?: string; status: 'created' | 'updated' | 'unchanged' | 'invalid' | 'valid'; errors: string[] }

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

/** Checks one row against the schema, the lookups and the files on disk; no writes. */
export async function validateRow(raw: Record<string, string>, lookups: Lookups, filesDir: string): Promise<{ row?: TImportRow; errors: string[] }> {
  const parsed = ZImportRow.safeParse(raw)
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)) }
  const row = parsed.data
  const errors: string[] = []
  if (!lookups.types.has(row.type)) errors.push(`type: unknown publication type "${row.type}"`)
  for (const a of list(row.areas)) if (!lookups.areas.has(a)) errors.push(`areas: unknown thematic area "${a}"`)
  for (const c of list(row.countries)) if (!lookups.countries.has(c)) errors.push(`countries: unknown ISO code "${c}"`)
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
  return { row, errors }
}

/** Creates or updates one publication from a valid row. */
export async function importRow(payload: Payload, row: TImportRow, lookups: Lookups, filesDir: string): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = (await payload.find({ collection: 'publications', where: { slug: { equals: row.slug } }, depth: 1, limit: 1, overrideAccess: true, draft: true })).docs[0]
  const editions: { language: 'en' | 'ru'; file: number }[] = []
  let filesChanged = false
  for (const language of ['en', 'ru'] as const) {
    const name = language === 'en' ? row.file_en : row.file_ru
    if (!name) continue
    const current = existing?.editions?.find((e) => e.language === language)
    const currentFile = current && typeof current.file === 'object' ? current.file : undefined
    const data = fs.readFileSync(path.resolve(filesDir, name))
    if (currentFile && currentFile.filesize === data.length && currentFile.filename?.replace(/-\d+(?=\.pdf$)/, '') === path.basename(name)) {
      editions.push({ language, file: currentFile.id })
      continue
    }
    const doc = await payload.create({ collection: 'documents', data: { audience: 'staff' }, file: { data, mimetype: 'application/pdf', name: path.basename(name), size: data.length }, overrideAccess: true })
    editions.push({ language, file: doc.id })
    filesChanged = true
  }
  const authorIds: number[] = []
  for (const name of list(row.authors)) {
    let id = lookups.authors.get(name)
    if (!id) {
      id = (await payload.create({ collection: 'authors', locale: 'en', data: { name, slug: `${slugify(name)}-${Date.now().toString(36)}` }, overrideAccess: true })).id
      lookups.authors.set(name, id)
    }
    authorIds.push(id)
  }
  const common = {
    slug: row.slug,
    type: lookups.types.get(row.type)!,
    publishedOn: row.published_on,
    visibility: row.visibility,
    editions,
    thematicAreas: list(row.areas).map((a) => lookups.areas.get(a)!),
    countries: list(row.countries).map((c) => lookups.countries.get(c)!),
    authors: authorIds,
    doi: row.doi || undefined,
    licence: row.licence || undefined,
    _status: 'published' as const,
  }
  const texts = (lang: 'en' | 'ru') => ({
    title: (lang === 'en' ? row.title_en : row.title_ru) || undefined,
    abstract: (lang === 'en' ? row.abstract_en : row.abstract_ru) || undefined,
    keywords: list(lang === 'en' ? row.keywords_en : row.keywords_ru),
  })
  const firstLang = row.title_en ? 'en' : 'ru'
  const unchanged =
    existing &&
    !filesChanged &&
    existing.title === texts('en').title &&
    existing.publishedOn?.slice(0, 10) === row.published_on &&
    existing.visibility === row.visibility
  if (unchanged) return 'unchanged'
  const saved = existing
    ? await payload.update({ collection: 'publications', id: existing.id, locale: firstLang, data: { ...common, ...texts(firstLang) }, overrideAccess: true })
    : await payload.create({ collection: 'publications', locale: firstLang, data: { ...common, ...texts(firstLang), title: texts(firstLang).title! }, overrideAccess: true })
  const other = firstLang === 'en' ? 'ru' : 'en'
  if (texts(other).title) await payload.update({ collection: 'publications', id: saved.id, locale: other, data: texts(other), overrideAccess: true })
  return existing ? 'updated' : 'created'
}
