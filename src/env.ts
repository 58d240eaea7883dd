/**
 * The only module that reads process.env. Everything is validated once, here, with
 * messages that say what to set; the rest of the code imports `env`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the HTTP front listens on. */
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters').optional(),
  PUBLIC_URL: z.string().url('PUBLIC_URL must be an absolute URL such as https://pragueprocess.example').optional(),
  ADMIN_EMAIL: z.string().email('ADMIN_EMAIL must be an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default('Prague Process <no-reply@pragueprocess.local>'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** The OAI-PMH repository identifier (a domain name, no port); the PUBLIC_URL's host name by default. */
  OAI_REPOSITORY_ID: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/, 'OAI_REPOSITORY_ID must be a domain name such as pragueprocess.eu')
    .optional(),
  /** How often each instance checks whether content changed (page-cache invalidation). */
  CACHE_POLL_MS: z.coerce.number().int().min(100).default(1000),
  /** Records per OAI-PMH list page (the rest follows by resumption token). */
  OAI_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  /** Jobs (e-mails) are run by every instance on this schedule (croner, with seconds). */
  JOBS_CRON: z.string().default('*/5 * * * * *'),
  /** How often the HTTP front writes the usage counts it gathered. */
  USAGE_FLUSH_MS: z.coerce.number().int().min(100).default(5000),
  /** How many proxies in front of the platform add X-Forwarded-For (0: the header is ignored). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Set by the HTTP front (src/http) per process: only it may post usage counts to the app. */
  USAGE_INGEST_TOKEN: z.string().min(16).optional(),
  /**
   * The origin SCORM packages are served from (src/server/learning/scorm-serve.ts): never the
   * platform's own. Unset, a local platform (PUBLIC_URL on localhost or 127.0.0.1) uses
   * scorm.localhost on the same port; any other platform plays no SCORM until it is set.
   */
  SCORM_ORIGIN: z.string().url('SCORM_ORIGIN must be an absolute URL such as https://scorm.pragueprocess-content.example').optional(),
  /** Migrations folder override, used by the schema-drift test only. */
  MIGRATIONS_DIR: z.string().optional(),
})

export type TDatabase = { kind: 'sqlite'; url: string } | { kind: 'postgres'; url: string }

export class EnvError extends Error {}

export function parseDatabaseUrl(raw: string | undefined, dataDir: string): TDatabase {
  const url = raw && raw.trim() !== '' ? raw.trim() : `file:${path.join(dataDir, 'pragueprocess.db')}`
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url }
  throw new EnvError(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.split(':')[0]}:..."`,
  )
}

/** Reads PAYLOAD_SECRET, or creates one in the data folder on first start (never in the repo). */
function resolveSecret(given: string | undefined, dataDir: string): string {
  if (given) return given
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

/**
 * A second origin for untrusted SCORM content: given, or for a local platform
 * `scorm.localhost` on its port (browsers resolve every *.localhost to this machine, and it is
 * another site than localhost or 127.0.0.1: it never gets their cookies).
 */
export function resolveScormOrigin(given: string | undefined, publicUrl: string): string | undefined {
  const platform = new URL(publicUrl)
  if (given) {
    const origin = new URL(given).origin
    if (origin === platform.origin) throw new EnvError('SCORM_ORIGIN must differ from PUBLIC_URL: SCORM packages must not run as the platform.')
    return origin
  }
  if (!['localhost', '127.0.0.1', '[::1]'].includes(platform.hostname)) return undefined
  const local = new URL(platform.origin)
  local.hostname = 'scorm.localhost'
  return local.origin
}

function load() {
  const parsed = ZEnv.safeParse(process.env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const dataDir = path.resolve(e.DATA_DIR)
  if ((e.ADMIN_EMAIL && !e.ADMIN_PASSWORD) || (!e.ADMIN_EMAIL && e.ADMIN_PASSWORD)) {
    throw new EnvError('Set ADMIN_EMAIL and ADMIN_PASSWORD together (or neither, for a demo admin).')
  }
  const s3 =
    e.S3_BUCKET && e.S3_ENDPOINT
      ? {
          bucket: e.S3_BUCKET,
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
          accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
          secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
        }
      : undefined
  if ((e.S3_BUCKET && !e.S3_ENDPOINT) || (!e.S3_BUCKET && e.S3_ENDPOINT)) {
    throw new EnvError('Set S3_ENDPOINT and S3_BUCKET together to use object storage.')
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '')
  const scormOrigin = resolveScormOrigin(e.SCORM_ORIGIN, publicUrl)
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: parseDatabaseUrl(e.DATABASE_URL, dataDir),
    secret: resolveSecret(e.PAYLOAD_SECRET, dataDir),
    publicUrl,
    scormOrigin,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : undefined,
    smtpUrl: e.SMTP_URL,
    emailFrom: e.EMAIL_FROM,
    s3,
    seedDemo: e.SEED_DEMO === 'true',
    oaiRepositoryId: e.OAI_REPOSITORY_ID ?? new URL(e.PUBLIC_URL ?? 'http://localhost').hostname,
    oaiPageSize: e.OAI_PAGE_SIZE,
    cachePollMs: e.CACHE_POLL_MS,
    jobsCron: e.JOBS_CRON,
    usageFlushMs: e.USAGE_FLUSH_MS,
    trustProxy: e.TRUST_PROXY,
    migrationsDir: e.MIGRATIONS_DIR,
    usageIngestToken: e.USAGE_INGEST_TOKEN,
  }
}

export type TEnv = ReturnType<typeof load>
export const env: TEnv = load()
