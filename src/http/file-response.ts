import type { OutgoingHttpHeader, ServerResponse } from 'node:http'
import { fileLengthHeader, privateNoStore } from '@/server/files/file-headers'
import { headersArgument } from './capture-response'

/**
 * The Cache-Control a file response leaves with. The file endpoint says `public` only for a
 * file anyone may read asked for without a session; the front keeps that only for such a
 * request (no session cookie, no credentials) and a successful answer. Anything else (a
 * signed-in reader, a refusal, a missing file, whatever the app said) is private, no-store,
 * so no shared cache ever keeps a restricted file or an answer meant for one person.
 */
export function fileCacheControl({ signedIn, status, given }: { signedIn: boolean; status: number; given: OutgoingHttpHeader | undefined }): string {
  const value = Array.isArray(given) ? given.join(', ') : String(given ?? '')
  const success = status === 200 || status === 206 || status === 304
  if (!signedIn && success && /^public\s*,\s*max-age=\d+\b/i.test(value) && !/private|no-store/i.test(value)) return value
  // One person's file at an address of their own (a SCORM launch): their browser may keep it.
  if (success && /^private\s*,\s*max-age=\d+$/i.test(value)) return value
  return privateNoStore
}

/**
 * A file is the same bytes for every client (access is decided before, restricted answers are
 * never stored): it varies on nothing. Next's `Vary` (RSC headers) and the admin's theme hint
 * that withPayload asks for on every route would split shared caches, and `Critical-CH` can
 * make a browser fetch a file twice to send the hint.
 */
const fileIndependentHeaders = ['vary', 'accept-ch', 'critical-ch']

/**
 * Applies fileCacheControl to a file response when its head is written, gives it back its
 * length (Next drops Content-Length from route handlers' responses; the endpoint states it in
 * an internal header, which never leaves: src/server/files/file-headers.ts), and removes the
 * headers a file does not depend on.
 */
export function guardFileResponse(res: ServerResponse, signedIn: boolean): void {
  const writeHead = res.writeHead
  const guarded = (status: number, ...rest: unknown[]) => {
    const args = headersArgument(rest)
    /** A header's value wherever it was set (on the response, or in writeHead's arguments), removed from both. */
    const take = (name: string) => {
      let value = res.getHeader(name)
      res.removeHeader(name)
      for (const key of Object.keys(args ?? {})) {
        if (key.toLowerCase() !== name) continue
        value = args![key]
        delete args![key]
      }
      return value
    }
    const length = take(fileLengthHeader)
    const encoded = res.getHeader('content-encoding') ?? Object.keys(args ?? {}).find((k) => k.toLowerCase() === 'content-encoding')
    res.setHeader('cache-control', fileCacheControl({ signedIn, status, given: take('cache-control') }))
    // The stated length holds only for the bytes as stored (never for a re-encoded body).
    if (length !== undefined && !encoded && status !== 304) res.setHeader('content-length', String(length))
    if (!encoded) for (const name of fileIndependentHeaders) take(name)
    return (writeHead as (...a: unknown[]) => ServerResponse).call(res, status, ...rest)
  }
  res.writeHead = guarded as typeof res.writeHead
}
