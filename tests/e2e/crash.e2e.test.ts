import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { adminToken, freePort, ownPlatformEnv, startPlatform } from './global-setup'

/**
 * `kill -9` in the middle of a burst of saves (issue #7: on SQLite it left a publication
 * with its new title and its old version history, and no index job). After a restart every
 * publication is whole: its title is one that was saved (the last acknowledged, or the one
 * in flight), its latest version says the same, and search finds it under that title.
 */
describe('a crash in the middle of writing (SQLite)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-crash-'))
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('leaves every publication whole, and its search entry catches up after the restart', async () => {
    const port = await freePort()
    const { env: own, admin } = ownPlatformEnv('crash', dataDir, port)
    const env = { ...own, JOBS_CRON: '* * * * * *' }
    let platform = await startPlatform(env)
    const signIn = async () => `JWT ${await adminToken(platform.url, admin)}`
    let auth = await signIn()
    const api = async (pathAndQuery: string, init: RequestInit = {}) =>
      fetch(`${platform.url}${pathAndQuery}`, { ...init, headers: { authorization: auth, 'content-type': 'application/json', ...init.headers } })

    const { docs } = await (await api('/api/publications?depth=0&limit=5&sort=id&where[_status][equals]=published')).json()
    expect(docs.length).toBeGreaterThanOrEqual(3)
    const ids: number[] = docs.map((d: { id: number }) => d.id)

    // One chain of saves per publication, all chains at once; each title has a word of its own.
    const word = (id: number, n: number) => `crash${String.fromCharCode(97 + (id % 26))}${[...String(n)].map((d) => String.fromCharCode(106 + Number(d))).join('')}`
    const sent = new Map<number, string[]>(ids.map((id) => [id, []]))
    const acknowledged = new Map<number, number>(ids.map((id) => [id, -1]))
    let crashed = false
    const chains = ids.map(async (id) => {
      for (let n = 0; !crashed; n++) {
        const title = `Burst ${word(id, n)}`
        sent.get(id)!.push(title)
        const ok = await api(`/api/publications/${id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ title }) }).then((r) => r.ok, () => false)
        if (ok && !crashed) acknowledged.set(id, n)
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect([...acknowledged.values()].every((n) => n >= 1)).toBe(true)
    crashed = true
    expect((await platform.crash()).signal).toBe('SIGKILL')
    await Promise.all(chains)

    platform = await startPlatform(env)
    auth = await signIn()
    for (const id of ids) {
      const titles = sent.get(id)!
      const last = acknowledged.get(id)!
      const doc = await (await api(`/api/publications/${id}?locale=en&depth=0`)).json()
      const versions = await (await api(`/api/publications/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&locale=en&depth=0`)).json()
      // What was acknowledged stays; a save cut short is there whole or not at all.
      expect(titles.slice(last, last + 2)).toContain(doc.title)
      expect(versions.docs[0].version.title).toBe(doc.title)
      // The search index follows the saved title (work lost with the process is queued again).
      const finalWord = doc.title.replace('Burst ', '')
      await expect
        .poll(async () => (await (await fetch(`${platform.url}/en/repository?q=${finalWord}`)).text()).includes(`/en/repository/${doc.slug}`), { timeout: 120_000, interval: 1000 })
        .toBe(true)
    }
    await platform.stop()
  }, 600_000)
})
