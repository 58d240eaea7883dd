import { describe, expect, it } from 'vitest'
import { launchLifetimeMs, signLaunch, verifyLaunch } from './scorm-launch'

const secret = 'a-secret-that-is-long-enough-for-the-tests'
const launch = { user: 7, lesson: 3, course: 2, package: 5, revision: 'abcdef0123456789', version: '1.2' as const, locale: 'ru' as const }

describe('SCORM launch tokens', () => {
  it('stand for their launch until they expire', () => {
    const now = Date.UTC(2026, 11, 2)
    const token = signLaunch(launch, secret, now)
    expect(verifyLaunch(token, secret, now + 1000)).toEqual({ ...launch, expires: now + launchLifetimeMs })
    expect(verifyLaunch(token, secret, now + launchLifetimeMs + 1)).toBeUndefined()
  })

  it('cannot be altered, made with another secret, or be anything but a token', () => {
    const token = signLaunch(launch, secret)
    const [body, signature] = token.split('.')
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), user: 8 })).toString('base64url')
    expect(verifyLaunch(`${other}.${signature}`, secret)).toBeUndefined()
    expect(verifyLaunch(token, `${secret}-other`)).toBeUndefined()
    for (const junk of ['', 'x', `${body}.`, `${body}.${signature}x`, '../../etc/passwd', `${body}.${'A'.repeat(43)}`]) expect(verifyLaunch(junk, secret)).toBeUndefined()
  })
})
