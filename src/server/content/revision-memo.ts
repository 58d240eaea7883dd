import { AsyncLocalStorage } from 'node:async_hooks'
import { headers } from 'next/headers'
import { internalHeaders } from '@/server/internal-headers'

/** The revision given by a caller outside a page's request (the HTTP front, through the session bridge). */
const givenRevision = new AsyncLocalStorage<string>()

/** Runs `work` with the memos at `revision`, as a request from the front would (nothing given: every call loads). */
export function atRevision<T>(revision: string | undefined, work: () => T): T {
  return revision ? givenRevision.run(revision, work) : work()
}

/** Entries one memo keeps at most before it starts afresh. */
const maxEntries = 1000

/**
 * Memoizes content that is the same for every reader (the site's header and footer, say) for
 * as long as the content revision stays the same, the revision the HTTP front's page cache is
 * at: so the memo is exactly as fresh as the cached pages. Without the front's word (scripts,
 * tests, development) every call loads. Keyed by the first argument alone: the others (the
 * process's one Payload, say) must not change what is loaded.
 */
export function memoPerRevision<TArg extends string, TValue, TRest extends unknown[] = []>(load: (arg: TArg, ...rest: TRest) => Promise<TValue>): (arg: TArg, ...rest: TRest) => Promise<TValue> {
  let revision: string | undefined
  const values = new Map<TArg, Promise<TValue>>()
  return async (arg, ...rest) => {
    let current: string | null = givenRevision.getStore() ?? null
    if (!current) {
      try {
        current = (await headers()).get(internalHeaders.revision)
      } catch {
        // Outside a request: nothing to go by.
      }
    }
    if (!current) return load(arg, ...rest)
    if (current !== revision) {
      revision = current
      values.clear()
    }
    let value = values.get(arg)
    if (!value) {
      // Keys come from addresses: a bound keeps made-up ones from growing the memo.
      if (values.size >= maxEntries) values.clear()
      const loading = load(arg, ...rest)
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
