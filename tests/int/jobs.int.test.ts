import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { claimDueJobs, releaseStaleJobs, runDueJobs } from '@/server/jobs/run-queued-jobs'
import { execute, queryRows, sql } from '@/server/search-index/raw-sql'
import { ANALYZER_VERSION } from '@/server/search/analyze'
import { databaseKind, testPayload } from './helpers'

describe(`jobs queue shared by several instances (${databaseKind})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    // Start from an empty queue: other test files leave jobs of their own.
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
  })

  async function queueEmails(count: number, subject = 'Claim test'): Promise<number[]> {
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      const entry = await payload.create({ collection: 'email-outbox', data: { to: `claim-${i}@example.test`, subject, status: 'queued' }, overrideAccess: true })
      const job = await payload.jobs.queue({ task: 'deliverEmail', input: { outboxId: String(entry.id) }, overrideAccess: true })
      ids.push(Number(job.id))
    }
    return ids
  }

  it('hands each due job to exactly one of several concurrent claimants', async () => {
    const queued = await queueEmails(24)
    // Four claimants at once (on PostgreSQL each on its own pooled connection).
    const claims = await Promise.all([0, 1, 2, 3].map(() => claimDueJobs(payload, 10)))
    const claimed = claims.flat()
    // No job twice, and as many as the four asked for (10 each) while there were enough: at least
    // the 24 queued here (a job that other files' background work queued meanwhile may be due too).
    expect(new Set(claimed).size).toBe(claimed.length)
    expect(claimed.length).toBeGreaterThanOrEqual(Math.min(40, queued.length))
    expect(claimed.length).toBeLessThanOrEqual(40)
    // Claimed jobs are not claimed again.
    const again = await claimDueJobs(payload, 100)
    expect(again.filter((id) => claimed.includes(id))).toEqual([])
    expect(new Set([...claimed, ...again].filter((id) => queued.includes(id))).size).toBe(queued.length)
    // Run them (each exactly once): every message is delivered once.
    for (const id of [...claimed, ...again]) await payload.jobs.runByID({ id, overrideAccess: true, silent: true })
    const delivered = await payload.find({ collection: 'email-outbox', where: { subject: { equals: 'Claim test' } }, limit: 100, overrideAccess: true })
    expect(delivered.docs.map((d) => d.status)).toEqual(Array(24).fill('logged'))
  })

  it('runs what it claims, and gives jobs of a dead instance back to the queue', async () => {
    const [id] = await queueEmails(1, 'Orphaned job')
    // An instance claimed it and died (kill -9): it stays "processing" with an old update time.
    const old = new Date(Date.now() - 60 * 60 * 1000).toISOString()
    await execute(payload, sql`UPDATE payload_jobs SET processing = true, updated_at = ${old} WHERE id = ${id}`)
    expect(await claimDueJobs(payload, 100)).not.toContain(id)
    expect(await releaseStaleJobs(payload)).toBeGreaterThanOrEqual(1)
    expect(await runDueJobs(payload)).toBeGreaterThanOrEqual(1)
    const mail = await payload.find({ collection: 'email-outbox', where: { subject: { equals: 'Orphaned job' } }, overrideAccess: true })
    expect(mail.docs.map((d) => d.status)).toEqual(['logged'])
  })
})

describe(`work lost to a killed process is queued again at start (${databaseKind})`, () => {
  it('requeues items whose index entry is missing, older than their last save, or no longer published, and all after an analysis change', async () => {
    const payload = await testPayload()
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    const { requeueStaleIndexing } = await import('@/server/search-index/requeue-stale')
    // The first start after the text analysis changed indexes everything again, once.
    await payload.kv.set('search-analyzer-version', ANALYZER_VERSION - 1)
    const published = await requeueStaleIndexing(payload)
    expect(published).toBeGreaterThan(10)
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await requeueStaleIndexing(payload)).toBe(0)
    const isPublished = { _status: { equals: 'published' } } as const
    const [area] = (await payload.find({ collection: 'thematic-areas', where: isPublished, limit: 1, overrideAccess: true })).docs
    const [news] = (await payload.find({ collection: 'news', where: isPublished, limit: 1, overrideAccess: true })).docs
    // As if the process died after these saves and before their jobs ran.
    await execute(payload, sql`DELETE FROM search_docs WHERE doc_key = ${`thematic-areas:${area.id}`}`)
    await execute(payload, sql`UPDATE search_docs SET updated_at = ${'2000-01-01T00:00:00.000Z'} WHERE doc_key = ${`news:${news.id}`}`)
    expect(await requeueStaleIndexing(payload)).toBe(2)
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    const rows = await queryRows<{ doc_key: string; updated_at: string }>(payload, sql`SELECT doc_key, updated_at FROM search_docs WHERE doc_key IN (${`thematic-areas:${area.id}`}, ${`news:${news.id}`})`)
    expect(rows.map((r) => r.doc_key).sort()).toEqual([`news:${news.id}`, `thematic-areas:${area.id}`].sort())
    expect(rows.every((r) => r.updated_at > '2000-01-01T00:00:00.000Z')).toBe(true)
    expect(await requeueStaleIndexing(payload)).toBe(0)
  })
})

describe(`a failed read never withdraws an item (${databaseKind})`, () => {
  it('keeps the search entry and OAI record when loading the item fails, and the job fails so that it retries', async () => {
    const payload = await testPayload()
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    const { indexContentDoc } = await import('@/server/search-index/index-sources')
    const { syncPublicationState } = await import('@/server/publications/sync-publication-state')
    const isPublished = { _status: { equals: 'published' } } as const
    const [news] = (await payload.find({ collection: 'news', where: isPublished, limit: 1, overrideAccess: true })).docs
    const [publication] = (await payload.find({ collection: 'publications', where: { and: [isPublished, { visibility: { equals: 'public' } }] }, limit: 1, overrideAccess: true })).docs
    // The database answers with an error (a lost connection), not with "no such item".
    const failing = Object.create(payload) as Payload
    failing.findByID = (() => Promise.reject(new Error('connection lost'))) as Payload['findByID']
    await expect(indexContentDoc(failing, 'news', news.id)).rejects.toThrow('connection lost')
    await expect(syncPublicationState(failing, publication.id)).rejects.toThrow('connection lost')
    const entries = await queryRows<{ doc_key: string }>(payload, sql`SELECT doc_key FROM search_docs WHERE doc_key IN (${`news:${news.id}`}, ${`publication:${publication.id}`})`)
    expect(entries.map((e) => e.doc_key).sort()).toEqual([`news:${news.id}`, `publication:${publication.id}`].sort())
    const [oai] = await queryRows<{ state: string }>(payload, sql`SELECT state FROM oai_records WHERE publication = ${publication.id}`)
    expect(oai.state).toBe('live')
  })
})

