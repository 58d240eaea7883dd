import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { signIn, signOut } from '@/server/account/account-actions'
import { sessionUser } from '@/server/account/session-bridge'
import { sessionBridge } from '@/server/account/viewer'
import { databaseKind, makeUser, testPayload } from './helpers'

const password = 'correct horse battery staple'

/**
 * The session check the HTTP front makes on every signed-in request before it serves a page
 * shared by audience (src/server/account/session-bridge.ts): Payload's own rules, nothing
 * remembered, so each change counts on the next request.
 */
describe(`session bridge (${databaseKind})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  const browser = (token: string, extra: Record<string, string> = {}) => new Headers({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin', ...extra })

  it('is registered when the app starts, and tells who is signed in with the details the front fills in', async () => {
    const bridge = sessionBridge()!
    expect(bridge).toBeDefined()
    const { docs } = await payload.find({ collection: 'participants', where: { slug: { equals: 'armenia' } }, limit: 1, depth: 0 })
    const armenia = docs[0]
    const user = await makeUser(payload, ['strategic-group', 'ncp'], { name: 'Арман Саргсян', preferredLanguage: 'ru', participant: armenia.id })
    const signedIn = await signIn(payload, { email: user.email, password })
    if (!signedIn.ok) throw new Error('sign-in failed')
    const viewer = await bridge.resolve(browser(signedIn.token!))
    expect(viewer).toEqual({ id: user.id, roles: ['ncp', 'strategic-group'], name: 'Арман Саргсян', email: user.email, preferredLanguage: 'ru', participant: armenia.id })
    expect(await bridge.participantName(armenia.id, 'ru')).toBe('Армения')
    expect(await bridge.participantName(armenia.id, 'en')).toBe('Armenia')
  })

  it('hands the account it read to the render of the same request, once, until the front releases it', async () => {
    const bridge = sessionBridge()!
    const user = await makeUser(payload, ['learner'], { name: 'Dilnoza Karimova' })
    const signedIn = await signIn(payload, { email: user.email, password })
    if (!signedIn.ok) throw new Error('sign-in failed')
    expect((await bridge.resolve(browser(signedIn.token!)))?.handoff).toBeUndefined()
    const viewer = await bridge.resolve(browser(signedIn.token!), true)
    const token = viewer!.handoff!
    expect(token).toMatch(/^[\w-]{24}$/)
    expect(bridge.handedOver(token)).toMatchObject({ id: user.id, email: user.email, name: 'Dilnoza Karimova' })
    // Each request its own token; a made-up one finds nothing.
    expect((await bridge.resolve(browser(signedIn.token!), true))!.handoff).not.toBe(token)
    expect(bridge.handedOver('made-up-token-000000000000')).toBeUndefined()
    bridge.release(token)
    expect(bridge.handedOver(token)).toBeUndefined()
    // No session, nothing handed over.
    expect(await bridge.resolve(new Headers({ 'sec-fetch-site': 'same-origin' }), true)).toBeNull()
  })

  it('follows role changes, renames and sign-outs on the next check, and ignores what a browser would not send', async () => {
    const bridge = sessionBridge()!
    const user = await makeUser(payload, ['learner'])
    const signedIn = await signIn(payload, { email: user.email, password })
    if (!signedIn.ok) throw new Error('sign-in failed')
    const headers = browser(signedIn.token!)
    expect((await bridge.resolve(headers))?.roles).toEqual(['learner'])

    await payload.update({ collection: 'users', id: user.id, data: { roles: ['ncp'], name: 'Renamed' }, overrideAccess: true })
    expect(await bridge.resolve(headers)).toMatchObject({ roles: ['ncp'], name: 'Renamed' })

    // Payload's CSRF rule: a cookie on a request that may come from another site counts for nothing.
    expect(await bridge.resolve(new Headers({ cookie: `payload-token=${signedIn.token}` }))).toBeNull()
    expect(await bridge.resolve(browser(signedIn.token!, { origin: 'https://elsewhere.example' }))).toBeNull()
    expect(await bridge.resolve(browser('not-a-token'))).toBeNull()

    await signOut(payload, await sessionUser(payload, headers))
    expect(await bridge.resolve(headers)).toBeNull()
  })

  it('refuses an account whose address is no longer confirmed', async () => {
    const user = await makeUser(payload, ['ncp'])
    const signedIn = await signIn(payload, { email: user.email, password })
    if (!signedIn.ok) throw new Error('sign-in failed')
    await payload.update({ collection: 'users', id: user.id, data: { _verified: false }, overrideAccess: true })
    expect(await sessionBridge()!.resolve(browser(signedIn.token!))).toBeNull()
  })
})
