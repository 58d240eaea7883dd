import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

export type TCaptured = { status: number; headers: OutgoingHttpHeaders; body: Buffer }
type TCallback = (error?: Error | null) => void

const toBuffer = (chunk: unknown, encoding?: unknown) =>
  Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')

/** The headers object among `writeHead`'s arguments after the status (message and headers are both optional). */
export function headersArgument(rest: unknown[]): OutgoingHttpHeaders | undefined {
  return rest.find((r): r is OutgoingHttpHeaders => Boolean(r) && typeof r === 'object' && !Array.isArray(r))
}

/**
 * Lets Next write a response into memory instead of the socket: status and headers are set
 * on the real response (and taken back when Next ends), the body is kept, and `onEnd`
 * receives all three. The real methods are back in place before `onEnd` runs. Returns a
 * function that puts them back early (when Next fails before it ends the response).
 * The e2e test "public pages keep their content without scripts" fails if Next ever
 * writes its responses in a way this does not see.
 */
export function captureResponse(res: ServerResponse, onEnd: (captured: TCaptured) => void): () => void {
  const chunks: Buffer[] = []
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  let restored = false
  const restore = () => {
    if (restored) return
    restored = true
    Object.assign(res, original)
  }
  const patched = {
    writeHead(code: number, ...rest: unknown[]) {
      res.statusCode = code
      const headerArg = headersArgument(rest)
      if (headerArg) for (const [k, v] of Object.entries(headerArg)) if (v !== undefined) res.setHeader(k, v)
      return res
    },
    write(chunk: unknown, encoding?: unknown, callback?: TCallback) {
      if (chunk) chunks.push(toBuffer(chunk, encoding))
      const done = [encoding, callback].find((f): f is TCallback => typeof f === 'function')
      if (done) process.nextTick(done)
      return true
    },
    end(chunk?: unknown, encoding?: unknown, callback?: TCallback) {
      if (chunk && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding))
      restore()
      const headers: OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries(res.getHeaders())) {
        headers[name] = value
        res.removeHeader(name)
      }
      onEnd({ status: res.statusCode, headers, body: Buffer.concat(chunks) })
      const done = [chunk, encoding, callback].find((f): f is TCallback => typeof f === 'function')
      if (done) process.nextTick(done)
      return res
    },
  }
  Object.assign(res, patched)
  return restore
}
