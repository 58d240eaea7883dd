import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/browser.mjs'

export const adminEmail = 'e2e-admin@example.test'
export const adminPassword = 'e2e-admin-password-123'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    databaseKind: 'sqlite' | 'postgres'
    chromium: { executablePath: string; args: string[] }
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts the production build (`npm start`'s script) on a fresh database with the demo
 * content, for the browser tests. Fails loudly when Chromium is missing: never skips.
 */
export default async function setup(project: TestProject) {
  // The system's Chromium when installed, else the one inside the @sparticuz/chromium package.
  const chromium = await findChromium()
  console.log(`Browser tests use ${chromium.description}.`)
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first (npm test does it).')

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-e2e-'))
  const pgUrl = process.env.E2E_DATABASE_URL
  if (pgUrl) {
    const client = new pg.Client({ connectionString: pgUrl })
    await client.connect()
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await client.end()
  }
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const env: Record<string, string> = {
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: pgUrl || `file:${path.join(dataDir, 'e2e.db')}`,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    CACHE_POLL_MS: '300',
    USAGE_FLUSH_MS: '200',
    JOBS_CRON: '* * * * * *',
    // Tests speak as several clients through X-Forwarded-For, as if behind one proxy.
    TRUST_PROXY: '1',
    PAYLOAD_SECRET: 'e2e-secret-that-is-long-enough-for-payload',
  }
  const server = await startPlatform(env)
  project.provide('baseUrl', baseUrl)
  project.provide('databaseKind', pgUrl ? 'postgres' : 'sqlite')
  project.provide('chromium', { executablePath: chromium.executablePath, args: chromium.args })

  return async () => {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * The environment of a platform of a test's own on SQLite in `dataDir`, with an admin
 * named after the test (`name`), for startPlatform().
 */
export function ownPlatformEnv(name: string, dataDir: string, port: number) {
  const admin = { email: `${name}-admin@example.test`, password: `${name}-admin-password` }
  const env: Record<string, string> = {
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'db.sqlite')}`,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    PAYLOAD_SECRET: `${name}-secret-that-is-long-enough-for-payload`,
  }
  return { env, admin }
}

/** A session token for the admin of such a platform (REST login). */
export async function adminToken(url: string, admin: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  return ((await res.json()) as { token: string }).token
}

/**
 * Starts the production server (`npm start`'s script) with the given environment on top of
 * this one and waits until /api/health answers. `stop()` sends SIGTERM (the server drains),
 * then SIGKILL if it has not ended within 20 s; `crash()` sends SIGKILL at once.
 */
type TExit = { code: number | null; signal: NodeJS.Signals | null }

export async function startPlatform(extraEnv: Record<string, string>): Promise<{ url: string; stop: () => Promise<TExit>; crash: () => Promise<TExit>; output: () => string }> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  server.stdout?.on('data', (d) => (output += d))
  server.stderr?.on('data', (d) => (output += d))
  const url = `http://localhost:${extraEnv.PORT}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      server.kill('SIGKILL')
      throw new Error(`The server did not answer /api/health within 180 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  const stop = async (): Promise<TExit> => {
    if (server.exitCode !== null) return { code: server.exitCode, signal: server.signalCode }
    const ended = new Promise<TExit>((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })))
    server.kill('SIGTERM')
    const timer = setTimeout(() => server.kill('SIGKILL'), 20_000)
    const exit = await ended
    clearTimeout(timer)
    return exit
  }
  /** `kill -9`: the process ends at once, whatever it was writing. */
  const crash = async (): Promise<TExit> => {
    if (server.exitCode !== null) return { code: server.exitCode, signal: server.signalCode }
    const ended = new Promise<TExit>((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })))
    server.kill('SIGKILL')
    return ended
  }
  return { url, stop, crash, output: () => output }
}
