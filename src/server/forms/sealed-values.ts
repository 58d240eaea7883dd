import crypto from 'node:crypto'

/**
 * What someone typed into a form that was refused, carried back to the form in its address
 * without being readable there: AES-256-GCM under a key made from the app's secret for this
 * purpose only, good for one hour. Personal data (a delegate's name and e-mail) so never
 * shows in logs, history or a proxy's records, and nothing is stored on the server.
 */
export const sealedLifetimeMs = 60 * 60 * 1000
/** Long enough for a form's text in Cyrillic (2 bytes a letter) and well within the 8 KiB address limit of the HTTP front. */
export const maxSealedLength = 7000

function keyOf(secret: string): Buffer {
  return crypto.createHmac('sha256', secret).update('prague-process/sealed-form-values/v1').digest()
}

export function sealValues(secret: string, values: Record<string, string>, now = Date.now()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyOf(secret), iv)
  const plain = Buffer.from(JSON.stringify({ at: now, values }), 'utf8')
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()])
  return sealed.toString('base64url')
}

/** The values, or {} for anything broken, forged, repeated or older than an hour. Takes the query parameter as it comes. */
export function openValues(secret: string, token: string | string[] | undefined, now = Date.now()): Record<string, string> {
  if (typeof token !== 'string' || token.length > maxSealedLength || !/^[A-Za-z0-9_-]+$/.test(token)) return {}
  try {
    const data = Buffer.from(token, 'base64url')
    if (data.length < 12 + 16 + 2) return {}
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyOf(secret), data.subarray(0, 12))
    decipher.setAuthTag(data.subarray(data.length - 16))
    const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]).toString('utf8')
    const { at, values } = JSON.parse(plain) as { at: number; values: Record<string, unknown> }
    if (typeof at !== 'number' || now - at > sealedLifetimeMs || at - now > 60_000) return {}
    return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return {}
  }
}
