import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { adminToken, freePort, ownPlatformEnv, startPlatform } from './global-setup'

/**
 * Stopping an instance (SIGTERM from `npm start`, a process manager or a deploy) lets the
 * requests in flight finish (issue #7: SIGTERM cut uploads) while refusing new ones.
 */
describe('stopping an instance', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-shutdown-'))
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('finishes an upload in flight, refuses new requests meanwhile, then exits', async () => {
    const port = await freePort()
    const { env, admin } = ownPlatformEnv('shutdown', dataDir, port)
    const platform = await startPlatform(env)
    const token = await adminToken(platform.url, admin)

    // A multipart upload written slowly: ten parts, 300 ms apart.
    const boundary = 'shutdown-boundary'
    const pdf = fs.readFileSync('tests/fixtures/sample.pdf')
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"audience":"staff"}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const answer = new Promise<number>((resolve, reject) => {
      const req = http.request(`${platform.url}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', reject)
      const part = Math.ceil(body.length / 10)
      let i = 0
      const next = () => {
        req.write(body.subarray(i * part, (i + 1) * part))
        i += 1
        if (i < 10) setTimeout(next, 300)
        else req.end()
      }
      next()
    })
    let uploadAnswered = false
    void answer.finally(() => {
      uploadAnswered = true
    })
    await new Promise((r) => setTimeout(r, 400))
    const stopped = platform.stop()
    // The signal reaches the instance within moments, not at a set time (a busy CI machine took
    // over 200 ms): ask again until it refuses, as long as the upload is still being written.
    let meanwhile: number | 'refused' = 200
    while (meanwhile === 200 && !uploadAnswered) {
      await new Promise((r) => setTimeout(r, 100))
      meanwhile = await fetch(`${platform.url}/en`).then((r) => r.status, () => 'refused' as const)
    }
    expect(uploadAnswered).toBe(false)
    expect(['refused', 503]).toContain(meanwhile)
    expect(await answer).toBe(201)
    // A clean exit of its own, not the SIGKILL that stop() sends after 20 s.
    expect(await stopped).toEqual({ code: 0, signal: null })
  }, 120_000)
})
