import ICAL from 'ical.js'
import { simpleParser, type ParsedMail } from 'mailparser'
import { createLocalReq, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { env } from '@/env'
import type { EmailOutbox, Registration, User } from '@/payload-types'
import { runDueJobs } from '@/server/jobs/run-queued-jobs'
import { decide, nominate, registerSelf, submitFollowUp, withdraw } from '@/server/registrations/registration-doors'
import { sendEventReminders } from '@/server/registrations/reminders'
import { registrationsCsv } from '@/server/registrations/registrations-csv'
import { parse } from 'csv-parse/sync'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = Date.now().toString(36)
const day = 24 * 3600 * 1000

describe(`registration (${databaseKind})`, () => {
  let payload: Payload
  let webinar: number
  let armenia: number
  let georgia: number

  async function event(key: string, registration: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    // On a whole minute: calendar files carry no milliseconds.
    const start = Math.floor((Date.now() + 20 * day) / 60_000) * 60_000
    return payload.create({
      collection: 'events',
      locale: 'en',
      data: {
        title: `Registration ${key} ${run}`,
        slug: `registration-${key}-${run}`,
        type: webinar,
        startsAt: new Date(start).toISOString(),
        startsAt_tz: 'Europe/Prague',
        endsAt: new Date(start + 3 * 3600 * 1000).toISOString(),
        format: 'in-person',
        venue: { city: 'Prague' },
        visibility: 'public',
        registration: { mode: 'anyone', ...registration },
        _status: 'published',
        ...extra,
      } as never,
      overrideAccess: true,
    })
  }

  const mails = async (to: string) =>
    (await payload.find({ collection: 'email-outbox', where: { to: { equals: to } }, sort: 'createdAt', limit: 50, overrideAccess: true })).docs as EmailOutbox[]
  const registrationsOf = async (eventId: number) =>
    (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, sort: 'id', limit: 500, depth: 0, overrideAccess: true })).docs as Registration[]

  beforeAll(async () => {
    payload = await testPayload()
    webinar = (await payload.find({ collection: 'event-types', where: { slug: { equals: 'webinar' } }, depth: 0 })).docs[0].id
    const states = await payload.find({ collection: 'participants', where: { slug: { in: ['armenia', 'georgia'] } }, depth: 0 })
    armenia = states.docs.find((s) => s.slug === 'armenia')!.id
    georgia = states.docs.find((s) => s.slug === 'georgia')!.id
  })

  it('gives places to the first arrivals and the waiting list to the rest, in arrival order, with one e-mail each, under 30 registrations at once', async () => {
    const full = await event('full', { capacity: 10 })
    const people = await Promise.all(Array.from({ length: 30 }, () => makeUser(payload, ['learner'])))
    const results = await Promise.all(people.map((user) => registerSelf(payload, user, { eventId: full.id, locale: 'en', answers: {} })))
    expect(results.every((r) => r.ok)).toBe(true)

    const rows = await registrationsOf(full.id)
    expect(rows).toHaveLength(30)
    expect(rows.filter((r) => r.status === 'pending')).toHaveLength(10)
    const waiting = rows.filter((r) => r.status === 'waitlisted').sort((a, b) => a.queueNumber! - b.queueNumber!)
    expect(waiting.map((r) => r.queueNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    // Arrival order is the order the event's lock was taken in: every waiting registration
    // arrived after every one that got a place, and the line keeps the order they came in.
    const holders = rows.filter((r) => r.status === 'pending')
    expect(Math.min(...waiting.map((r) => r.id))).toBeGreaterThan(Math.max(...holders.map((r) => r.id)))
    expect(waiting.map((r) => r.id)).toEqual([...waiting.map((r) => r.id)].sort((a, b) => a - b))
    expect(new Set(rows.map((r) => r.email)).size).toBe(30)

    for (const r of rows) {
      const sent = await mails(r.email)
      expect(sent).toHaveLength(1)
      expect(sent[0].subject).toBe(r.status === 'pending' ? `Registration received: ${full.title}` : `Waiting list: ${full.title}`)
    }
    const tenth = waiting[9]
    expect((await mails(tenth.email))[0].text).toContain('number 10 in line')
  })

  it('promotes the first in line when a place frees, and tells them', async () => {
    const small = await event('small', { capacity: 1 })
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => makeUser(payload, ['learner'])))
    for (const user of [first, second, third]) expect((await registerSelf(payload, user, { eventId: small.id, locale: 'en', answers: {} })).ok).toBe(true)
    const [a, b, c] = await registrationsOf(small.id)
    expect([a.status, b.status, c.status]).toEqual(['pending', 'waitlisted', 'waitlisted'])

    expect((await withdraw(payload, first, { registrationId: a.id, locale: 'en' })).ok).toBe(true)
    const after = await registrationsOf(small.id)
    expect(after.map((r) => r.status)).toEqual(['withdrawn', 'pending', 'waitlisted'])
    expect((await mails(second.email)).map((m) => m.subject)).toEqual([`Waiting list: ${small.title}`, `A place is free for you: ${small.title}`])
    expect((await mails(first.email)).at(-1)!.subject).toBe(`Registration withdrawn: ${small.title}`)

    // Withdrawing twice changes nothing and says why.
    expect(await withdraw(payload, first, { registrationId: a.id, locale: 'en' })).toEqual({ ok: false, error: 'transition' })
    // Registering again after withdrawing joins the end of the line.
    expect((await registerSelf(payload, first, { eventId: small.id, locale: 'en', answers: {} })).ok).toBe(true)
    const again = (await registrationsOf(small.id)).find((r) => r.id === a.id)!
    expect(again.status).toBe('waitlisted')
    expect(again.queueNumber).toBeGreaterThan(c.queueNumber!)

    // More places go to the waiting list at once.
    await payload.update({ collection: 'events', id: small.id, data: { registration: { mode: 'anyone', capacity: 3 } }, overrideAccess: true })
    expect((await registrationsOf(small.id)).map((r) => r.status)).toEqual(['pending', 'pending', 'pending'])
  })

  it('refuses a second registration, a passed deadline and a closed event, changing nothing', async () => {
    const user = await makeUser(payload, ['learner'])
    const open = await event('dup', {})
    expect((await registerSelf(payload, user, { eventId: open.id, locale: 'en', answers: {} })).ok).toBe(true)
    expect(await registerSelf(payload, user, { eventId: open.id, locale: 'en', answers: {} })).toEqual({ ok: false, error: 'duplicate' })
    expect(await registrationsOf(open.id)).toHaveLength(1)
    expect(await mails(user.email)).toHaveLength(1)

    const late = await event('late', { deadline: new Date(Date.now() - day).toISOString() })
    expect(await registerSelf(payload, user, { eventId: late.id, locale: 'en', answers: {} })).toEqual({ ok: false, error: 'deadline-passed' })
    const none = await event('none', { mode: 'none' })
    expect(await registerSelf(payload, user, { eventId: none.id, locale: 'en', answers: {} })).toEqual({ ok: false, error: 'closed' })
    const members = await event('members', { mode: 'members' })
    expect(await registerSelf(payload, user, { eventId: members.id, locale: 'en', answers: {} })).toEqual({ ok: false, error: 'not-allowed' })
    expect(await registerSelf(payload, null, { eventId: open.id, locale: 'en', answers: {} })).toEqual({ ok: false, error: 'not-allowed' })
    for (const e of [late, none, members]) expect(await registrationsOf(e.id)).toHaveLength(0)
    // The unique index holds even past the hooks (a second door, or a race the lock missed).
    await expect(
      payload.db.create({ collection: 'registrations', data: { event: open.id, email: user.email.toLowerCase(), name: 'x', status: 'pending', language: 'en' } }),
    ).rejects.toThrow()
  })

  it('gives the link to join online to approved participants only', async () => {
    const online = await event('online', { approval: 'automatic', capacity: 1 }, { format: 'online', onlineLink: 'https://meet.example/room-42' })
    const [first, second] = await Promise.all([1, 2].map(() => makeUser(payload, ['learner'])))
    await registerSelf(payload, first, { eventId: online.id, locale: 'en', answers: {} })
    await registerSelf(payload, second, { eventId: online.id, locale: 'en', answers: {} })
    expect((await mails(first.email))[0].text).toContain('Link to join online: https://meet.example/room-42')
    expect((await mails(second.email))[0].text).not.toContain('meet.example')
    // Through the API the link stays the Secretariat's.
    const asFirst = await payload.findByID({ collection: 'events', id: online.id, user: { ...first, collection: 'users' }, overrideAccess: false })
    expect(asFirst.onlineLink).toBeUndefined()
  })

  it('reminds approved participants once, the set number of days before, in their language', async () => {
    const soon = await event('reminder', { approval: 'automatic', reminderDays: 30 })
    const [en, ru, waiting] = [await makeUser(payload, ['learner']), await makeUser(payload, ['learner'], { preferredLanguage: 'ru' }), await makeUser(payload, ['learner'])]
    await payload.update({ collection: 'events', id: soon.id, data: { registration: { mode: 'anyone', approval: 'automatic', reminderDays: 30, capacity: 2 } }, overrideAccess: true })
    for (const user of [en, ru, waiting]) await registerSelf(payload, user, { eventId: soon.id, locale: 'en', answers: {} })
    // Saving the event queued its reminder job (due at once: the event is 20 days ahead).
    const jobs = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendEventReminders' } }, { 'input.eventId': { equals: String(soon.id) } }] }, overrideAccess: true })
    expect(jobs.totalDocs).toBeGreaterThan(0)
    expect(await sendEventReminders(payload, soon.id)).toBe(2)
    expect(await sendEventReminders(payload, soon.id)).toBe(0)
    expect((await mails(en.email)).map((m) => m.subject)).toEqual([`Registration confirmed: ${soon.title}`, `Reminder: ${soon.title}`])
    expect((await mails(ru.email)).at(-1)!.subject).toBe(`Напоминание: ${soon.title}`)
    expect((await mails(waiting.email)).map((m) => m.subject)).toEqual([`Waiting list: ${soon.title}`])
    // Not before its time: a reminder 7 days before an event 20 days ahead waits.
    const later = await event('reminder-later', { approval: 'automatic', reminderDays: 7 })
    await registerSelf(payload, en, { eventId: later.id, locale: 'en', answers: {} })
    expect(await sendEventReminders(payload, later.id)).toBe(0)
  })

  it('exports an event’s registrations as CSV that spreadsheets read safely', async () => {
    const e = await event('csv', { askFor: ['organisation'] })
    const user = await makeUser(payload, ['learner'], { name: 'Гаянэ Аветисян' })
    await registerSelf(payload, user, { eventId: e.id, locale: 'ru', answers: { organisation: '=HYPERLINK("http://evil")' } })
    const csv = await registrationsCsv(payload, { event: e.id })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ event: e.slug, status: 'pending', name: 'Гаянэ Аветисян', email: user.email.toLowerCase(), organisation: `'=HYPERLINK("http://evil")` })
    expect(await registrationsCsv(payload, { event: e.id, status: 'approved' })).toBe('\uFEFF' + Object.keys(rows[0]).join(',') + '\r\n')
  })

  it('lets an approved participant send travel details, marked for the Secretariat to review', async () => {
    const e = await event('follow-up', { capacity: 1 })
    const [approved, waiting] = [await makeUser(payload, ['learner']), await makeUser(payload, ['learner'])]
    const mine = await registerSelf(payload, approved, { eventId: e.id, locale: 'en', answers: {} })
    const theirs = await registerSelf(payload, waiting, { eventId: e.id, locale: 'en', answers: {} })
    if (!mine.ok || !theirs.ok) throw new Error('registration failed')
    const followUp = { arrival: '2027-03-09', departure: '2027-03-12', travelMode: 'air' as const, accommodation: 'needed' as const, funding: 'sponsorship-requested' as const, details: 'OS 512, 14:05' }
    // Not before approval.
    expect(await submitFollowUp(payload, approved, { registrationId: mine.registration.id, locale: 'en', followUp })).toEqual({ ok: false, error: 'transition' })
    const secretariat = await makeUser(payload, ['secretariat'])
    await decide(payload, secretariat, { registrationId: mine.registration.id, locale: 'en', decision: 'approved' })
    expect(await submitFollowUp(payload, approved, { registrationId: mine.registration.id, locale: 'en', followUp: { ...followUp, departure: '2027-03-01' } })).toEqual({ ok: false, error: 'departure-before-arrival' })
    // Nobody else's registration.
    expect(await submitFollowUp(payload, waiting, { registrationId: mine.registration.id, locale: 'en', followUp })).toEqual({ ok: false, error: 'not-found' })
    const saved = await submitFollowUp(payload, approved, { registrationId: mine.registration.id, locale: 'en', followUp })
    expect(saved.ok).toBe(true)
    const row = await payload.findByID({ collection: 'registrations', id: mine.registration.id, overrideAccess: true })
    expect(row).toMatchObject({ status: 'approved', reviewNeeded: true, followUp: { travelMode: 'air', accommodation: 'needed', funding: 'sponsorship-requested', details: 'OS 512, 14:05' } })
    expect(row.followUp?.arrival?.slice(0, 10)).toBe('2027-03-09')
  })

  it('keeps only the answers the event asks for', async () => {
    const user = await makeUser(payload, ['learner'])
    const e = await event('answers', { askFor: ['organisation'] })
    const result = await registerSelf(payload, user, { eventId: e.id, locale: 'en', answers: { organisation: 'Ministry of Interior', phone: '+374 10 000000', needsVisa: true } })
    expect(result.ok).toBe(true)
    const [row] = await registrationsOf(e.id)
    expect(row.answers?.organisation).toBe('Ministry of Interior')
    expect(row.answers?.phone ?? null).toBeNull()
    expect(row.answers?.needsVisa ?? false).toBe(false)
  })

  describe('nominations by National Contact Points', () => {
    let ncpArmenia: User
    let ncpGeorgia: User
    let secretariat: User

    beforeAll(async () => {
      ncpArmenia = await makeUser(payload, ['ncp'], { participant: armenia })
      ncpGeorgia = await makeUser(payload, ['ncp'], { participant: georgia })
      secretariat = await makeUser(payload, ['secretariat'])
    })

    it('nominates within the state’s quota; the Secretariat approves or declines with a reason, in the delegate’s language', async () => {
      const meeting = await event('som', { mode: 'nominated', quotaPerState: 2 })
      const nominee = (name: string, email: string, language: 'en' | 'ru') => ({ name, email, language, answers: {} })
      const anna = await nominate(payload, ncpArmenia, { eventId: meeting.id, locale: 'en', nominee: nominee('Anna Hakobyan', `anna-${run}@example.test`, 'en') })
      const aram = await nominate(payload, ncpArmenia, { eventId: meeting.id, locale: 'ru', nominee: nominee('Арам Петросян', `aram-${run}@example.test`, 'ru') })
      expect(anna.ok && aram.ok).toBe(true)
      expect(await nominate(payload, ncpArmenia, { eventId: meeting.id, locale: 'en', nominee: nominee('Third', `third-${run}@example.test`, 'en') })).toEqual({ ok: false, error: 'quota-full' })
      expect((await nominate(payload, ncpGeorgia, { eventId: meeting.id, locale: 'en', nominee: nominee('Nino', `nino-${run}@example.test`, 'en') })).ok).toBe(true)
      // Self-registration is not a door to a nominated-only meeting.
      expect(await registerSelf(payload, ncpArmenia, { eventId: meeting.id, locale: 'en', answers: {} })).toEqual({ ok: false, error: 'not-allowed' })

      const rows = await registrationsOf(meeting.id)
      const annaRow = rows.find((r) => r.name === 'Anna Hakobyan')!
      const aramRow = rows.find((r) => r.name === 'Арам Петросян')!
      expect(annaRow.state).toBe(armenia)
      expect(annaRow.nominatedBy).toBe(ncpArmenia.id)

      expect(await decide(payload, ncpArmenia, { registrationId: annaRow.id, locale: 'en', decision: 'approved' })).toEqual({ ok: false, error: 'not-allowed' })
      expect((await decide(payload, secretariat, { registrationId: annaRow.id, locale: 'en', decision: 'approved' })).ok).toBe(true)
      expect(await decide(payload, secretariat, { registrationId: aramRow.id, locale: 'ru', decision: 'declined' })).toEqual({ ok: false, error: 'reason-required' })
      expect((await payload.findByID({ collection: 'registrations', id: aramRow.id, overrideAccess: true })).status).toBe('pending')
      expect((await decide(payload, secretariat, { registrationId: aramRow.id, locale: 'ru', decision: 'declined', reason: 'Делегация уже укомплектована.' })).ok).toBe(true)

      const annaMail = (await mails(annaRow.email)).map((m) => m.subject)
      expect(annaMail).toEqual([`Registration received: ${meeting.title}`, `Registration approved: ${meeting.title}`])
      const aramMail = await mails(aramRow.email)
      expect(aramMail.map((m) => m.subject)).toEqual([`Регистрация получена: ${meeting.title}`, `Регистрация отклонена: ${meeting.title}`])
      expect(aramMail[1].text).toContain('Причина: Делегация уже укомплектована.')
      expect(aramMail[1].text).toContain('Здравствуйте, Арам Петросян!')

      // Working in Russian leaves every other request in its own language (Payload shares one
      // i18n object among requests; the doors once changed its language for everyone).
      expect((await createLocalReq({}, payload)).i18n.language).toBe('en')

      // A declined delegate frees the state's quota for another nomination.
      expect((await nominate(payload, ncpArmenia, { eventId: meeting.id, locale: 'en', nominee: nominee('Third', `third-${run}@example.test`, 'en') })).ok).toBe(true)
    })

    it('shows an NCP its own state’s delegates and no other state’s, through every query', async () => {
      const meeting = await event('isolation', { mode: 'nominated' })
      await nominate(payload, ncpArmenia, { eventId: meeting.id, locale: 'en', nominee: { name: 'Armen', email: `armen-${run}@example.test`, language: 'en', answers: {} } })
      await nominate(payload, ncpGeorgia, { eventId: meeting.id, locale: 'en', nominee: { name: 'Giorgi', email: `giorgi-${run}@example.test`, language: 'en', answers: {} } })
      const [armen, giorgi] = await registrationsOf(meeting.id)
      const asGeorgia = { user: { ...ncpGeorgia, collection: 'users' }, overrideAccess: false } as const
      const seen = await payload.find({ collection: 'registrations', where: { event: { equals: meeting.id } }, ...asGeorgia })
      expect(seen.docs.map((d) => d.name)).toEqual(['Giorgi'])
      await expect(payload.findByID({ collection: 'registrations', id: armen.id, ...asGeorgia })).rejects.toThrow()
      expect((await payload.count({ collection: 'registrations', where: { email: { equals: armen.email } }, ...asGeorgia })).totalDocs).toBe(0)
      await expect(payload.update({ collection: 'registrations', id: giorgi.id, data: { status: 'withdrawn' }, ...asGeorgia })).rejects.toThrow()
      expect(await withdraw(payload, ncpGeorgia, { registrationId: armen.id, locale: 'en' })).toEqual({ ok: false, error: 'not-found' })
      expect((await withdraw(payload, ncpGeorgia, { registrationId: giorgi.id, locale: 'en' })).ok).toBe(true)
      // The delegate, once they have an account with the address, sees their own registration.
      const armenAccount = await makeUser(payload, ['learner'], { email: armen.email })
      const own = await payload.find({ collection: 'registrations', user: { ...armenAccount, collection: 'users' }, overrideAccess: false })
      expect(own.docs.map((d) => d.id)).toEqual([armen.id])
    })
  })

  describe('delivery through SMTP', () => {
    let smtp: SMTPServer
    const received: ParsedMail[] = []
    let refuseNext = 0

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _session, callback) {
          if (refuseNext > 0) {
            refuseNext--
            stream.resume()
            stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })))
            return
          }
          simpleParser(stream).then((mail) => {
            received.push(mail)
            callback()
          }, callback)
        },
      })
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
      const { port } = smtp.server.address() as { port: number }
      env.smtpUrl = `smtp://127.0.0.1:${port}`
    })

    afterAll(async () => {
      env.smtpUrl = undefined
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
    })

    async function drainJobs() {
      for (let i = 0; i < 20 && (await runDueJobs(payload, 100)) > 0; i++);
    }


    it('delivers the confirmation in the person’s language with the event as a calendar file, retrying after a refusal', async () => {
      // Earlier tests' queued e-mails go out first, so only this test's message is looked at.
      await drainJobs()
      received.length = 0
      const user = await makeUser(payload, ['learner'], { preferredLanguage: 'ru' })
      const e = await event('smtp', { approval: 'automatic' })
      await payload.update({ collection: 'events', id: e.id, locale: 'ru', data: { title: `Вебинар о трудовой миграции ${run}` }, overrideAccess: true })
      refuseNext = 1
      expect((await registerSelf(payload, user, { eventId: e.id, locale: 'en', answers: {} })).ok).toBe(true)
      await runDueJobs(payload, 100)
      const [entry] = await mails(user.email)
      expect(entry.status).toBe('failed')
      expect(received).toHaveLength(0)

      await drainJobs()
      const mail = received.find((m) => m.to && JSON.stringify(m.to).includes(user.email))!
      expect(mail.subject).toBe(`Регистрация подтверждена: Вебинар о трудовой миграции ${run}`)
      expect(mail.text).toContain('Здравствуйте')
      const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!
      const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')))
      const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
      expect(vevent.summary).toBe(`Вебинар о трудовой миграции ${run}`)
      expect(vevent.startDate.toJSDate().toISOString()).toBe(new Date(e.startsAt).toISOString())
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Prague')
      expect((await mails(user.email))[0].status).toBe('sent')
    })
  })
})
