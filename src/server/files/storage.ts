import fs, { type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { S3Client } from '@aws-sdk/client-s3'
import { buildStoragePathData, getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import type { Payload, PayloadRequest } from 'payload'
import { env } from '@/env'
import { diskEtag, quotedEtag, type TByteRange } from './file-headers'

/**
 * The one file storage: every upload collection goes to S3-compatible object storage when
 * S3_* is set (shared by all instances), otherwise to the local data folder. Documents have
 * their own prefix in the bucket, so a media file and a document of the same name never
 * overwrite each other; media keep the bucket's root, where they were stored before.
 */
export const uploadCollections = { media: '', documents: 'documents', 'meeting-documents': 'meeting-documents', 'lesson-files': 'lesson-files', 'scorm-packages': 'scorm-packages' } as const
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
async function s3Client(): Promise<S3Client> {
  const { S3Client: Client } = await import('@aws-sdk/client-s3')
  client ??= new Client(s3ClientConfig()!)
  return client
}

/** Where the storage plugin keeps a record's file in the bucket (the same rules, so job and plugin agree). */
export function storageKey(collection: TUploadCollection, file: { filename: string; prefix?: string | null }): string {
  return buildStoragePathData({ collectionPrefix: uploadCollections[collection], docPrefix: file.prefix ?? '', filename: file.filename }).storageFilePath
}

/** The bytes of an uploaded file, wherever the storage keeps them. */
export async function readUploadedFile(payload: Payload, collection: TUploadCollection, file: { filename?: string | null; prefix?: string | null }): Promise<Uint8Array> {
  if (!file.filename) throw new Error(`A ${collection} record without a file name`)
  if (env.s3) {
    const { GetObjectCommand } = await import('@aws-sdk/client-s3')
    const object = await (await s3Client()).send(new GetObjectCommand({ Bucket: env.s3.bucket, Key: storageKey(collection, { filename: file.filename, prefix: file.prefix }) }))
    return new Uint8Array(await object.Body!.transformToByteArray())
  }
  const staticDir = payload.collections[collection].config.upload.staticDir!
  return new Uint8Array(await fs.readFile(path.join(staticDir, file.filename)))
}

/** A stored file opened to answer a request: what validates it, and its bytes on demand. */
export type TStoredFile = {
  size: number
  etag: string
  lastModified: Date
  contentType?: string
  /** The bytes (all, or one range); the stream owns what was opened and releases it when it ends or is cancelled. */
  read: (range?: TByteRange) => Promise<ReadableStream<Uint8Array>>
  /** Releases what was opened, for answers without a body (HEAD, 304, 412, 416). */
  close: () => Promise<void>
}

/** The record of a file, as far as storage needs it (the storage plugin's folder fields). */
export type TStoredRecord = { id: number; prefix?: string | null; _objectKey?: string | null }

/**
 * Opens the file `filename` of a record (the original or one of its image sizes) wherever
 * the storage keeps it; null when its bytes are not there (removed, or never reached this
 * instance's disk).
 */
export function openStoredFile(req: PayloadRequest, collection: TUploadCollection, record: TStoredRecord, filename: string): Promise<TStoredFile | null> {
  return env.s3 ? openStoredObject(req, collection, record, filename) : openOnDisk(req.payload.collections[collection].config.upload.staticDir!, filename)
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '')

/**
 * One open file answers the request: size, time and bytes all come from the same file even
 * if it is replaced meanwhile.
 */
async function openOnDisk(folder: string, filename: string): Promise<TStoredFile | null> {
  const root = path.resolve(folder)
  const file = path.resolve(root, filename)
  if (!file.startsWith(root + path.sep)) return null
  let handle: FileHandle
  try {
    handle = await fs.open(file, 'r')
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
  const stat = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  if (!stat.isFile()) {
    await handle.close()
    return null
  }
  return {
    size: stat.size,
    etag: diskEtag(stat.size, stat.mtimeMs),
    lastModified: stat.mtime,
    read: async (range) => Readable.toWeb(handle.createReadStream(range ? { start: range.start, end: range.end } : {})) as unknown as ReadableStream<Uint8Array>,
    close: () => handle.close(),
  }
}

const isMissingObject = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404
}

/**
 * Object storage: HeadObject tells size, ETag and time, so preconditions and ranges are
 * decided (and HEAD, 304 and 416 answered) without reading the object; a range is then
 * asked of the store itself (GetObject with Range), never cut out of the whole object, so a
 * PDF viewer's requests for parts of a 50 MB file move only those parts.
 */
async function openStoredObject(req: PayloadRequest, collection: TUploadCollection, record: TStoredRecord, filename: string): Promise<TStoredFile | null> {
  const doc = { id: record.id, prefix: record.prefix ?? undefined, _objectKey: record._objectKey ?? undefined }
  return openObject(await getStorageFilePath({ collection: req.payload.collections[collection].config, collectionPrefix: uploadCollections[collection], doc, filename, req }))
}

async function openObject(Key: string): Promise<TStoredFile | null> {
  const { GetObjectCommand, HeadObjectCommand } = await import('@aws-sdk/client-s3')
  const s3 = await s3Client()
  const Bucket = env.s3!.bucket
  const head = await s3.send(new HeadObjectCommand({ Bucket, Key })).catch((error: unknown) => {
    if (isMissingObject(error)) return null
    throw error
  })
  if (!head) return null
  const size = head.ContentLength ?? 0
  const lastModified = head.LastModified ?? new Date(0)
  return {
    size,
    etag: head.ETag ? quotedEtag(head.ETag) : diskEtag(size, lastModified.getTime()),
    lastModified,
    contentType: head.ContentType,
    read: async (range) => {
      const object = await s3.send(new GetObjectCommand({ Bucket, Key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }))
      const body = object.Body!.transformToWebStream() as ReadableStream<Uint8Array>
      // Replaced between the two calls: the headers already decided would not describe these bytes.
      if (head.ETag && object.ETag && object.ETag !== head.ETag) {
        await body.cancel()
        throw new Error(`The stored object ${Key} changed while it was being read`)
      }
      return body
    },
    close: async () => undefined,
  }
}

/**
 * The unpacked files of SCORM packages (src/collections/Courses/scorm-packages.ts): under
 * `scorm-content/<package>/<revision>/` in the same storage, on disk or in the bucket. A new
 * upload of a package gets a new revision, so a learner never gets a mix of two versions.
 */
const scormContent = 'scorm-content'
const packageFolder = (packageId: number) => `${scormContent}/${packageId}`
export const packageFileKey = (packageId: number, revision: string, filePath: string) => `${packageFolder(packageId)}/${revision}/${filePath}`

export async function writePackageFile(key: string, data: Buffer, contentType: string): Promise<void> {
  if (env.s3) {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3')
    await (await s3Client()).send(new PutObjectCommand({ Bucket: env.s3.bucket, Key: key, Body: data, ContentType: contentType }))
    return
  }
  const file = path.join(env.dataDir, key)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, data)
}

/** A file of a package's revision; on disk, never outside that revision's folder whatever the path says. */
export function openPackageFile(packageId: number, revision: string, filePath: string): Promise<TStoredFile | null> {
  return env.s3 ? openObject(packageFileKey(packageId, revision, filePath)) : openOnDisk(path.join(env.dataDir, packageFolder(packageId), revision), filePath)
}

/** Removes every revision of a package's files, or all but `keep`. */
export async function removePackageFiles(packageId: number, keep?: string): Promise<void> {
  const folder = packageFolder(packageId)
  if (!env.s3) {
    const root = path.join(env.dataDir, folder)
    const revisions = await fs.readdir(root).catch(() => [] as string[])
    await Promise.all(revisions.filter((r) => r !== keep).map((r) => fs.rm(path.join(root, r), { recursive: true, force: true })))
    return
  }
  const { DeleteObjectsCommand, ListObjectsV2Command } = await import('@aws-sdk/client-s3')
  const s3 = await s3Client()
  let ContinuationToken: string | undefined
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: env.s3.bucket, Prefix: `${folder}/`, ContinuationToken }))
    const keys = (page.Contents ?? []).map((o) => o.Key!).filter((key) => !keep || !key.startsWith(`${folder}/${keep}/`))
    if (keys.length) await s3.send(new DeleteObjectsCommand({ Bucket: env.s3.bucket, Delete: { Objects: keys.map((Key) => ({ Key })) } }))
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (ContinuationToken)
}
