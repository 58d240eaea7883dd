import type { Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EmailOutbox, User } from '@/payload-types'
import { letterPdf, normaliseReference, referencePattern, requestLetter, verifyLetter } from '@/server/invitations/invitation-letters'
import { runDueJobs } from '@/server/jobs/run-queued-jobs'
import { decide, registerSelf } from '@/server/registrations/registration-doors'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const day = 24 * 3600 * 1000
const pdfText = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text

/** Visa invitation letters: request, issue, PDFs, e-mail, verification, revocation (issue #10). */
describe(`visa invitation letters (${databaseKind})`, () => {
  let payload: Payload
  let secretariat: User
  let participant: User
  let stranger: User
  let eventId: number
  let registrationId: number
  const request = { passportName: 'NAZAROVA DILNOZA', passportNumber: 'FA1234567', dateOfBirth: '1988-04-17', nationality: 'Uzbekistan', consulate: 'Embassy of the Czech Republic in Tashkent' }

  beforeAll(async () => {
    payload = await testPayload()
    secretariat = await makeUser(payload, ['secretariat'])
    participant = await makeUser(payload, ['learner'], { preferredLanguage: 'ru', name: 'Дильноза Назарова' })
    stranger = await makeUser(payload, ['learner'])
    const type = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'senior-officials-meeting' } }, depth: 0 })).docs[0].id
    const czechia = (await payload.find({ collection: 'participants', where: { isoCode: { equals: 'CZ' } }, depth: 0 })).docs[0].id
    const start = Date.now() + 60 * day
    const event = await payload.create({
      collection: 'events',
      locale: 'en',
      data: { title: `Senior Officials’ Meeting ${run}`, slug: `letters-${run}`, type, startsAt: new Date(start).toISOString(), startsAt_tz: 'Europe/Prague', endsAt: new Date(start + day).toISOString(), format: 'in-person', venue: { city: 'Prague', country: czechia }, host: czechia, visibility: 'public', registration: { mode: 'anyone' }, _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'events', id: event.id, locale: 'ru', data: { title: `Совещание старших должностных лиц ${run}`, venue: { city: 'Прага' } } as never, overrideAccess: true })
    eventId = event.id
    const registered = await registerSelf(payload, participant, { eventId, locale: 'ru', answers: {} })
    if (!registered.ok) throw new Error(registered.error)
    registrationId = registered.registration.id
  })

  it('is asked for by approved participants only, once', async () => {
    expect(await requestLetter(payload, participant, { registrationId, request })).toEqual({ ok: false, error: 'not-allowed' })
    await decide(payload, secretariat, { registrationId, locale: 'en', decision: 'approved' })
    expect(await requestLetter(payload, stranger, { registrationId, request })).toEqual({ ok: false, error: 'not-found' })
    const asked = await requestLetter(payload, participant, { registrationId, request })
    expect(asked.ok && asked.letter.status).toBe('requested')
    expect(await requestLetter(payload, participant, { registrationId, request })).toEqual({ ok: false, error: 'duplicate' })
    // The passport details: the person and the Secretariat, nobody else.
    const read = async (user: User) => (await payload.find({ collection: 'invitation-letters', where: { registration: { equals: registrationId } }, user, overrideAccess: false })).docs.length
    expect([await read(participant), await read(secretariat), await read(stranger)]).toEqual([1, 1, 0])
  })

  it('once issued, gets a reference and reaches the participant as PDFs in English and Russian', async () => {
    const letter = (await payload.find({ collection: 'invitation-letters', where: { registration: { equals: registrationId } }, overrideAccess: true })).docs[0]
    const issued = await payload.update({ collection: 'invitation-letters', id: letter.id, data: { status: 'issued' }, overrideAccess: true })
    expect(issued.reference).toMatch(referencePattern)
    // The queue holds other tests' jobs too: run it until the letter's job has been done.
    const find = async () => (await payload.find({ collection: 'email-outbox', where: { and: [{ to: { equals: participant.email } }, { subject: { contains: issued.reference! } }] }, overrideAccess: true })).docs as EmailOutbox[]
    for (let round = 0; round < 20 && (await find()).length === 0; round++) await runDueJobs(payload)
    const mails = await find()
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`Ваше письмо-приглашение ${issued.reference}`)
    const attachments = mails[0].attachments as { filename: string; content: string; encoding: string }[]
    expect(attachments.map((a) => a.filename)).toEqual([`invitation-${issued.reference}-en.pdf`, `invitation-${issued.reference}-ru.pdf`])
    const [en, ru] = await Promise.all(attachments.map((a) => pdfText(Buffer.from(a.content, 'base64'))))
    expect(en).toContain('NAZAROVA DILNOZA')
    expect(en).toContain('FA1234567')
    expect(en).toContain(`Senior Officials’ Meeting ${run}`)
    expect(en).toContain('Embassy of the Czech Republic in Tashkent')
    expect(en.replace(/\s+/g, ' ')).toContain(issued.reference!)
    expect(ru).toContain(`Совещание старших должностных лиц ${run}`)
    expect(ru).toContain('Секретариат Пражского процесса')
    expect(ru).toContain('17 апреля 1988')
    expect(en).toContain('17 April 1988')
    // The download gives the same letter.
    expect(await pdfText(await letterPdf(payload, letter.id, 'ru'))).toContain('Письмо-приглашение')
  })

  it('follows the Secretariat’s wording in each language, and refuses a template with an unknown placeholder', async () => {
    const letter = (await payload.find({ collection: 'invitation-letters', where: { registration: { equals: registrationId } }, overrideAccess: true })).docs[0]
    const refusal = await payload.updateGlobal({ slug: 'invitation-letter-template', locale: 'en', data: { body: 'Dear consul, {fullName} is invited.' }, overrideAccess: true }).then(() => undefined, (error: { data?: unknown }) => JSON.stringify(error.data))
    expect(refusal).toContain('Unknown placeholder {fullName}')
    await expect(payload.updateGlobal({ slug: 'invitation-letter-template', locale: 'en', data: { body: 'Dear consul, {name is invited.' }, overrideAccess: true })).rejects.toThrow()
    try {
      await payload.updateGlobal({ slug: 'invitation-letter-template', locale: 'en', data: { heading: 'Visa support letter', body: 'We invite {name} ({nationality}) to {event}.\n\nThe meeting takes place on {dates} in {place}.' }, overrideAccess: true })
      const en = (await pdfText(await letterPdf(payload, letter.id, 'en'))).replace(/\s+/g, ' ')
      expect(en).toContain('Visa support letter')
      expect(en).toContain(`We invite NAZAROVA DILNOZA (Uzbekistan) to Senior Officials’ Meeting ${run}.`)
      expect(en).not.toContain('hereby confirms')
      // No Russian wording written: the standard Russian letter.
      expect(await pdfText(await letterPdf(payload, letter.id, 'ru'))).toContain('Письмо-приглашение')
    } finally {
      await payload.updateGlobal({ slug: 'invitation-letter-template', locale: 'en', data: { heading: null, body: null }, overrideAccess: true })
    }
  })

  it('is verified by its reference, typed loosely, without passport details; a revoked letter says so', async () => {
    const letter = (await payload.find({ collection: 'invitation-letters', where: { registration: { equals: registrationId } }, overrideAccess: true })).docs[0]
    const typed = ` ${letter.reference!.toLowerCase().replace(/-/g, ' ')} `
    expect(normaliseReference(typed)).toBe(letter.reference)
    const valid = await verifyLetter(payload, typed, 'ru')
    expect(valid).toMatchObject({ status: 'valid', name: 'NAZAROVA DILNOZA', event: `Совещание старших должностных лиц ${run}` })
    expect(JSON.stringify(valid)).not.toContain('FA1234567')
    expect(await verifyLetter(payload, 'PP-2026-AAAAAAAA', 'en')).toBeUndefined()
    expect(await verifyLetter(payload, "' or 1=1 --", 'en')).toBeUndefined()

    await expect(payload.update({ collection: 'invitation-letters', id: letter.id, data: { status: 'revoked' }, overrideAccess: true })).rejects.toThrow()
    await payload.update({ collection: 'invitation-letters', id: letter.id, data: { status: 'revoked', revokeReason: 'The participant withdrew.' }, overrideAccess: true })
    expect((await verifyLetter(payload, letter.reference!, 'en'))?.status).toBe('revoked')
    // Back from revoked to requested is no move the rules know.
    await expect(payload.update({ collection: 'invitation-letters', id: letter.id, data: { status: 'requested' }, overrideAccess: true })).rejects.toThrow()
  })
})
