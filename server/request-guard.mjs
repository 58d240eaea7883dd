/**
 * What the HTTP front checks before a request reaches Next: well-formed paths, bodies no
 * larger than their route needs (so memory cannot be filled by anonymous posts), uploads
 * only from signed-in clients, and the client's address (proxies trusted only when
 * configured).
 */
import { isSignedIn } from './page-cache.mjs'

const KiB = 1024
const MiB = 1024 * KiB

/** The largest request body each route accepts; the first match wins. */
export const bodyLimits = [
  { path: /^\/forms\//, bytes: 64 * KiB },
  // Upload collections: Payload's 50 MB file limit plus the multipart envelope.
  { path: /^\/api\/(documents|media)(\/|$)/, bytes: 51 * MiB },
  { path: /^\/api\/graphql$/, bytes: 256 * KiB },
  { path: /^\/api\/usage\/ingest$/, bytes: 4 * MiB },
  { path: /^\/api\//, bytes: 2 * MiB },
  // The admin's server actions carry whole documents (rich text in two languages).
  { path: /^\/admin(\/|$)/, bytes: 8 * MiB },
]
const defaultBodyLimit = 64 * KiB
export const maxUrlLength = 8 * KiB

const uploadRoutes = /^\/api\/(documents|media)(\/|$)/
const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function bodyLimitFor(path) {
  return bodyLimits.find((l) => l.path.test(path))?.bytes ?? defaultBodyLimit
}

/**
 * Why a request is refused before anything reads it, as [status, message], or undefined.
 * Messages are in both languages: the front does not know the reader's language yet.
 */
export function refusal(req, path) {
  if ((req.url ?? '').length > maxUrlLength) return [414, 'Address too long / Слишком длинный адрес']
  try {
    decodeURIComponent(path)
  } catch {
    return [400, 'Malformed address / Неверный адрес']
  }
  if (!bodyMethods.has(req.method ?? 'GET')) return undefined
  const length = req.headers['content-length']
  if (length === undefined) {
    // Without a declared length the body could be endless; browsers always declare it.
    return req.headers['transfer-encoding'] ? [411, 'Length required / Укажите длину запроса'] : undefined
  }
  if (!/^\d+$/.test(String(length))) return [400, 'Malformed request / Неверный запрос']
  if (Number(length) > bodyLimitFor(path)) return [413, 'Request too large / Слишком большой запрос']
  // Only signed-in people may upload: an anonymous upload is refused before it is read.
  if (uploadRoutes.test(path) && Number(length) > 0 && !isSignedIn(req)) return [401, 'Sign in to upload / Войдите, чтобы загружать файлы']
  return undefined
}

/**
 * The client's address. X-Forwarded-For is believed only for as many hops as there are
 * trusted proxies in front of us (TRUST_PROXY); anyone can send the header.
 */
export function clientAddress(req, trustedProxies = 0) {
  const socketAddress = req.socket?.remoteAddress ?? ''
  if (trustedProxies <= 0) return socketAddress
  const hops = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
  // The last N entries were added by our proxies; the one before them is the client.
  return hops[hops.length - trustedProxies] ?? socketAddress
}
