import fs from 'node:fs/promises'
import path from 'node:path'
import type { S3Client } from '@aws-sdk/client-s3'
import { buildStoragePathData } from '@payloadcms/plugin-cloud-storage/utilities'
import type { Payload } from 'payload'
import { env } from '@/env'

/**
 * The one file storage: every upload collection goes to S3-compatible object storage when
 * S3_* is set (shared by all instances), otherwise to the local data folder. Documents have
 * their own prefix in the bucket, so a media file and a document of the same name never
 * overwrite each other; media keep the bucket's root, where they were stored before.
 */
export const uploadCollections = { media: '', documents: 'documents' } as const
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

let client: S3Client | undefined

/** Where the storage plugin keeps a record's file in the bucket (the same rules, so job and plugin agree). */
export function storageKey(collection: TUploadCollection, file: { filename: string; prefix?: string | null }): string {
  return buildStoragePathData({ collectionPrefix: uploadCollections[collection], docPrefix: file.prefix ?? '', filename: file.filename }).storageFilePath
}

/** The bytes of an uploaded file, wherever the storage keeps them. */
export async function readUploadedFile(payload: Payload, collection: TUploadCollection, file: { filename?: string | null; prefix?: string | null }): Promise<Uint8Array> {
  if (!file.filename) throw new Error(`A ${collection} record without a file name`)
  if (env.s3) {
    const { GetObjectCommand, S3Client } = await import('@aws-sdk/client-s3')
    client ??= new S3Client(s3ClientConfig()!)
    const object = await client.send(new GetObjectCommand({ Bucket: env.s3.bucket, Key: storageKey(collection, { filename: file.filename, prefix: file.prefix }) }))
    return new Uint8Array(await object.Body!.transformToByteArray())
  }
  const staticDir = payload.collections[collection].config.upload.staticDir!
  return new Uint8Array(await fs.readFile(path.join(staticDir, file.filename)))
}
