import { pageCacheRevision } from '@/server/content/content-revision'
import { getPayloadClient } from '@/server/payload'

export const dynamic = 'force-dynamic'

/** Polled by each instance's page cache (the HTTP front, src/http); the token says nothing but "changed". */
export async function GET() {
  return Response.json({ revision: await pageCacheRevision(await getPayloadClient()) }, { headers: { 'cache-control': 'no-store' } })
}
