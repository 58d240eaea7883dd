import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, freePort, startPlatform } from './global-setup'

/**
 * Every upload on S3-compatible object storage (issue #8: with S3_* set, publication files
 * were still written to local disk and their text extraction read them from S3 in vain).
 * Two instances on one PostgreSQL database, each with a data folder of its own, and one
 * S3-compatible server (s3rver, from npm): what one instance stores, the other serves.
 */
describe('uploads on object storage, two instances', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-storage-'))
  const bucket = 'pp-files'
  let s3: S3rver
  let instances: Awaited<ReturnType<typeof startPlatform>>[] = []
  const admin = { email: 'storage-admin@example.test', password: 'storage-admin-password' }

  beforeAll(async () => {
    s3 = new S3rver({ port: await freePort(), address: '127.0.0.1', silent: true, directory: path.join(root, 's3'), configureBuckets: [{ name: bucket, configs: [] }] })
    const { port: s3Port } = await s3.run()

    const url = new URL(process.env.E2E_DATABASE_URL!)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query('DROP DATABASE IF EXISTS pp_storage WITH (FORCE)')
    await client.query('CREATE DATABASE pp_storage')
    await client.end()
    url.pathname = '/pp_storage'

    const common = {
      DATABASE_URL: url.toString(),
      PAYLOAD_SECRET: 'storage-secret-that-is-long-enough-for-payload',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      JOBS_CRON: '* * * * * *',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    }
    for (const name of ['a', 'b']) {
      const port = await freePort()
      instances.push(await startPlatform({ ...common, DATA_DIR: path.join(root, name), PORT: String(port), PUBLIC_URL: `http://localhost:${port}` }))
    }
  }, 300_000)

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()))
    instances = []
    await s3?.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('stores the demo content the first instance seeded, every file, where the second one finds it', async () => {
    const [a, b] = instances
    const auth = { authorization: `JWT ${await adminToken(a.url, admin)}` }
    const { docs } = await (await fetch(`${b.url}/api/documents?limit=100&depth=0`, { headers: auth })).json()
    expect(docs.length).toBeGreaterThanOrEqual(4)
    for (const doc of docs as { url: string; filename: string }[]) {
      expect((await fetch(new URL(doc.url, b.url), { headers: auth })).status, doc.filename).toBe(200)
    }
  }, 60_000)

  it('serves from one instance what the other stored, extracts the text from storage, and answers 404 for a lost object', async () => {
    const [a, b] = instances
    const token = await adminToken(a.url, admin)
    const auth = { authorization: `JWT ${token}` }
    const pdf = fs.readFileSync('tests/fixtures/en-sample.pdf')
    const form = new FormData()
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `stored-${Date.now()}.pdf`)
    form.append('_payload', JSON.stringify({ audience: 'staff' }))
    const uploaded = await (await fetch(`${a.url}/api/documents`, { method: 'POST', headers: auth, body: form })).json()
    expect(uploaded.doc?.filename).toBeTruthy()
    // Nothing on either instance's disk: the object is in the bucket, under the collection's prefix.
    expect(fs.existsSync(path.join(root, 'a', 'documents', uploaded.doc.filename))).toBe(false)
    const stored = path.join(root, 's3', bucket, 'documents', `${uploaded.doc.filename}._S3rver_object`)
    expect(fs.existsSync(stored)).toBe(true)

    const filePath = new URL(uploaded.doc.url, b.url).pathname
    const served = await fetch(`${b.url}${filePath}`, { headers: auth })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true)
    // Access is still Payload's: an unreferenced file is for staff only.
    expect((await fetch(`${b.url}${filePath}`)).status).toBe(403)

    // A publication saved through A: B's job runner (or A's) extracts the text from storage.
    const type = (await (await fetch(`${a.url}/api/publication-types?limit=1`, { headers: auth })).json()).docs[0]
    const created = await fetch(`${a.url}/api/publications?locale=en`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Stored edition ${Date.now()}`, type: type.id, publishedOn: '2025-01-01', editions: [{ language: 'en', file: uploaded.doc.id }], visibility: 'public', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    await expect
      .poll(async () => (await (await fetch(`${b.url}/api/documents/${uploaded.doc.id}`, { headers: auth })).json()).textStatus, { timeout: 60_000, interval: 500 })
      .toBe('extracted')
    expect((await fetch(`${b.url}${filePath}`)).status).toBe(200)

    // The object is lost (deleted in the bucket by hand): "not found", not a server error.
    for (const suffix of ['_S3rver_object', '_S3rver_object.md5', '_S3rver_metadata.json']) fs.rmSync(`${stored.replace(/_S3rver_object$/, '')}${suffix}`, { force: true })
    expect((await fetch(`${b.url}${filePath}`, { headers: auth })).status).toBe(404)
  }, 120_000)
})
