import type { Endpoint, PayloadRequest, SelectType, Where } from 'payload'
import { answerFor, answerHeaders, cacheControlFor } from './file-headers'
import { openStoredFile, type TStoredFile, type TStoredRecord, type TUploadCollection } from './storage'

/**
 * `GET` and `HEAD /api/<collection>/file/<name>` for the upload collections, in place of
 * Payload's own file endpoint (collection endpoints are matched before Payload's). Payload's
 * answers no HEAD (404), no ETag or Last-Modified, no 304, and logs every refused request
 * with a stack trace (the bundle renames its error classes, so its `loggingLevels` never
 * match). The same access rule decides, the same storage is read, on disk or in S3.
 */
export function fileEndpoints(collection: TUploadCollection): Endpoint[] {
  const handler = (req: PayloadRequest) => serveFile(req, collection)
  return [
    { path: '/file/:filename', method: 'get', handler },
    { path: '/file/:filename', method: 'head', handler },
  ]
}

type TFileRecord = TStoredRecord & { filename?: string | null; mimeType?: string | null; audience?: string | null; access?: string | null; sizes?: Record<string, { filename?: string | null; mimeType?: string | null } | undefined> | null }
/** What each collection's files need besides their name: who may read them (for the cache policy), or image sizes. */
const selectFor: Record<TUploadCollection, SelectType> = { documents: { audience: true }, 'meeting-documents': { access: true }, media: { sizes: true }, 'lesson-files': { title: true }, 'scorm-packages': { title: true } }

type TLookup = { record: TFileRecord } | { status: 403 | 404 }

async function serveFile(req: PayloadRequest, collection: TUploadCollection): Promise<Response> {
  const filename = String(req.routeParams?.filename ?? '')
  const found = await findRecord(req, collection, filename)
  if ('status' in found) return notServed(req, found.status, found.status === 403 ? 'not allowed (or no such file)' : 'no such file')
  const file = await openStoredFile(req, collection, found.record, filename)
  if (!file) return notServed(req, 404, 'the record exists but its file is missing from storage', 'warn')
  const contentType = mimeTypeOf(found.record, filename) ?? file.contentType ?? 'application/octet-stream'
  return storedFileResponse(req.method ?? 'GET', req.headers, file, contentType, cacheControlFor(collection, found.record.audience ?? found.record.access, Boolean(req.user)))
}

/**
 * The answer with a stored file (validators, conditional requests, ranges; only a GET with 200
 * or 206 has a body). `extraHeaders`: what the caller adds, such as a content security policy.
 */
export async function storedFileResponse(method: string, requestHeaders: Headers, file: TStoredFile, contentType: string, cacheControl: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const answer = answerFor(method, requestHeaders, file)
  const headers = { ...answerHeaders({ ...file, contentType }, answer, cacheControl), ...extraHeaders }
  if (method !== 'GET' || (answer.status !== 200 && answer.status !== 206)) {
    await file.close()
    return new Response(null, { status: answer.status, headers })
  }
  return new Response(await file.read(answer.status === 206 ? answer.range : undefined), { status: answer.status, headers })
}

/**
 * The record the file belongs to, under the collection's read rule for this person (as
 * Payload's own file access check does it). When the rule is a filter and nothing matches,
 * the answer is 403 whether the file is restricted or absent: a stranger learns nothing
 * about which restricted files exist.
 */
async function findRecord(req: PayloadRequest, collection: TUploadCollection, filename: string): Promise<TLookup> {
  if (!filename || /[/\\]/.test(filename)) return { status: 404 }
  const config = req.payload.collections[collection].config
  const access = await config.access.read({ req, data: { filename }, isReadingStaticFile: true, collectionConfig: config })
  if (!access) return { status: 403 }
  const names: Where[] = [{ filename: { equals: filename } }, ...(config.upload.imageSizes ?? []).map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))]
  const prefix = req.searchParams.get('prefix')
  const where: Where = { and: [{ or: names }, ...(typeof access === 'object' ? [access] : []), ...(prefix !== null ? [{ prefix: { equals: prefix } }] : [])] }
  const select: SelectType = { filename: true, mimeType: true, prefix: true, _objectKey: true, ...selectFor[collection] }
  const record = await req.payload.db.findOne<TFileRecord & { id: number }>({ collection, where, select, req })
  if (record) return { record }
  return { status: access === true ? 404 : 403 }
}

function mimeTypeOf(record: TFileRecord, filename: string): string | undefined {
  if (record.filename === filename) return record.mimeType ?? undefined
  return Object.values(record.sizes ?? {}).find((size) => size?.filename === filename)?.mimeType ?? undefined
}

/** A file that is not served: one log line (method, path, status, why), never a stack trace. */
function notServed(req: PayloadRequest, status: 403 | 404, why: string, level: 'info' | 'warn' = 'info'): Response {
  req.payload.logger[level](`${req.method} ${new URL(req.url ?? '/', 'http://localhost').pathname} ${status}: ${why}`)
  const message = status === 404 ? 'Not Found' : req.t('error:notAllowedToPerformAction')
  return Response.json({ errors: [{ message }] }, { status })
}
