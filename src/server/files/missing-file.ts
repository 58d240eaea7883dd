import fs from 'node:fs/promises'
import path from 'node:path'
import type { UploadConfig } from 'payload'

type TUploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A file whose record exists but whose bytes are not on this instance's disk (removed, or
 * uploaded to another instance without shared storage) is "not found", not a server error
 * (Payload answers 500). Runs after Payload's access check, before its local-disk handler.
 */
export function missingLocalFileAs404(staticDir: string): TUploadHandler {
  const root = path.resolve(staticDir)
  return (req, { params: { filename } }) => {
    const file = path.resolve(root, filename)
    // Payload refuses names outside the folder itself.
    if (!file.startsWith(root + path.sep)) return undefined
    return fs.access(file).then(
      () => undefined as unknown as Response,
      () => {
        req.payload.logger.warn({ msg: 'File missing on disk', file })
        return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
      },
    )
  }
}
