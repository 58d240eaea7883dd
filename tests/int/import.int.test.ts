import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importRow, loadLookups, validateRow } from '@/server/publications/import-publications'
import type { Participant } from '@/payload-types'
import type { TPublicationAllLocales } from '@/server/publications/types'
import { databaseKind, testPayload } from './helpers'

/** Runs the import script as a person would with its output piped (not a terminal). */
/**
 * Runs the script; once more if it stopped with exit code 13 (an unsettled top-level await):
 * tsx under Node 20 now and then stops so while loading Payload's rich-text editor on a busy
 * machine, before the script has done anything.
 */
async function runImportScript(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const first = await runImportScriptOnce(args)
  return first.code === 13 ? runImportScriptOnce(args) : first
}

function runImportScriptOnce(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env }
  // The script itself must keep a pipe free of colour codes, whatever the parent asked for.
  delete env.FORCE_COLOR
  delete env.NO_COLOR
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/import-publications.mts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe(`bulk import of publications (${databaseKind})`, () => {
  let payload: Payload
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-import-'))
  const slug = `imported-${Date.now()}`
  const row: Record<string, string> = {
    slug,
    type: 'policy-brief',
    published_on: '2023-05-10',
    visibility: 'public',
    title_en: 'Imported labour corridors',
    title_ru: 'Импортированный обзор трудовой миграции',
    file_en: 'en.pdf',
    file_ru: 'ru.pdf',
    areas: 'legal-labour-migration',
    countries: 'KZ;UZ',
    authors: 'Synthetic Author',
  }
  const stored = async (s: string, depth = 0) =>
    (await payload.find({ collection: 'publications', where: { slug: { equals: s } }, locale: 'all', depth, overrideAccess: true })).docs[0] as unknown as TPublicationAllLocales
  const slugsOf = async (collection: 'publication-types' | 'thematic-areas') =>
    (await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map((d) => d.slug).sort()

  beforeAll(async () => {
    payload = await testPayload()
    fs.copyFileSync('tests/fixtures/en-sample.pdf', path.join(dir, 'en.pdf'))
    fs.copyFileSync('tests/fixtures/ru-sample.pdf', path.join(dir, 'ru.pdf'))
    fs.copyFileSync('tests/fixtures/sample.pdf', path.join(dir, 'other.pdf'))
    fs.writeFileSync(path.join(dir, 'fake.pdf'), 'not a pdf at all')
  })

  it('reports each problem of a row and accepts a good one', async () => {
    const lookups = await loadLookups(payload)
    expect(await validateRow(row, lookups, dir)).toMatchObject({ errors: [], warnings: [] })
    const bad = await validateRow({ ...row, type: 'novel', countries: 'XX', file_en: 'fake.pdf', file_ru: '../../etc/passwd', published_on: '2023-05-10' }, lookups, dir)
    expect(bad.errors.map((e) => e.split(' (')[0])).toEqual([
      'type: unknown publication type "novel"',
      'countries: unknown country code "XX"',
      'file: "fake.pdf" is not a PDF',
      'file: "../../etc/passwd" is outside the files folder',
    ])
    expect((await validateRow({ ...row, published_on: '10.05.2023' }, lookups, dir)).errors[0]).toMatch(/^published_on: /)
  })

  it('lists the valid values in its messages and names each field once', async () => {
    const lookups = await loadLookups(payload)
    const participants = (await payload.find({ collection: 'participants', limit: 0, pagination: false, overrideAccess: true })).docs
    const isoCodes = participants.flatMap((p) => (p.isoCode ? [p.isoCode] : [])).sort()
    const types = await slugsOf('publication-types')
    const areas = await slugsOf('thematic-areas')
    expect(types).toContain('policy-brief')
    expect(isoCodes).toContain('KZ')

    const unknown = await validateRow({ ...row, type: 'novel', areas: 'legal-labour-migration;smuggling;piracy', countries: 'KZ;XX;kz' }, lookups, dir)
    expect(unknown.errors).toEqual([
      `type: unknown publication type "novel" (valid types: ${types.join(', ')})`,
      `areas: unknown thematic area "smuggling", "piracy" (valid areas: ${areas.join(', ')})`,
      `countries: unknown country code "XX", "kz" (accepted: any ISO 3166-1 alpha-2 code in capitals, or XK for Kosovo; participants: ${isoCodes.join(', ')})`,
    ])

    const malformed = await validateRow(
      { ...row, slug: 'Bad Slug', type: ' ', published_on: '10.05.2023', visibility: 'secret', doi: 'https://doi.org/10.1234/x', licence: 'cc0' },
      lookups,
      dir,
    )
    expect(malformed.errors).toEqual([
      'slug: lowercase letters, digits and hyphens (at most 80)',
      'type: required',
      'published_on: a date YYYY-MM-DD or a year YYYY',
      'visibility: "secret" is not one of: public, members',
      'doi: like 10.1234/abc (without https://doi.org/)',
      'licence: "cc0" is not one of: cc-by-4.0, cc-by-nc-4.0, cc-by-nc-nd-4.0, all-rights-reserved',
    ])
    for (const message of [...unknown.errors, ...malformed.errors]) expect(message).not.toMatch(/^(\w+): \1\b/)
  })

  it('imports once, and a second run with the same rows creates no duplicates', async () => {
    const lookups = await loadLookups(payload)
    const { row: valid } = await validateRow(row, lookups, dir)
    const documentsBefore = (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    expect(await importRow(payload, valid!, lookups, dir)).toEqual({ status: 'created', changed: [] })
    expect(await importRow(payload, valid!, lookups, dir)).toEqual({ status: 'unchanged', changed: [] })
    const found = await payload.find({ collection: 'publications', where: { slug: { equals: slug } }, locale: 'ru', overrideAccess: true })
    expect(found.totalDocs).toBe(1)
    expect(found.docs[0].title).toBe('Импортированный обзор трудовой миграции')
    expect((await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(documentsBefore + 2)
    expect((await payload.count({ collection: 'authors', where: { name: { equals: 'Synthetic Author' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('reports "updated", naming the field, when any imported field changed, and stores the change', async () => {
    const lookups = await loadLookups(payload)
    let current: Record<string, string> = { ...row, slug: `${slug}-changes`, countries: 'KZ' }
    const importCurrent = async () => {
      const { row: valid, errors } = await validateRow(current, lookups, dir)
      expect(errors).toEqual([])
      return importRow(payload, valid!, lookups, dir)
    }
    expect((await importCurrent()).status).toBe('created')
    const steps: [Record<string, string>, string[]][] = [
      [{ abstract_en: 'What changed in the corridors.' }, ['abstract_en']],
      [{ abstract_ru: 'Что изменилось в коридорах.' }, ['abstract_ru']],
      [{ title_en: 'Imported labour corridors, revised' }, ['title_en']],
      [{ title_ru: 'Обзор трудовой миграции, новая редакция' }, ['title_ru']],
      [{ areas: 'legal-labour-migration;integration' }, ['thematicAreas']],
      [{ countries: 'KZ;TJ' }, ['countries']],
      [{ authors: 'Synthetic Author;Second Synthetic Author' }, ['authors']],
      [{ doi: '10.1234/pp-import-1' }, ['doi']],
      [{ doi: '10.1234/pp-import-2' }, ['doi']],
      [{ keywords_en: 'labour;corridors' }, ['keywords_en']],
      [{ keywords_ru: 'трудовая миграция' }, ['keywords_ru']],
      [{ type: 'analytical-report' }, ['type']],
      [{ published_on: '2023-06-01' }, ['publishedOn']],
      [{ visibility: 'members' }, ['visibility']],
      [{ licence: 'cc-by-nc-4.0' }, ['licence']],
      [{ file_en: 'other.pdf' }, ['editions']],
      [{ doi: '', abstract_en: '' }, ['doi', 'abstract_en']],
    ]
    for (const [patch, fields] of steps) {
      current = { ...current, ...patch }
      expect({ patch, outcome: await importCurrent() }).toEqual({ patch, outcome: { status: 'updated', changed: fields } })
      expect({ patch, outcome: await importCurrent() }).toEqual({ patch, outcome: { status: 'unchanged', changed: [] } })
    }

    const doc = await stored(current.slug, 1)
    const ids = (values: unknown[] | null | undefined) => (values ?? []).map((v) => (v as { id: number }).id)
    expect(doc.title).toEqual({ en: 'Imported labour corridors, revised', ru: 'Обзор трудовой миграции, новая редакция' })
    expect(doc.abstract).toMatchObject({ ru: 'Что изменилось в коридорах.' })
    expect(doc.abstract?.en ?? null).toBeNull()
    expect(doc.keywords).toMatchObject({ en: ['labour', 'corridors'], ru: ['трудовая миграция'] })
    expect(ids(doc.thematicAreas)).toEqual([lookups.areas.get('legal-labour-migration'), lookups.areas.get('integration')])
    expect((doc.countries as Participant[]).map((c) => c.isoCode)).toEqual(['KZ', 'TJ'])
    expect(ids(doc.authors)).toEqual([lookups.authors.get('Synthetic Author'), lookups.authors.get('Second Synthetic Author')])
    expect(doc.doi ?? null).toBeNull()
    expect((doc.type as { slug: string }).slug).toBe('analytical-report')
    expect(doc.publishedOn.slice(0, 10)).toBe('2023-06-01')
    expect(doc.visibility).toBe('members')
    expect(doc.licence).toBe('cc-by-nc-4.0')
    const files = (doc.editions ?? []).map((e) => [e.language, (e.file as { filesize: number }).filesize])
    expect(files).toEqual([['en', fs.statSync(path.join(dir, 'other.pdf')).size], ['ru', fs.statSync(path.join(dir, 'ru.pdf')).size]])
  })

  it('does not upload a file again when its name ends in digits, and uploads a changed one', async () => {
    const lookups = await loadLookups(payload)
    fs.copyFileSync('tests/fixtures/en-sample.pdf', path.join(dir, 'brief-2019.pdf'))
    const dated = { ...row, slug: `${slug}-dated`, file_en: 'brief-2019.pdf', file_ru: '' }
    const run = async () => importRow(payload, (await validateRow(dated, lookups, dir)).row!, lookups, dir)
    const documents = async () => (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    const before = await documents()
    expect((await run()).status).toBe('created')
    expect(await run()).toEqual({ status: 'unchanged', changed: [] })
    expect(await documents()).toBe(before + 1)
    fs.copyFileSync('tests/fixtures/ru-sample.pdf', path.join(dir, 'brief-2019.pdf'))
    expect(await run()).toEqual({ status: 'updated', changed: ['editions'] })
    expect(await documents()).toBe(before + 2)
  })

  it('accepts a year alone as the publication date and stores 1 January of that year', async () => {
    const lookups = await loadLookups(payload)
    const yearly = { ...row, slug: `${slug}-year`, published_on: '2019' }
    const { row: valid, errors } = await validateRow(yearly, lookups, dir)
    expect(errors).toEqual([])
    expect(valid!.published_on).toBe('2019-01-01')
    expect((await importRow(payload, valid!, lookups, dir)).status).toBe('created')
    expect((await stored(yearly.slug)).publishedOn.slice(0, 10)).toBe('2019-01-01')
    expect((await importRow(payload, (await validateRow(yearly, lookups, dir)).row!, lookups, dir)).status).toBe('unchanged')
    expect((await validateRow({ ...row, published_on: '2019-02-30' }, lookups, dir)).errors).toEqual(['published_on: no such date'])
    expect((await validateRow({ ...row, published_on: '19' }, lookups, dir)).errors).toEqual(['published_on: a date YYYY-MM-DD or a year YYYY'])
  })

  it('links participant countries and keeps every other ISO code as a country of its own', async () => {
    const lookups = await loadLookups(payload)
    const abroad = { ...row, slug: `${slug}-abroad`, countries: 'KZ;AF;SY;XK;NG' }
    const { row: valid, errors, warnings } = await validateRow(abroad, lookups, dir)
    expect(errors).toEqual([])
    expect(warnings).toEqual([])
    expect((await importRow(payload, valid!, lookups, dir)).status).toBe('created')
    const created = await stored(abroad.slug, 1)
    expect((created.countries as Participant[]).map((c) => c.isoCode)).toEqual(['KZ', 'XK'])
    expect(created.otherCountries).toEqual(['AF', 'SY', 'NG'])
    expect((await importRow(payload, valid!, lookups, dir)).status).toBe('unchanged')
    // A change to the other countries alone is a change.
    const fewer = (await validateRow({ ...abroad, countries: 'KZ;AF;XK' }, lookups, dir)).row!
    expect(await importRow(payload, fewer, lookups, dir)).toMatchObject({ status: 'updated', changed: ['otherCountries'] })
    expect((await stored(abroad.slug, 1)).otherCountries).toEqual(['AF'])
  })

  it('offers the webinar-recording and commentary types, named in English and Russian', async () => {
    const named = async (locale: 'en' | 'ru') =>
      (await payload.find({ collection: 'publication-types', where: { slug: { in: ['webinar-recording', 'commentary'] } }, locale, sort: 'slug', overrideAccess: true })).docs.map((d) => [d.slug, d.name])
    expect(await named('en')).toEqual([['commentary', 'Commentary'], ['webinar-recording', 'Webinar recording']])
    expect(await named('ru')).toEqual([['commentary', 'Комментарий'], ['webinar-recording', 'Запись вебинара']])
    const lookups = await loadLookups(payload)
    for (const type of ['webinar-recording', 'commentary']) expect((await validateRow({ ...row, type }, lookups, dir)).errors).toEqual([])
  })

  it('prints plain lines without colour codes when its output is not a terminal', async () => {
    const csv = path.join(dir, 'items.csv')
    const good = `${slug}-script`
    const bad = `${slug}-script-bad`
    fs.writeFileSync(
      csv,
      ['slug,type,published_on,title_en,file_en,countries', `${good},policy-brief,2020,Imported by the script,en.pdf,KZ;AF`, `${bad},novel,2020-01-01,Bad type,en.pdf,KZ`].join('\n'),
    )
    const { code, stdout, stderr } = await runImportScript([csv, dir])
    // Exit code 1: one row is invalid (the received output shows where the script stopped otherwise).
    expect({ code, stderr: stderr.slice(-2000), stdout: code === 1 ? '' : stdout.slice(-3000) }).toMatchObject({ code: 1 })
    expect(stdout + stderr).not.toContain('\u001b[')
    const lines = stdout.split('\n')
    expect(lines).toContain(`row 1/2 (line 2) ${good}: created`)
    expect(lines.find((l) => l.startsWith(`row 2/2 (line 3) ${bad}: invalid – type: unknown publication type "novel" (valid types: `))).toBeDefined()
    expect(lines).toContain('2 rows: 1 created, 0 updated, 0 unchanged, 0 valid, 1 invalid')
    // Payload's own log lines still appear, as plain text.
    expect(stdout).toMatch(/^\[\d{2}:\d{2}:\d{2}\] INFO: \S/m)
    expect((await stored(good)).publishedOn.slice(0, 10)).toBe('2020-01-01')
  }, 120_000)
})
