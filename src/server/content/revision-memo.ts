import { headers } from 'next/headers'
import { internalHeaders } from '@/server/internal-headers'

/**
 * Memoizes content that is the same for every reader (the site's header and footer, say) for
 * as long as the content revision stays the same, the revision the HTTP front's page cache is
 * at: so the memo is exactly as fresh as the cached pages. Without the front's word (scripts,
 * tests, development) every call loads.
 */
export function memoPerRevision<TArg extends string, TValue>(load: (arg: TArg) => Promise<TValue>): (arg: TArg) => Promise<TValue> {
  let revision: string | undefined
  const values = new Map<TArg, Promise<TValue>>()
  return async (arg) => {
    let current: string | null = null
    try {
      current = (await headers()).get(internalHeaders.revision)
    } catch {
      // Outside a request: nothing to go by.
    }
    if (!current) return load(arg)
    if (current !== revision) {
      revision = current
      values.clear()
    }
    let value = values.get(arg)
    if (!value) {
      const loading = load(arg)
      value = loading
      values.set(arg, loading)
      // A failed load is not kept: the next request tries again.
      loading.catch(() => {
        if (values.get(arg) === loading) values.delete(arg)
      })
    }
    return value
  }
}
