import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * Runs a command, streaming its output; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 * @returns {Promise<number>}
 */
export function run(command, args, { env = {}, cwd = root } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.on('exit', (code, signal) => {
      if (signal) console.error(`${command} ${args.join(' ')} ended by signal ${signal}`)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** The HTTP front (src/http), bundled by `build()` next to Next's own output. */
export const frontBundle = path.join(root, '.next', 'http-front.mjs')

export function hasBuild() {
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(frontBundle)
}

export async function build() {
  const code = await run(process.execPath, [nextBin, 'build'], { env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  await bundleFront()
}

/**
 * The front is TypeScript in src/http, type-checked with the rest; production runs it as one
 * ES module (its imports of src/ resolved through tsconfig paths, packages left to node_modules).
 */
export async function bundleFront() {
  const esbuild = await import('esbuild')
  await esbuild.build({
    entryPoints: [path.join(root, 'src/http/index.ts')],
    outfile: frontBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  })
}
