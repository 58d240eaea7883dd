import fs from 'node:fs/promises'
import path from 'node:path'
import type { S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import { env } from '@/env'

/**
 * The one file storage: every upload collection goes to S3-compatible object storage when
 * S3_* is set (shared by all instances), otherwise to the local data folder. Each collection
 * has its own prefix in the bucket, so a media file and a document of the same name never
 * overwrite each other.
 */
export const uploadCollections = { media: 'media', documents: 'documents' } as const
export type TUploadCollection = keyof typeof uploadCollections

/**
 * Client options for the configured storage. Checksums only when the operation requires
 * them: S3-compatible servers (MinIO, the test server) do not all take the SDK's default.
 */
export function s3ClientConfig() {
  if (!env.s3) return undefined
  return {
    endpoint: env.s3.endpoint,
    region: env.s3.region,
    forcePathStyle: env.s3.forcePathStyle,
    credentials: { accessKeyId: env.s3.accessKeyId, secretAccessKey: env.s3.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
  }
}

let client: Promise<S3Client> | undefined

/** The bytes of an uploaded file, wherever the storage keeps them. */
export async function readUploadedFile(payload: Payload, collection: TUploadCollection, file: { filename?: string | null; prefix?: string | null }): Promise<Uint8Array> {
  if (!file.filename) throw new Error(`A ${collection} record without a file name`)
  if (env.s3) {
    const { GetObjectCommand, S3Client } = await import('@aws-sdk/client-s3')
    client ??= Promise.resolve(new S3Client(s3ClientConfig()!))
    // Records saved before prefixes keep their file at the bucket's root.
    const key = path.posix.join(file.prefix ?? '', file.filename)
    const object = await (await client).send(new GetObjectCommand({ Bucket: env.s3.bucket, Key: key }))
    return new Uint8Array(await object.Body!.transformToByteArray())
  }
  const staticDir = payload.collections[collection].config.upload.staticDir!
  return new Uint8Array(await fs.readFile(path.join(staticDir, file.filename)))
}
