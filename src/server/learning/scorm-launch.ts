import crypto from 'node:crypto'
import { z } from 'zod'
import { locales, type Locale } from '@/i18n/locales'
import type { Lesson } from '@/payload-types'

/**
 * A launch of a SCORM lesson: who plays which package. The SCORM origin never sees the
 * platform's session cookie, so the lesson page hands the player this signed, expiring token
 * in its address; it is the only key to the package's files and to the learner's CMI record.
 */
export type TScormLaunch = { user: number; lesson: number; course: number; package: number; revision: string; version: '1.2' | '2004'; locale: Locale; expires: number }

const ZLaunch = z.object({
  user: z.number().int().positive(),
  lesson: z.number().int().positive(),
  course: z.number().int().positive(),
  package: z.number().int().positive(),
  revision: z.string().regex(/^[a-z0-9]{8,32}$/),
  version: z.enum(['1.2', '2004']),
  locale: z.enum(locales),
  expires: z.number().int(),
})

/** A launch lasts a working day: a learner who keeps the lesson open longer reloads it. */
export const launchLifetimeMs = 12 * 60 * 60 * 1000

const keyOf = (secret: string) => crypto.createHmac('sha256', secret).update('scorm-launch').digest()
const signatureOf = (body: string, secret: string) => crypto.createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

export function signLaunch(launch: Omit<TScormLaunch, 'expires'>, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...launch, expires: now + launchLifetimeMs })).toString('base64url')
  return `${body}.${signatureOf(body, secret)}`
}

/** The launch a token stands for, if it is ours, whole, and not expired. */
export function verifyLaunch(token: string, secret: string, now = Date.now()): TScormLaunch | undefined {
  const match = /^([A-Za-z0-9_-]{10,600})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return undefined
  const expected = Buffer.from(signatureOf(match[1], secret))
  if (!crypto.timingSafeEqual(expected, Buffer.from(match[2]))) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  const launch = ZLaunch.safeParse(parsed)
  if (!launch.success || launch.data.expires < now) return undefined
  return launch.data
}

/** A SCORM package as a launch needs it. */
export type TPackageFacts = { id: number; title: string; version?: '1.2' | '2004' | null; launch?: string | null; revision?: string | null }
type TReadyPackage = TPackageFacts & { revision: string; version: '1.2' | '2004'; launch: string }

/** The package, when it is ready to play (unpacked, with its version and start page). */
export const readyPackage = (pkg: TPackageFacts | undefined): TReadyPackage | undefined => (pkg?.revision && pkg.version && pkg.launch ? (pkg as TReadyPackage) : undefined)

/** The package a lesson plays, as the course content holds it (depth 1), when it is ready to play. */
export function scormPackageFacts(lesson: Pick<Lesson, 'scormPackage'>): TReadyPackage | undefined {
  return readyPackage(typeof lesson.scormPackage === 'object' && lesson.scormPackage ? (lesson.scormPackage as TPackageFacts) : undefined)
}

/** The player's address on the SCORM origin for one learner's launch of a lesson's package. */
export function scormLaunchSrc(origin: string, secret: string, who: { user: number; lesson: number; course: number; locale: Locale }, pkg: Pick<TReadyPackage, 'id' | 'revision' | 'version'>, now = Date.now()): string {
  return `${origin}/scorm/${signLaunch({ ...who, package: pkg.id, revision: pkg.revision, version: pkg.version }, secret, now)}`
}
