/**
 * `npm run storage:copy-local`: puts the files of the local data folder into the configured
 * object storage (S3_*), where the platform now looks for them. Run it once when S3 is turned
 * on for a site that stored files locally (before, publication files stayed on each
 * instance's disk even with S3 set). Files already in the bucket are left alone; it can be
 * run again safely. Prints what it copied and what it could not find.
 */
import fs from 'node:fs'
import path from 'node:path'

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { env } = await import('../src/env')
const { s3ClientConfig, storageKey, uploadCollections } = await import('../src/server/files/storage')
if (!env.s3) {
  console.error('S3_ENDPOINT and S3_BUCKET are not set: there is no object storage to copy to.')
  process.exit(2)
}
const { HeadObjectCommand, PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3')
const payload = await getPayload({ config })
const client = new S3Client(s3ClientConfig()!)
const counts = { copied: 0, present: 0, missing: 0 }
for (const collection of Object.keys(uploadCollections) as (keyof typeof uploadCollections)[]) {
  const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const folder = path.join(env.dataDir, collection)
  for (const doc of docs as { filename?: string | null; prefix?: string | null; mimeType?: string | null; sizes?: Record<string, { filename?: string | null }> }[]) {
    const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)].filter((n): n is string => Boolean(n))
    for (const filename of names) {
      const key = storageKey(collection, { filename, prefix: doc.prefix })
      const present = await client.send(new HeadObjectCommand({ Bucket: env.s3.bucket, Key: key })).then(() => true, () => false)
      if (present) {
        counts.present++
        continue
      }
      const local = path.join(folder, filename)
      if (!fs.existsSync(local)) {
        counts.missing++
        console.log(`missing: ${collection}/${filename} is neither in the bucket nor in ${folder}`)
        continue
      }
      await client.send(new PutObjectCommand({ Bucket: env.s3.bucket, Key: key, Body: fs.readFileSync(local), ContentType: doc.mimeType ?? undefined }))
      counts.copied++
      console.log(`copied: ${local} → ${key}`)
    }
  }
}
console.log(`${counts.copied} copied, ${counts.present} already in the bucket, ${counts.missing} missing`)
process.exit(counts.missing > 0 ? 1 : 0)
