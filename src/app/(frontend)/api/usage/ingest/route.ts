import { timingSafeEqual } from 'node:crypto'
import { env } from '@/env'
import { getPayloadClient } from '@/server/payload'
import { recordUsage, ZUsageEvents } from '@/server/usage/record-usage'

export const dynamic = 'force-dynamic'

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/** Counts from this process's HTTP front (src/http/count-usage.ts); nobody else knows the token. */
export async function POST(request: Request) {
  const expected = env.usageIngestToken
  if (!expected || !sameToken(request.headers.get('x-usage-token') ?? '', expected)) {
    return Response.json({ error: 'Forbidden' }, { status: 403 })
  }
  const body = (await request.json().catch(() => undefined)) as { events?: unknown } | undefined
  const events = ZUsageEvents.safeParse(body?.events)
  if (!events.success) return Response.json({ error: 'Invalid usage events' }, { status: 400 })
  const written = await recordUsage(await getPayloadClient(), events.data)
  return Response.json({ written }, { headers: { 'cache-control': 'no-store' } })
}
