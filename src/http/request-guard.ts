/**
 * What the HTTP front checks before a request reaches Next: well-formed paths, bodies no
 * larger than their route needs (so memory cannot be filled by anonymous posts), uploads
 * only from signed-in clients, and the client's address (proxies trusted only when
 * configured).
 */
import type { IncomingMessage } from 'node:http'
import { isSignedIn } from './page-cache'
import { uploadPattern } from './routes'

const KiB = 1024
const MiB = 1024 * KiB

/** The largest request body each route accepts; the first match wins. */
export const bodyLimits: { path: RegExp; bytes: number }[] = [
  { path: /^\/forms\//, bytes: 64 * KiB },
  // Upload collections: Payload's 50 MB file limit plus the multipart envelope.
  { path: uploadPattern, bytes: 51 * MiB },
  { path: /^\/api\/graphql$/, bytes: 256 * KiB },
  { path: /^\/api\/usage\/ingest$/, bytes: 4 * MiB },
  // A SCORM runtime's save: 2004's suspend data alone may be 64,000 characters (src/server/learning/scorm-serve.ts).
  { path: /^\/scorm\/[^/]+\/cmi$/, bytes: 512 * KiB },
  { path: /^\/api\//, bytes: 2 * MiB },
  // The admin's server actions carry whole documents (rich text in two languages).
  { path: /^\/admin(\/|$)/, bytes: 8 * MiB },
]
const defaultBodyLimit = 64 * KiB
export const maxUrlLength = 8 * KiB
/** Beyond any route's limit: the connection is closed after the refusal, not drained. */
export const hopelessBodyBytes = 64 * MiB

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type TRequest = Pick<IncomingMessage, 'method' | 'url' | 'headers'>
export type TRefusal = { status: number; message: string }

export function bodyLimitFor(path: string): number {
  return bodyLimits.find((l) => l.path.test(path))?.bytes ?? defaultBodyLimit
}

/**
 * Why a request is refused before anything reads it, or undefined. Messages are in both
 * languages: the front does not know the reader's language yet.
 */
export function refusal(req: TRequest, path: string): TRefusal | undefined {
  if ((req.url ?? '').length > maxUrlLength) return { status: 414, message: 'Address too long / Слишком длинный адрес' }
  try {
    decodeURIComponent(path)
  } catch {
    return { status: 400, message: 'Malformed address / Неверный адрес' }
  }
  if (!bodyMethods.has(req.method ?? 'GET')) return undefined
  const length = req.headers['content-length']
  if (length === undefined) {
    // Without a declared length the body could be endless; browsers always declare it.
    return req.headers['transfer-encoding'] ? { status: 411, message: 'Length required / Укажите длину запроса' } : undefined
  }
  if (!/^\d+$/.test(length)) return { status: 400, message: 'Malformed request / Неверный запрос' }
  // Payload's method override turns a POST into a read (a long query in the body): not an upload.
  const isRead = String(req.headers['x-payload-http-method-override'] ?? '').toUpperCase() === 'GET'
  if (Number(length) > (isRead ? bodyLimitFor('/api/') : bodyLimitFor(path))) return { status: 413, message: 'Request too large / Слишком большой запрос' }
  // Only signed-in people may upload: an anonymous upload is refused before it is read.
  if (!isRead && uploadPattern.test(path) && Number(length) > 0 && !isSignedIn(req)) return { status: 401, message: 'Sign in to upload / Войдите, чтобы загружать файлы' }
  return undefined
}

/**
 * The client's address. X-Forwarded-For is believed only for as many hops as there are
 * trusted proxies in front of us (TRUST_PROXY); anyone can send the header.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers'> & { socket?: { remoteAddress?: string } }, trustedProxies = 0): string {
  const socketAddress = req.socket?.remoteAddress ?? ''
  if (trustedProxies <= 0) return socketAddress
  const hops = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
  // The last N entries were added by our proxies; the one before them is the client.
  return hops[hops.length - trustedProxies] ?? socketAddress
}
