import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one transaction of its own request, committed together or not at all (an
 * error rolls everything back and is thrown on). `request`: what the request carries (a user,
 * a locale) when the work's hooks need it.
 */
export async function inRequestTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, request: Parameters<typeof createLocalReq>[0] = {}): Promise<T> {
  const req = await createLocalReq(request, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
