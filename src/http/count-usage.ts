/**
 * Usage counting the COUNTER way, at the HTTP front (so page-cache hits count too):
 * an item page view or a file download counts when it succeeded, was asked for by a
 * person (known robots and crawlers excluded, by isbot's maintained pattern list) and is
 * not a repeat of the same click by the same visitor within 30 seconds.
 *
 * No IP address or other personal data is kept: a visitor is a salted hash of address and
 * user agent, held in memory for 30 seconds only; the salt is random and changes daily.
 * What leaves this module are aggregated counts (target, language, month, kind, n).
 */
import { createHash, randomBytes } from 'node:crypto'
import { isbot } from 'isbot'
import { isLocale, type Locale } from '@/i18n/locales'
import type { TUsageEvent } from '@/server/usage/record-usage'
import { documentFilePattern, itemPagePattern } from './routes'

export const doubleClickWindowMs = 30_000

/** Paths below /repository that are not items. */
const notItems = new Set(['feed'])

export type TUsageTarget = { kind: 'view'; locale: Locale; slug: string } | { kind: 'download'; filename: string }

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/** Cheap test before a request is watched at all: could this path ever count? */
export function mayCount(path: string): boolean {
  return path.startsWith('/api/documents/file/') || (path.includes('/repository/') && itemPagePattern.test(path))
}

function isWholeFile(range: string | undefined, contentRange: unknown): boolean {
  if (/^bytes=0-$/.test(String(range ?? '').trim())) return true
  const parts = /^bytes 0-(\d+)\/(\d+)$/.exec(String(contentRange ?? '').trim())
  if (!parts) return false
  return Number(parts[1]) + 1 >= Number(parts[2])
}

/**
 * What a finished request counts as, or undefined. Only complete downloads count: 200, or
 * 206 when the range is the whole file (`bytes=0-`, or a Content-Range that covers it);
 * PDF viewers fetch later parts in ranges, and a one-byte probe is not a download.
 */
export function usageTarget({ method, path, status, range, contentRange }: { method?: string; path: string; status: number; range?: string; contentRange?: unknown }): TUsageTarget | undefined {
  if (method !== 'GET') return undefined
  if (!(status === 200 || (status === 206 && isWholeFile(range, contentRange)))) return undefined
  const page = itemPagePattern.exec(path)
  if (page) {
    const slug = decode(page[2])
    return slug && !notItems.has(slug) && isLocale(page[1]) ? { kind: 'view', locale: page[1], slug } : undefined
  }
  const file = documentFilePattern.exec(path)
  if (file) {
    const filename = decode(file[1])
    return filename ? { kind: 'download', filename } : undefined
  }
  return undefined
}

/** True for robots, crawlers, link checkers and clients that do not say what they are. */
export function isRobot(userAgent: string | undefined): boolean {
  return typeof userAgent !== 'string' || userAgent.trim() === '' || isbot(userAgent)
}

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7)
/** One key per counted thing; views carry the page language, downloads the file name. */
const targetKey = (t: TUsageTarget) => (t.kind === 'view' ? `view\u0000${t.locale}\u0000${t.slug}` : `download\u0000\u0000${t.filename}`)
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export class UsageRecorder {
  private readonly now: () => number
  private readonly windowMs: number
  /** visitor+target → time of that visitor's last click on it */
  readonly lastClick = new Map<string, number>()
  /** aggregated key → count, waiting to be written */
  private readonly pending = new Map<string, number>()
  private saltDay = ''
  private salt = ''

  constructor({ now = Date.now, windowMs = doubleClickWindowMs }: { now?: () => number; windowMs?: number } = {}) {
    this.now = now
    this.windowMs = windowMs
  }

  private visitorOf(address: string | undefined, userAgent: string | undefined, at: number): string {
    const day = dayOf(at)
    if (day !== this.saltDay) {
      this.saltDay = day
      this.salt = randomBytes(16).toString('hex')
    }
    return createHash('sha256').update(`${this.salt}\u0000${address ?? ''}\u0000${userAgent ?? ''}`).digest('base64url')
  }

  /** Records one finished request; returns true when it counted. */
  record(visitor: { address?: string; userAgent?: string }, target: TUsageTarget | undefined, at = this.now()): boolean {
    if (!target || isRobot(visitor.userAgent)) return false
    const what = targetKey(target)
    const clickKey = `${this.visitorOf(visitor.address, visitor.userAgent, at)}\u0000${what}`
    const previous = this.lastClick.get(clickKey)
    // Each repeat moves the window on: a burst of clicks 20 s apart counts once.
    this.lastClick.delete(clickKey)
    this.lastClick.set(clickKey, at)
    this.forgetOlderThan(at - this.windowMs)
    if (previous !== undefined && at - previous < this.windowMs) return false
    const key = `${what}\u0000${monthOf(at)}`
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1)
    return true
  }

  /** Map keeps insertion order and record() re-inserts, so the oldest clicks come first. */
  private forgetOlderThan(limit: number): void {
    for (const [key, at] of this.lastClick) {
      if (at >= limit) break
      this.lastClick.delete(key)
    }
  }

  /** Takes the counts gathered so far, as events for the ingest route. */
  drain(): TUsageEvent[] {
    const events: TUsageEvent[] = []
    for (const [key, count] of this.pending) {
      const [kind, locale, target, month] = key.split('\u0000')
      if (kind === 'view' && isLocale(locale)) events.push({ kind, locale, slug: target, month, count })
      else events.push({ kind: 'download', filename: target, month, count })
    }
    this.pending.clear()
    return events
  }

  /** Puts back events whose delivery failed, so the next flush tries again. */
  restore(events: TUsageEvent[]): void {
    for (const e of events) {
      const key = `${targetKey(e.kind === 'view' ? e : { kind: 'download', filename: e.filename })}\u0000${e.month}`
      this.pending.set(key, (this.pending.get(key) ?? 0) + e.count)
    }
  }
}
