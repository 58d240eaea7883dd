import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importRow, loadLookups, validateRow } from '@/server/publications/import-publications'
import { databaseKind, testPayload } from './helpers'

describe(`bulk import of publications (${databaseKind})`, () => {
  let payload: Payload
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-import-'))
  const slug = `imported-${Date.now()}`
  const row = {
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

  beforeAll(async () => {
    payload = await testPayload()
    fs.copyFileSync('tests/fixtures/en-sample.pdf', path.join(dir, 'en.pdf'))
    fs.copyFileSync('tests/fixtures/ru-sample.pdf', path.join(dir, 'ru.pdf'))
    fs.writeFileSync(path.join(dir, 'fake.pdf'), 'not a pdf at all')
  })

  it('reports each problem of a row and accepts a good one', async () => {
    const lookups = await loadLookups(payload)
    expect((await validateRow(row, lookups, dir)).errors).toEqual([])
    const bad = await validateRow({ ...row, type: 'novel', countries: 'XX', file_en: 'fake.pdf', file_ru: '../../etc/passwd', published_on: '2023-05-10' }, lookups, dir)
    expect(bad.errors).toEqual([
      'type: unknown publication type "novel"',
      'countries: unknown ISO code "XX"',
      'file: "fake.pdf" is not a PDF',
      'file: "../../etc/passwd" is outside the files folder',
    ])
    expect((await validateRow({ ...row, published_on: '10.05.2023' }, lookups, dir)).errors[0]).toMatch(/published_on/)
  })

  it('imports once, and a second run with the same rows creates no duplicates', async () => {
    const lookups = await loadLookups(payload)
    const { row: valid } = await validateRow(row, lookups, dir)
    const documentsBefore = (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    expect(await importRow(payload, valid!, lookups, dir)).toBe('created')
    expect(await importRow(payload, valid!, lookups, dir)).toBe('unchanged')
    const found = await payload.find({ collection: 'publications', where: { slug: { equals: slug } }, locale: 'ru', overrideAccess: true })
    expect(found.totalDocs).toBe(1)
    expect(found.docs[0].title).toBe('Импортированный обзор трудовой миграции')
    expect((await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(documentsBefore + 2)
    expect((await payload.count({ collection: 'authors', where: { name: { equals: 'Synthetic Author' } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})
