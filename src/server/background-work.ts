/**
 * Work a request starts but does not wait for (an e-mail written to the outbox after the
 * save that sent it). Kept on `globalThis` because the HTTP front is bundled apart from the
 * app's server code: both must see one registry, so a shutdown can let this work finish.
 */
const registryKey = Symbol.for('prague-process.background-work')
type TRegistry = Set<Promise<unknown>>

function registry(): TRegistry {
  const holder = globalThis as unknown as Record<symbol, TRegistry | undefined>
  return (holder[registryKey] ??= new Set())
}

export function runInBackground(work: () => Promise<unknown>, onError: (error: unknown) => void): void {
  const running: Promise<unknown> = Promise.resolve()
    .then(work)
    .catch(onError)
    .finally(() => registry().delete(running))
  registry().add(running)
}

/** Resolves once the background work started so far has ended, or at the deadline. */
export async function backgroundWorkSettled(timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (registry().size > 0 && Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([Promise.allSettled([...registry()]), new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())))])
    clearTimeout(timer)
  }
}
