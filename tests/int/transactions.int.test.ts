import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
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
})
