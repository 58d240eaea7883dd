import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { contentType } from 'mime-types'
import { env } from '@/env'
import { scormContentPolicy, scormPlayerPolicy } from '@/http/security'
import type { Locale } from '@/i18n/locales'
import { storedFileResponse } from '@/server/files/serve-file'
import { openPackageFile } from '@/server/files/storage'
import { getPayloadClient } from '@/server/payload'
import { afterCompletion } from './answer-learning-form'
import { launchFrom, playerFor, saveScormCommit, type TPlayer } from './scorm'
import { safePackagePath } from './scorm-package'

/**
 * The SCORM origin's addresses (the HTTP front sends it nothing else):
 * - `GET /scorm/runtime/scorm12.js`, `…/scorm2004.js`: the scorm-again runtime;
 * - `GET /scorm/<launch>`: the player, which sets up the runtime with the learner's saved data and frames the package;
 * - `GET|HEAD /scorm/<launch>/content/<path>`: the package's files;
 * - `POST /scorm/<launch>/cmi`: the runtime's commits.
 * `<launch>` is the signed token of scorm-launch.ts: without a valid one, nothing is served.
 */
export async function answerScorm(request: Request, segments: string[]): Promise<Response> {
  const method = request.method.toUpperCase()
  const [first, second, ...rest] = segments
  if (first === 'runtime' && segments.length === 2 && (method === 'GET' || method === 'HEAD')) return runtimeScript(second, method)
  if (!first) return refusal(404, 'en')
  const payload = await getPayloadClient()
  if (second === undefined && (method === 'GET' || method === 'HEAD')) {
    const player = await playerFor(payload, first)
    return player ? playerPage(first, player, method) : refusal(403, localeOf(first))
  }
  if (second === 'cmi' && segments.length === 2) {
    if (method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } })
    const text = await request.text()
    if (text.length > maxCommitBytes) return Response.json({ result: false, errorCode: 391 }, { status: 413 })
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return Response.json({ result: false, errorCode: 391 }, { status: 400 })
    }
    const saved = await saveScormCommit(payload, first, body)
    if (saved.ok) afterCompletion(saved.courseCompleted)
    return Response.json(saved.ok ? { result: true, errorCode: 0 } : { result: false, errorCode: 391 }, { status: saved.ok ? 200 : saved.status, headers: { 'cache-control': 'no-store' } })
  }
  if (second === 'content' && (method === 'GET' || method === 'HEAD')) return packageFile(request, first, rest, method)
  return refusal(404, localeOf(first))
}

/** SCORM 2004 allows 64,000 characters of suspend data; the whole commit stays well under this. */
const maxCommitBytes = 512 * 1024

const runtimes: Record<string, string> = { 'scorm12.js': 'scorm12.min.js', 'scorm2004.js': 'scorm2004.min.js' }
const runtimeCache = new Map<string, { body: string; etag: string }>()

/** The runtime as scorm-again ships it (a browser script), without its source-map comment. */
async function runtimeScript(name: string, method: string): Promise<Response> {
  const file = runtimes[name]
  if (!file) return refusal(404, 'en')
  let runtime = runtimeCache.get(file)
  if (!runtime) {
    const source = await fs.readFile(path.join(process.cwd(), 'node_modules', 'scorm-again', 'dist', file), 'utf8')
    const body = source.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
    runtime = { body, etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` }
    runtimeCache.set(file, runtime)
  }
  return new Response(method === 'HEAD' ? null : runtime.body, { headers: { 'content-type': 'text/javascript; charset=utf-8', etag: runtime.etag, 'cache-control': 'public, max-age=86400', 'content-security-policy': `default-src 'none'; frame-ancestors 'none'` } })
}

const playerText: Record<Locale, { frame: string; noScript: string }> = {
  en: { frame: 'Learning module', noScript: 'This learning module needs JavaScript.' },
  ru: { frame: 'Учебный модуль', noScript: 'Для этого учебного модуля нужен JavaScript.' },
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
/** JSON inside a script element: nothing in it can close the element or start a comment. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
const encodedPath = (start: string) => start.split('/').map((part, i, all) => (i === all.length - 1 ? part.replace(/[^?#]+/, (name) => encodeURIComponent(name)) : encodeURIComponent(part))).join('/')

/**
 * The player: scorm-again's API object for the package's version (`API` for 1.2, `API_1484_11`
 * for 2004) on this window, where the package looks for it from its frame, loaded with the
 * learner's saved data before the package starts; commits go to this launch's address.
 */
function playerPage(token: string, player: TPlayer, method: string): Response {
  const nonce = crypto.randomBytes(16).toString('base64')
  const { version, locale } = player.launch
  const text = playerText[locale]
  const setup = { version, commitUrl: `/scorm/${token}/cmi`, cmi: player.cmi }
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${escapeHtml(player.title)}</title>
<style nonce="${nonce}">html,body{margin:0;height:100%;background:#fff}iframe{display:block;border:0;width:100%;height:100%}</style>
<script id="scorm-setup" type="application/json">${scriptJson(setup)}</script>
<script nonce="${nonce}" src="/scorm/runtime/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js"></script>
<script nonce="${nonce}">(function () {
  var setup = JSON.parse(document.getElementById('scorm-setup').textContent)
  var settings = { lmsCommitUrl: setup.commitUrl, dataCommitFormat: 'json', autocommit: true, autocommitSeconds: 30, logLevel: 5 }
  var api = setup.version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings)
  api.loadFromJSON(setup.cmi, '')
  window[setup.version === '1.2' ? 'API' : 'API_1484_11'] = api
})()</script>
</head><body><noscript><p>${escapeHtml(text.noScript)}</p></noscript><iframe src="/scorm/${token}/content/${encodedPath(player.start)}" title="${escapeHtml(`${text.frame}: ${player.title}`)}"></iframe></body></html>`
  return new Response(method === 'HEAD' ? null : html, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': scormPlayerPolicy(nonce, platformOrigin()) },
  })
}

/** A file of the launched package's revision, with validators and ranges like every stored file. */
async function packageFile(request: Request, token: string, parts: string[], method: string): Promise<Response> {
  const payload = await getPayloadClient()
  const found = await launchFrom(payload, token)
  if (!found) return refusal(403, localeOf(token))
  let filePath: string | undefined
  try {
    // Next gives the segments decoded; the joined path is checked like the package's own names.
    filePath = safePackagePath(parts.join('/'))
  } catch {
    filePath = undefined
  }
  if (!filePath || filePath.endsWith('/')) return refusal(404, found.launch.locale)
  const file = await openPackageFile(found.launch.package, found.launch.revision, filePath)
  if (!file) return refusal(404, found.launch.locale)
  const type = contentType(filePath.split('/').pop()!) || 'application/octet-stream'
  return storedFileResponse(method, request.headers, file, type, 'private, max-age=3600', { 'content-security-policy': scormContentPolicy(platformOrigin()) })
}

/** The language of a launch, for its error pages (a token that is not valid says it in English). */
function localeOf(token: string): Locale {
  try {
    const body = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { locale?: unknown }
    return body.locale === 'ru' ? 'ru' : 'en'
  } catch {
    return 'en'
  }
}

const refusalText: Record<Locale, Record<403 | 404, string>> = {
  en: { 403: 'This launch of the learning module is no longer valid. Reload the lesson page to start it again.', 404: 'Not found.' },
  ru: { 403: 'Этот запуск учебного модуля больше не действует. Обновите страницу урока, чтобы запустить его снова.', 404: 'Не найдено.' },
}

function refusal(status: 403 | 404, locale: Locale): Response {
  return new Response(refusalText[locale][status], { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': `default-src 'none'; frame-ancestors 'self' ${platformOrigin()}` } })
}

const platformOrigin = () => new URL(env.publicUrl).origin
