import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { upsertSearchDoc } from '@/server/search-index/index-store'
import { execute, queryRows, sql } from '@/server/search-index/raw-sql'
import { databaseKind, testPayload } from './helpers'

/**
 * Every save is one transaction on both databases (issue #7: on SQLite a `kill -9` during a
 * burst left a publication with a new title and its old version history).
 */
describe(`transactions (${databaseKind})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  async function firstPublication() {
    const { docs } = await payload.find({ collection: 'publications', limit: 1, depth: 0, overrideAccess: true, sort: 'id' })
    return docs[0]
  }

  it('keeps a save out of sight until it commits, and leaves nothing of it after a rollback', async () => {
    const before = await firstPublication()
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID).toBeTruthy()
    const req = await createLocalReq({}, payload)
    req.transactionID = transactionID!
    await payload.update({ collection: 'publications', id: before.id, data: { title: 'Half-written title' }, locale: 'en', overrideAccess: true, req })
    const versionsInside = await payload.countVersions({ collection: 'publications', where: { parent: { equals: before.id } }, overrideAccess: true, req })

    // Outside the transaction neither the document nor its new version is there yet.
    expect((await payload.findByID({ collection: 'publications', id: before.id, locale: 'en', overrideAccess: true })).title).toBe(before.title)
    const versionsOutside = await payload.countVersions({ collection: 'publications', where: { parent: { equals: before.id } }, overrideAccess: true })
    expect(versionsInside.totalDocs).toBe(versionsOutside.totalDocs + 1)

    await payload.db.rollbackTransaction(transactionID!)
    expect((await payload.findByID({ collection: 'publications', id: before.id, locale: 'en', overrideAccess: true })).title).toBe(before.title)
    expect((await payload.countVersions({ collection: 'publications', where: { parent: { equals: before.id } }, overrideAccess: true })).totalDocs).toBe(versionsOutside.totalDocs)
  })

  it('leaves a document as it was when its save fails halfway (the version cannot be written)', async () => {
    const before = await firstPublication()
    // The failure a crash or a full disk would cause, after the document's own row is written.
    const failHalfway =
      databaseKind === 'postgres'
        ? [
            `CREATE OR REPLACE FUNCTION fail_halfway() RETURNS trigger AS $$ BEGIN IF NEW.version_title = 'Fail halfway' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
            'CREATE TRIGGER fail_halfway BEFORE INSERT ON _publications_v_locales FOR EACH ROW EXECUTE FUNCTION fail_halfway()',
          ]
        : [`CREATE TRIGGER fail_halfway BEFORE INSERT ON _publications_v_locales WHEN NEW.version_title = 'Fail halfway' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`]
    for (const statement of failHalfway) await execute(payload, sql.raw(statement))
    try {
      await expect(payload.update({ collection: 'publications', id: before.id, data: { title: 'Fail halfway' }, locale: 'en', overrideAccess: true })).rejects.toThrow()
    } finally {
      await execute(payload, sql.raw(databaseKind === 'postgres' ? 'DROP TRIGGER fail_halfway ON _publications_v_locales' : 'DROP TRIGGER fail_halfway'))
    }
    const after = await payload.findByID({ collection: 'publications', id: before.id, locale: 'en', overrideAccess: true })
    expect(after.title).toBe(before.title)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('takes many concurrent saves, each whole: the document and its latest version agree', async () => {
    const pub = await firstPublication()
    const titles = Array.from({ length: 12 }, (_, i) => `Concurrent title ${i}`)
    const results = await Promise.allSettled(titles.map((title) => payload.update({ collection: 'publications', id: pub.id, data: { title }, locale: 'en', overrideAccess: true })))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])

    const now = await payload.findByID({ collection: 'publications', id: pub.id, locale: 'en', overrideAccess: true })
    const latest = await payload.findVersions({ collection: 'publications', where: { parent: { equals: pub.id } }, sort: '-updatedAt', limit: 1, locale: 'en', overrideAccess: true })
    expect(titles).toContain(now.title)
    expect(latest.docs[0].version.title).toBe(now.title)
    await payload.update({ collection: 'publications', id: pub.id, data: { title: pub.title }, locale: 'en', overrideAccess: true })
  })

  it('writes an index entry and its postings together: a failure halfway leaves the former entry whole', async () => {
    const entry = (title: string, body: string) => ({
      docKey: 'publication:transaction-check',
      kind: 'publication' as const,
      refId: 'transaction-check',
      audience: 'public' as const,
      languages: ['en' as const],
      titles: { en: title },
      bodies: { en: body },
      urlPath: '/repository/transaction-check',
      facets: {},
    })
    await upsertSearchDoc(payload, entry('Former title', 'readmission agreements'))
    const failHalfway =
      databaseKind === 'postgres'
        ? [
            `CREATE OR REPLACE FUNCTION fail_postings() RETURNS trigger AS $$ BEGIN IF NEW.term = 'halfwayfailur' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
            'CREATE TRIGGER fail_postings BEFORE INSERT ON search_postings FOR EACH ROW EXECUTE FUNCTION fail_postings()',
          ]
        : [`CREATE TRIGGER fail_postings BEFORE INSERT ON search_postings WHEN NEW.term = 'halfwayfailur' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`]
    for (const statement of failHalfway) await execute(payload, sql.raw(statement))
    try {
      await expect(upsertSearchDoc(payload, entry('Latter title', 'halfwayfailure'))).rejects.toThrow()
    } finally {
      await execute(payload, sql.raw(databaseKind === 'postgres' ? 'DROP TRIGGER fail_postings ON search_postings' : 'DROP TRIGGER fail_postings'))
    }
    const [doc] = await queryRows<{ id: number; title_en: string }>(payload, sql`SELECT id, title_en FROM search_docs WHERE doc_key = ${'publication:transaction-check'}`)
    expect(doc.title_en).toBe('Former title')
    const terms = await queryRows<{ term: string }>(payload, sql`SELECT term FROM search_postings WHERE doc_id = ${doc.id} ORDER BY term`)
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['former', 'readmiss']))
    await execute(payload, sql`DELETE FROM search_postings WHERE doc_id = ${doc.id}`)
    await execute(payload, sql`DELETE FROM search_docs WHERE id = ${doc.id}`)
  })
})
