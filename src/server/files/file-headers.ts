/**
 * How a stored file is answered (RFC 9110): its validators, the preconditions of the request,
 * one byte range, the cache policy, and the headers of the answer. Pure functions: the file
 * endpoint (serve-file.ts) gives them the request's headers and the file's size, ETag and
 * modification time, wherever the bytes are kept.
 */

export type TFileFacts = { size: number; etag: string; lastModified: Date }
/** Inclusive byte positions, as in `Content-Range`. */
export type TByteRange = { start: number; end: number }
export type TFileAnswer = { status: 200 } | { status: 206; range: TByteRange } | { status: 304 } | { status: 412 } | { status: 416 }
type THeaders = { get(name: string): string | null }

/**
 * Next drops `Content-Length` from every route handler's response (it may have re-encoded the
 * body), so the endpoint states the length here and the HTTP front (src/http/file-response.ts)
 * turns it back into `Content-Length`. Never sent to clients.
 */
export const fileLengthHeader = 'x-pp-file-length'

/** Public documents: their audience can change (a withdrawn item), so shared copies live five minutes, then revalidate. */
export const publicDocumentMaxAge = 300
/** Media (images of the public site): anyone may read them; an hour, then revalidate. */
export const mediaMaxAge = 3600
export const privateNoStore = 'private, no-store'

/**
 * Only files anyone may read, asked for without a session, may be kept by shared caches.
 * Restricted files (members, staff) and every answer to a signed-in person stay private.
 */
export function cacheControlFor(collection: 'documents' | 'media' | 'meeting-documents' | 'lesson-files' | 'scorm-packages', audience: string | null | undefined, signedIn: boolean): string {
  if (signedIn) return privateNoStore
  if (collection === 'media') return `public, max-age=${mediaMaxAge}, must-revalidate`
  if (audience === 'public') return `public, max-age=${publicDocumentMaxAge}, must-revalidate`
  return privateNoStore
}

/** A strong validator of a file on disk: its modification time and size (as nginx makes it). */
export function diskEtag(size: number, mtimeMs: number): string {
  return `"${Math.floor(mtimeMs).toString(16)}-${size.toString(16)}"`
}

/** An object store's ETag as HTTP writes it (quoted; some S3-compatible servers send it bare). */
export function quotedEtag(etag: string): string {
  return /^(W\/)?".*"$/.test(etag) ? etag : `"${etag}"`
}

/** True when one of the listed entity tags (or `*`) matches; weak comparison ignores `W/`. */
export function etagMatches(list: string, etag: string, comparison: 'strong' | 'weak'): boolean {
  if (list.trim() === '*') return true
  const opaque = (tag: string) => tag.replace(/^W\//, '')
  return (list.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) =>
    comparison === 'weak' ? opaque(tag) === opaque(etag) : !tag.startsWith('W/') && !etag.startsWith('W/') && tag === etag,
  )
}

const seconds = (ms: number) => Math.floor(ms / 1000)
/** An HTTP-date as whole seconds, or undefined when it is not a date (then the header is ignored). */
function httpDate(value: string | null): number | undefined {
  if (!value) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : seconds(ms)
}

/** More ranges than any reader asks for: such a header is ignored (the whole file is sent). */
const maxRanges = 100

/**
 * The part of a file a Range header asks for (RFC 9110 §14.1.2): one range (overlapping or
 * adjacent ranges are first joined into one), 'unsatisfiable' when no range overlaps the file
 * (answered 416), or 'whole' when the header is absent, not in bytes, malformed, or asks for
 * several separate ranges: a server may ignore Range, and a multipart answer is not worth its
 * cost for the readers we have (PDF viewers ask for one range at a time).
 */
export function parseRange(header: string | null | undefined, size: number): TByteRange | 'whole' | 'unsatisfiable' {
  const set = /^bytes=(.*)$/i.exec(header?.trim() ?? '')?.[1]
  if (set === undefined) return 'whole'
  const specs = set.split(',').map((s) => s.trim()).filter((s) => s !== '')
  if (specs.length === 0 || specs.length > maxRanges) return 'whole'
  const ranges: TByteRange[] = []
  for (const spec of specs) {
    const [, first, last] = /^(\d*)-(\d*)$/.exec(spec) ?? []
    if (first === undefined || (first === '' && last === '')) return 'whole'
    if (first === '') {
      // A suffix: the last n bytes (none of an empty file, nothing for n = 0).
      const length = Number(last)
      if (length > 0 && size > 0) ranges.push({ start: Math.max(0, size - length), end: size - 1 })
      continue
    }
    const start = Number(first)
    const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
    if (last !== '' && Number(last) < start) return 'whole'
    if (start < size) ranges.push({ start, end })
  }
  if (ranges.length === 0) return 'unsatisfiable'
  ranges.sort((a, b) => a.start - b.start)
  const joined = ranges.reduce<TByteRange[]>((out, r) => {
    const previous = out.at(-1)
    if (previous && r.start <= previous.end + 1) previous.end = Math.max(previous.end, r.end)
    else out.push({ ...r })
    return out
  }, [])
  return joined.length === 1 ? joined[0] : 'whole'
}

/** `If-Range`: the range applies only to the representation the client already holds part of. */
function ifRangeHolds(value: string, file: TFileFacts): boolean {
  if (/^(W\/)?"/.test(value.trim())) return etagMatches(value.trim(), file.etag, 'strong')
  const date = httpDate(value)
  return date !== undefined && date === seconds(file.lastModified.getTime())
}

/**
 * What a GET or HEAD of a file is answered, in the order RFC 9110 §13.2.2 evaluates the
 * preconditions: If-Match / If-Unmodified-Since (412), If-None-Match / If-Modified-Since
 * (304), then If-Range and Range (206 or 416; GET only, HEAD ignores Range).
 */
export function answerFor(method: string, headers: THeaders, file: TFileFacts): TFileAnswer {
  const modified = seconds(file.lastModified.getTime())
  const ifMatch = headers.get('if-match')
  if (ifMatch !== null) {
    if (!etagMatches(ifMatch, file.etag, 'strong')) return { status: 412 }
  } else {
    const unmodifiedSince = httpDate(headers.get('if-unmodified-since'))
    if (unmodifiedSince !== undefined && modified > unmodifiedSince) return { status: 412 }
  }
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    if (etagMatches(ifNoneMatch, file.etag, 'weak')) return { status: 304 }
  } else {
    const modifiedSince = httpDate(headers.get('if-modified-since'))
    if (modifiedSince !== undefined && modified <= modifiedSince) return { status: 304 }
  }
  const range = headers.get('range')
  if (method !== 'GET' || range === null) return { status: 200 }
  const ifRange = headers.get('if-range')
  if (ifRange !== null && !ifRangeHolds(ifRange, file)) return { status: 200 }
  const part = parseRange(range, file.size)
  if (part === 'whole') return { status: 200 }
  if (part === 'unsatisfiable') return { status: 416 }
  return { status: 206, range: part }
}

/** The headers of an answer (the length as `fileLengthHeader`, see there). */
export function answerHeaders(file: TFileFacts & { contentType: string }, answer: TFileAnswer, cacheControl: string): Record<string, string> {
  const validators = { etag: file.etag, 'last-modified': file.lastModified.toUTCString(), 'cache-control': cacheControl }
  switch (answer.status) {
    case 304:
      // What a 200 would have said that a cache updates its stored copy with (RFC 9110 §15.4.5).
      return validators
    case 412:
      return { [fileLengthHeader]: '0' }
    case 416:
      return { 'content-range': `bytes */${file.size}`, 'accept-ranges': 'bytes', [fileLengthHeader]: '0' }
    case 206: {
      const { start, end } = answer.range
      return { ...validators, 'accept-ranges': 'bytes', 'content-type': file.contentType, 'content-range': `bytes ${start}-${end}/${file.size}`, [fileLengthHeader]: String(end - start + 1) }
    }
    default:
      return { ...validators, 'accept-ranges': 'bytes', 'content-type': file.contentType, [fileLengthHeader]: String(file.size) }
  }
}
