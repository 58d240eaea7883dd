import { env } from '@/env'
import { getPayloadClient } from '@/server/payload'

export type THealth = { status: 'ok' | 'error'; database: 'sqlite' | 'postgres'; latencyMs?: number; error?: string }

/** One cheap query proves the database answers; no details beyond its kind are exposed. */
export async function checkHealth(): Promise<THealth> {
  const database = env.database.kind
  const started = performance.now()
  try {
    const payload = await getPayloadClient()
    await payload.count({ collection: 'participants', overrideAccess: true })
    return { status: 'ok', database, latencyMs: Math.round(performance.now() - started) }
  } catch {
    return { status: 'error', database, error: 'database unreachable' }
  }
}
