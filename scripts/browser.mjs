/**
 * The browser for the browser tests, the accessibility checks, Lighthouse in `npm run bench`
 * and the demo PDFs: the system's Chromium when one is installed, otherwise the Chromium
 * shipped inside the `@sparticuz/chromium` npm package (Linux x64; unpacked to /tmp on first
 * use, no download). CHROMIUM_PATH chooses a binary; BROWSER=packaged forces the packaged one.
 */
import fs from 'node:fs'

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/** Flags for a headless run in containers and CI (no sandbox, no GPU, no network chatter). */
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

/**
 * @returns {Promise<{ executablePath: string, args: string[], source: 'CHROMIUM_PATH' | 'system' | 'packaged', description: string }>}
 */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!fs.existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH points to ${process.env.CHROMIUM_PATH}, which does not exist.`)
    return { executablePath: process.env.CHROMIUM_PATH, args: chromiumFlags, source: 'CHROMIUM_PATH', description: `Chromium at ${process.env.CHROMIUM_PATH} (CHROMIUM_PATH)` }
  }
  const system = process.env.BROWSER === 'packaged' ? undefined : systemCandidates.find((p) => fs.existsSync(p))
  if (system) return { executablePath: system, args: chromiumFlags, source: 'system', description: `the system's Chromium (${system})` }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium found. The packaged browser (@sparticuz/chromium) runs on Linux x64 only; on ${process.platform}/${process.arch} install Chromium or Google Chrome and set CHROMIUM_PATH to its binary (see README).`,
    )
  }
  const { default: packaged } = await import('@sparticuz/chromium')
  const executablePath = await packaged.executablePath()
  const version = JSON.parse(fs.readFileSync(new URL('../node_modules/@sparticuz/chromium/package.json', import.meta.url), 'utf8')).version
  // Not its Lambda flags (--single-process closes the browser with its first context).
  return { executablePath, args: chromiumFlags, source: 'packaged', description: `the packaged Chromium (@sparticuz/chromium ${version}, ${executablePath})` }
}
