import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionCookieName } from '@/server/account/session-cookie-name'
import { fileLengthHeader } from '@/server/files/file-headers'
import { adminToken, freePort, ownPlatformEnv, startPlatform } from './global-setup'
import { api, apiToken, baseUrl, createAccount, publicationTypeId, uploadPdf } from './helpers'

/**
 * Issue "Phones and slow links": files are sent with their length, validators, a cache policy
 * and byte ranges (HEAD too); a restricted file or a signed-in answer is never cacheable by a
 * shared cache; HTML is compressed on a cache miss as on a hit; a missing file is one log line.
 */
const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${baseUrl()}${pathname}`, { method, headers })
const publicFiles = 'public, max-age=300, must-revalidate'

/** Publishes a publication with one edition file, and waits until the file carries its audience. */
async function publishWith(admin: string, fileId: number, visibility: 'public' | 'members') {
  const type = await publicationTypeId(admin, 'policy-brief')
  const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
  const created = await api('/api/publications', {
    method: 'POST',
    token: admin,
    body: JSON.stringify({ title: `Files delivery ${visibility} ${suffix}`, slug: `files-delivery-${suffix}`, type, publishedOn: '2025-01-01', editions: [{ language: 'en', file: fileId }], visibility, _status: 'published' }),
  })
  if (created.status !== 201) throw new Error(`publication: ${created.status} ${JSON.stringify(created.body)}`)
  // The background job gives the file its publication's audience.
  const audience = async () => (await api<{ audience: string }>(`/api/documents/${fileId}?depth=0`, { token: admin })).body.audience
  const deadline = Date.now() + 30_000
  while ((await audience()) !== visibility) {
    if (Date.now() > deadline) throw new Error(`file ${fileId} never became ${visibility}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('file delivery: length, validators, ranges, cache policy', () => {
  const pdf = fs.readFileSync('tests/fixtures/en-sample.pdf')
  let admin: string
  let member: string
  let publicUrl: string
  let membersUrl: string

  beforeAll(async () => {
    admin = await apiToken()
    const account = await createAccount(admin, ['ncp'])
    member = await apiToken(account.email, account.password)
    const open = await uploadPdf(admin, 'en-sample', `delivery-public-${Date.now()}.pdf`)
    const restricted = await uploadPdf(admin, 'ru-sample', `delivery-members-${Date.now()}.pdf`)
    await publishWith(admin, open.id, 'public')
    await publishWith(admin, restricted.id, 'members')
    publicUrl = open.url
    membersUrl = restricted.url
  }, 90_000)

  it('sends a public PDF with its length, a strong ETag, Last-Modified and a shared-cache policy; HEAD says the same without a body', async () => {
    const res = await get(publicUrl)
    expect(res.status).toBe(200)
    const body = Buffer.from(await res.arrayBuffer())
    expect(body.equals(pdf)).toBe(true)
    expect(res.headers.get('content-length')).toBe(String(pdf.length))
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
    expect(Date.parse(res.headers.get('last-modified') ?? '')).not.toBeNaN()
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe(publicFiles)
    // A file varies on nothing, and the front's internal header never leaves.
    expect(res.headers.get('vary')).toBeNull()
    expect(res.headers.get(fileLengthHeader)).toBeNull()

    const head = await get(publicUrl, {}, 'HEAD')
    expect(head.status).toBe(200)
    for (const name of ['content-length', 'etag', 'last-modified', 'cache-control', 'content-type', 'accept-ranges']) expect(head.headers.get(name), name).toBe(res.headers.get(name))
    expect((await head.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers 304 to a client that holds the current file, by ETag or by date', async () => {
    const first = await get(publicUrl, {}, 'HEAD')
    const etag = first.headers.get('etag')!
    const byTag = await get(publicUrl, { 'if-none-match': etag })
    expect(byTag.status).toBe(304)
    expect(byTag.headers.get('etag')).toBe(etag)
    expect(byTag.headers.get('cache-control')).toBe(publicFiles)
    expect((await byTag.arrayBuffer()).byteLength).toBe(0)
    expect((await get(publicUrl, { 'if-modified-since': first.headers.get('last-modified')! })).status).toBe(304)
    const changed = await get(publicUrl, { 'if-none-match': '"an-older-version"' })
    expect(changed.status).toBe(200)
    expect(Buffer.from(await changed.arrayBuffer()).length).toBe(pdf.length)
  })

  it('answers one range with 206, several separate ranges with the whole file, and no satisfiable range with 416', async () => {
    const first = await get(publicUrl, { range: 'bytes=0-99' })
    expect(first.status).toBe(206)
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${pdf.length}`)
    expect(first.headers.get('content-length')).toBe('100')
    expect(Buffer.from(await first.arrayBuffer()).equals(pdf.subarray(0, 100))).toBe(true)

    const tail = await get(publicUrl, { range: 'bytes=-10' })
    expect(tail.status).toBe(206)
    expect(tail.headers.get('content-range')).toBe(`bytes ${pdf.length - 10}-${pdf.length - 1}/${pdf.length}`)
    expect(Buffer.from(await tail.arrayBuffer()).equals(pdf.subarray(pdf.length - 10))).toBe(true)

    const several = await get(publicUrl, { range: 'bytes=0-9,100-109' })
    expect(several.status).toBe(200)
    expect(Buffer.from(await several.arrayBuffer()).length).toBe(pdf.length)

    const beyond = await get(publicUrl, { range: `bytes=${pdf.length}-` })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${pdf.length}`)
    expect(beyond.headers.get('cache-control')).toBe('private, no-store')

    // A range of a version the client no longer matches: the whole current file.
    const stale = await get(publicUrl, { range: 'bytes=0-99', 'if-range': '"an-older-version"' })
    expect(stale.status).toBe(200)
    expect(Buffer.from(await stale.arrayBuffer()).length).toBe(pdf.length)
  })

  it('never lets a shared cache keep a restricted file or an answer to a signed-in reader', async () => {
    const anonymous = await get(membersUrl)
    expect(anonymous.status).toBe(403)
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
    expect((await get(membersUrl, {}, 'HEAD')).status).toBe(403)

    const asMember = { authorization: `JWT ${member}` }
    const whole = await get(membersUrl, asMember)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('cache-control')).toBe('private, no-store')
    expect(whole.headers.get('content-length')).toBe(String(fs.readFileSync('tests/fixtures/ru-sample.pdf').length))
    const part = await get(membersUrl, { ...asMember, range: 'bytes=0-9' })
    expect(part.status).toBe(206)
    expect(part.headers.get('cache-control')).toBe('private, no-store')
    const revalidated = await get(membersUrl, { ...asMember, 'if-none-match': whole.headers.get('etag')! })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('cache-control')).toBe('private, no-store')

    // A public file asked for with a session (header or browser cookie) is private too.
    expect((await get(publicUrl, asMember)).headers.get('cache-control')).toBe('private, no-store')
    const withCookie = await get(publicUrl, { cookie: `${sessionCookieName}=${member}`, 'sec-fetch-site': 'same-origin' })
    expect(withCookie.status).toBe(200)
    expect(withCookie.headers.get('cache-control')).toBe('private, no-store')
  })

  it('serves media images and their sizes to anyone with a shared-cache policy, privately to signed-in readers', async () => {
    const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), `delivery-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'A blue rectangle' }))
    const uploaded = await fetch(`${baseUrl()}/api/media`, { method: 'POST', headers: { authorization: `JWT ${admin}` }, body: form })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { url: string; sizes: { card: { url: string }; social: { url: string } } } }
    // The original as uploaded; the renditions as WebP (and JPEG for link previews).
    for (const [url, type] of [[doc.url, 'image/png'], [doc.sizes.card.url, 'image/webp'], [doc.sizes.social.url, 'image/jpeg']]) {
      const pathname = new URL(url, baseUrl()).pathname
      const res = await get(pathname)
      expect(res.status, pathname).toBe(200)
      expect(res.headers.get('content-type')).toBe(type)
      expect(res.headers.get('content-length')).toBe(String((await res.arrayBuffer()).byteLength))
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate')
      expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
      expect((await get(pathname, { authorization: `JWT ${member}` })).headers.get('cache-control')).toBe('private, no-store')
    }
    expect(Buffer.from(await (await get(new URL(doc.url, baseUrl()).pathname)).arrayBuffer()).equals(image)).toBe(true)
  })

  it('answers a missing file 404, or 403 where the reader may not see every file', async () => {
    const missing = `/api/media/file/no-such-image-${Date.now()}.png`
    expect((await get(missing)).status).toBe(404)
    expect((await get(missing, {}, 'HEAD')).status).toBe(404)
    // Anonymous readers cannot tell a restricted file from an absent one.
    expect((await get(`/api/documents/file/no-such-${Date.now()}.pdf`)).status).toBe(403)
    expect((await get(`/api/documents/file/no-such-${Date.now()}.pdf`, { authorization: `JWT ${admin}` })).status).toBe(404)
  })
})

describe('HTML compression', () => {
  it('compresses a page rendered for a cache miss as a cached one, in the encoding the client accepts', async () => {
    const page = `/en/search?q=delivery${Date.now()}`
    const miss = await get(page, { 'accept-encoding': 'br, gzip' })
    expect(miss.status).toBe(200)
    expect(miss.headers.get('x-page-cache')).toBe('miss')
    expect(miss.headers.get('content-encoding')).toBe('br')
    expect(miss.headers.get('vary')).toBe('Accept-Encoding')
    expect(await miss.text()).toContain('<html')
    const hit = await get(page, { 'accept-encoding': 'gzip' })
    expect(hit.headers.get('x-page-cache')).toBe('hit')
    expect(hit.headers.get('content-encoding')).toBe('gzip')
    const gzipMiss = await get(`/en/search?q=gzip${Date.now()}`, { 'accept-encoding': 'gzip' })
    expect([gzipMiss.headers.get('x-page-cache'), gzipMiss.headers.get('content-encoding')]).toEqual(['miss', 'gzip'])
    const plain = await get(`/en/search?q=plain${Date.now()}`, { 'accept-encoding': 'identity' })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
  })

  it('compresses pages that are never cached, a signed-in reader’s copy of a shared one, and a page not found', async () => {
    const learner = await createAccount(await apiToken(), ['learner'])
    const token = await apiToken(learner.email, learner.password)
    const headers = { cookie: `${sessionCookieName}=${token}`, 'sec-fetch-site': 'same-origin', 'accept-encoding': 'br' }
    // Filled in with the reader's name and compressed for that response (signed-in-cache.e2e.test.ts).
    const shared = await get('/en', headers)
    expect(['miss', 'hit']).toContain(shared.headers.get('x-page-cache'))
    expect(shared.headers.get('content-encoding')).toBe('br')
    expect(shared.headers.get('cache-control')).toBe('private, no-store')
    const signedIn = await get('/en/account/sign-in', headers)
    expect(signedIn.headers.get('x-page-cache')).toBe('private')
    expect(signedIn.headers.get('content-encoding')).toBe('br')
    expect(signedIn.headers.get('vary')).toBe('Accept-Encoding')
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    const notFound = await get(`/en/no-such-page-${Date.now()}`, { 'accept-encoding': 'gzip' })
    expect(notFound.status).toBe(404)
    expect(notFound.headers.get('content-encoding')).toBe('gzip')
  })
})

describe('logging of files not served (a platform of its own, to read its log)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-files-log-'))
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined

  afterAll(async () => {
    await platform?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('logs a missing or refused file as one line with method, path and status, never a stack trace', async () => {
    const port = await freePort()
    const { env, admin } = ownPlatformEnv('files-log', dataDir, port)
    platform = await startPlatform(env)
    const auth = { authorization: `JWT ${await adminToken(platform.url, admin)}` }
    const { docs } = (await (await fetch(`${platform.url}/api/documents?depth=0&limit=1`, { headers: auth })).json()) as { docs: { filename: string }[] }
    // The record stays, its bytes are gone.
    fs.rmSync(path.join(dataDir, 'documents', docs[0].filename))
    const before = platform.output().length

    const ask = async (pathname: string, method = 'GET') => (await fetch(`${platform!.url}${pathname}`, { method })).status
    expect(await ask('/api/media/file/no-such.png')).toBe(404)
    expect(await ask('/api/media/file/no-such.png', 'HEAD')).toBe(404)
    expect(await ask('/api/documents/file/no-such.pdf')).toBe(403)
    expect(await ask(`/api/documents/file/${docs[0].filename}`)).toBe(404)

    await expect.poll(() => platform!.output().slice(before), { timeout: 5_000 }).toContain(`GET /api/documents/file/${docs[0].filename} 404`)
    const log = platform.output().slice(before)
    expect(log).toContain('GET /api/media/file/no-such.png 404')
    expect(log).toContain('HEAD /api/media/file/no-such.png 404')
    expect(log).toContain('GET /api/documents/file/no-such.pdf 403')
    expect(log).not.toMatch(/"stack"|\n\s+at .+:\d+:\d+/)
  }, 240_000)
})
