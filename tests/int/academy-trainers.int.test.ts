import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { env } from '@/env'
import type { User } from '@/payload-types'
import { applyToTrain, latestApplication, ownTrainerProfile } from '@/server/academy/trainer-applications'
import { loadTrainerDirectory, loadTrainerProfile } from '@/server/academy/trainer-directory'
import { setTrainerConsent, updateOwnTrainerProfile } from '@/server/academy/trainer-profile'
import { ZTrainerFilters, type TTrainerApplicationInput } from '@/server/academy/trainer-rules'
import { backgroundWorkSettled } from '@/server/background-work'
import { answerContactForm } from '@/server/contact/answer-contact-form'
import { signContactToken } from '@/server/contact/contact-token'
import { runDueJobs } from '@/server/jobs/run-queued-jobs'
import { searchSite } from '@/server/search-index/search-site'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`

/** The Training Academy's network of trainers: applications, profiles, consent, directory, contact (issue #11). */
describe(`trainers' network (${databaseKind})`, () => {
  let payload: Payload
  let secretariat: User
  let input: TTrainerApplicationInput
  let areaSlug: string

  const lastMailTo = async (to: string) => (await payload.find({ collection: 'email-outbox', where: { to: { equals: to } }, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]
  const decide = (id: number, data: Record<string, unknown>) => payload.update({ collection: 'trainer-applications', id, data, user: { ...secretariat, collection: 'users' }, overrideAccess: false, depth: 0 })

  beforeAll(async () => {
    payload = await testPayload()
    secretariat = await makeUser(payload, ['secretariat'])
    const armenia = (await payload.find({ collection: 'participants', where: { isoCode: { equals: 'AM' } }, depth: 0 })).docs[0]
    const area = (await payload.find({ collection: 'thematic-areas', where: { slug: { equals: 'asylum-international-protection' } }, depth: 0 })).docs[0]
    areaSlug = area.slug
    input = { kind: 'non-state', country: armenia.id, institution: 'Yerevan State University', thematicAreas: [area.id], languages: ['hy', 'ru'], experience: 'Ten trainings on refugee status determination for case officers since 2015.' }
  })

  it('takes one application at a time from a signed-in person, and not from a trainer', async () => {
    const person = await makeUser(payload, ['learner'])
    expect(await applyToTrain(payload, null, input)).toEqual({ ok: false, error: 'not-signed-in' })
    expect(await applyToTrain(payload, person, { ...input, country: 999_999 })).toEqual({ ok: false, error: 'invalid-input' })
    const first = await applyToTrain(payload, person, input)
    expect(first.ok && first.value).toMatchObject({ status: 'pending', name: person.name, email: person.email, institution: 'Yerevan State University' })
    expect(await applyToTrain(payload, person, input)).toEqual({ ok: false, error: 'pending' })
    expect(await applyToTrain(payload, await makeUser(payload, ['trainer']), input)).toEqual({ ok: false, error: 'already-trainer' })
    // Applicants read their own applications only; nobody creates one through the API.
    const other = await makeUser(payload, ['learner'])
    expect((await payload.find({ collection: 'trainer-applications', user: { ...other, collection: 'users' }, overrideAccess: false })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'trainer-applications', user: { ...person, collection: 'users' }, overrideAccess: false })).totalDocs).toBe(1)
    await expect(payload.create({ collection: 'trainer-applications', data: { ...input, applicant: other.id, name: 'x', email: other.email, status: 'accepted' }, user: { ...other, collection: 'users' }, overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('accepts: the trainer role and a draft profile in one step, and an e-mail in the applicant’s language', async () => {
    const person = await makeUser(payload, ['learner'], { preferredLanguage: 'ru', name: `Ануш Саргсян ${run}` })
    const applied = await applyToTrain(payload, person, input)
    if (!applied.ok) throw new Error(applied.error)
    await expect(payload.update({ collection: 'trainer-applications', id: applied.value.id, data: { status: 'accepted' }, user: { ...person, collection: 'users' }, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    const accepted = await decide(applied.value.id, { status: 'accepted' })
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: secretariat.id, profile: expect.any(Number) })
    const user = await payload.findByID({ collection: 'users', id: person.id, overrideAccess: true })
    expect(user.roles).toEqual(expect.arrayContaining(['learner', 'trainer']))
    const profile = await ownTrainerProfile(payload, person.id)
    expect(profile).toMatchObject({ id: accepted.profile, status: 'draft', consent: false, kind: 'non-state', email: person.email, languages: ['hy', 'ru'] })
    expect(profile?.slug).toMatch(/^anush-sargsyan-/)
    const mail = await lastMailTo(person.email)
    expect(mail.subject).toBe('Ваша заявка на вступление в сеть тренеров принята')
    expect(mail.text).toContain('/ru/account/trainer')
    // Decided is decided.
    await expect(decide(applied.value.id, { status: 'declined', decisionReason: 'x' })).rejects.toMatchObject({ data: { errors: [{ path: 'status', message: 'A decided application cannot change its status again.' }] } })
  })

  it('declines only with a reason, which the applicant reads, and lets them apply again', async () => {
    const person = await makeUser(payload, ['learner'])
    const applied = await applyToTrain(payload, person, input)
    if (!applied.ok) throw new Error(applied.error)
    await expect(decide(applied.value.id, { status: 'declined' })).rejects.toMatchObject({ data: { errors: [{ path: 'decisionReason', message: 'Give a reason for declining.' }] } })
    expect((await latestApplication(payload, person.id))?.status).toBe('pending')
    await decide(applied.value.id, { status: 'declined', decisionReason: 'Please apply again once you have delivered a training in the region.' })
    const mail = await lastMailTo(person.email)
    expect(mail.subject).toBe('Your application to the trainers’ network')
    expect(mail.text).toContain('Please apply again once you have delivered a training in the region.')
    expect((await payload.findByID({ collection: 'users', id: person.id, overrideAccess: true })).roles).toEqual(['learner'])
    expect((await applyToTrain(payload, person, input)).ok).toBe(true)
  })

  it('shows a profile only while it is published and consented to, and never its address', async () => {
    const person = await makeUser(payload, ['learner'], { name: `Karen Petrosyan ${run}` })
    const applied = await applyToTrain(payload, person, input)
    if (!applied.ok) throw new Error(applied.error)
    const profileId = (await decide(applied.value.id, { status: 'accepted' })).profile as number
    const trainer = { ...(await payload.findByID({ collection: 'users', id: person.id, overrideAccess: true })), collection: 'users' as const }
    const slug = (await ownTrainerProfile(payload, person.id))!.slug
    const publicRead = () => payload.find({ collection: 'trainers', where: { slug: { equals: slug } }, overrideAccess: false })
    const directory = async () => (await loadTrainerDirectory('en', ZTrainerFilters.parse({ area: areaSlug }))).trainers.map((t) => t.slug)

    // The Secretariat publishes; without consent it stays out of sight.
    await payload.update({ collection: 'trainers', id: profileId, data: { status: 'published' }, user: { ...secretariat, collection: 'users' }, overrideAccess: false })
    expect((await publicRead()).totalDocs).toBe(0)
    expect(await loadTrainerProfile('en', slug)).toBeUndefined()
    // Nobody but the trainer gives consent: the Secretariat's change of the field is dropped.
    await payload.update({ collection: 'trainers', id: profileId, data: { consent: true }, user: { ...secretariat, collection: 'users' }, overrideAccess: false })
    expect((await payload.findByID({ collection: 'trainers', id: profileId, overrideAccess: true })).consent).toBe(false)

    expect(await setTrainerConsent(payload, trainer, true)).toEqual({ ok: true })
    const shown = await publicRead()
    expect(shown.totalDocs).toBe(1)
    expect(shown.docs[0]).not.toHaveProperty('email')
    expect(shown.docs[0]).not.toHaveProperty('user')
    expect(await directory()).toContain(slug)
    expect((await payload.findByID({ collection: 'trainers', id: profileId, overrideAccess: true })).consentChangedAt).toBeTruthy()

    // The trainer edits their profile in both languages; the Secretariat's fields stay theirs.
    expect(await updateOwnTrainerProfile(payload, trainer, { institutionEn: 'Yerevan State University', institutionRu: 'Ереванский государственный университет', biographyEn: 'Trains case officers.', biographyRu: 'Обучает специалистов.', thematicAreas: input.thematicAreas, languages: ['hy', 'ru', 'en'], email: `karen-${run}@example.test` })).toEqual({ ok: true })
    const ru = await loadTrainerProfile('ru', slug)
    expect(ru).toMatchObject({ institution: 'Ереванский государственный университет', biography: 'Обучает специалистов.', languages: ['hy', 'ru', 'en'], kind: 'non-state' })
    expect(await updateOwnTrainerProfile(payload, await makeUser(payload, ['learner']), { thematicAreas: [], languages: ['en'], email: 'x@example.test' })).toEqual({ ok: false, error: 'no-profile' })
    // In the one search while public, by name and by what the biography says, in either language.
    const found = async (q: string, locale: 'en' | 'ru') => {
      await runDueJobs(payload, 1000)
      return (await searchSite(payload, { q, locale, audience: 'public', filters: { kinds: ['trainer'] } })).hits.map((h) => h.urlPath)
    }
    expect(await found(`Petrosyan ${run}`, 'en')).toEqual([`/academy/trainers/${slug}`])
    expect(await found('Ереванский университет специалистов', 'ru')).toContain(`/academy/trainers/${slug}`)

    // A message through the profile's form goes to the trainer's address, which the page never shows.
    const page = `academy/trainers/${slug}`
    const response = await answerContactForm(new Request(`${env.publicUrl}/forms/contact`, {
      method: 'POST',
      headers: { 'x-pp-client': `trainer-${run}` },
      body: new URLSearchParams({ locale: 'ru', page, token: signContactToken(env.secret, page, Date.now() - 60_000), website: '', name: 'Ольга', email: `olga-${run}@example.test`, subject: 'Тренинг в Ереване', message: 'Здравствуйте! Могли бы вы провести тренинг весной?' }),
    }))
    expect(response.status).toBe(303)
    await backgroundWorkSettled()
    const mail = await lastMailTo(`karen-${run}@example.test`)
    expect(mail.subject).toBe('Форма обратной связи: Тренинг в Ереване')
    expect(mail.text).toContain('Сообщение, отправленное через ваш профиль в каталоге тренеров')

    // Consent withdrawn: gone from the directory, the profile page and the contact form at once.
    expect(await setTrainerConsent(payload, trainer, false)).toEqual({ ok: true })
    expect((await publicRead()).totalDocs).toBe(0)
    expect(await directory()).not.toContain(slug)
    expect(await found(`Petrosyan ${run}`, 'en')).toEqual([])
    const refused = await answerContactForm(new Request(`${env.publicUrl}/forms/contact`, {
      method: 'POST',
      headers: { 'x-pp-client': `trainer-${run}-2` },
      body: new URLSearchParams({ locale: 'en', page, token: signContactToken(env.secret, page, Date.now() - 60_000), website: '', name: 'Olga', email: `olga2-${run}@example.test`, subject: 'Training', message: 'Could you deliver a training in spring?' }),
    }))
    expect(refused.status).toBe(422)
  })

  it('filters the directory by area, language, country and type, OR within one and AND across', async () => {
    const all = await loadTrainerDirectory('en', ZTrainerFilters.parse({}))
    const slugs = (filters: Record<string, string | string[]>) => loadTrainerDirectory('en', ZTrainerFilters.parse(filters)).then((d) => d.trainers.map((t) => t.slug))
    expect(all.trainers.map((t) => t.slug)).toEqual(expect.arrayContaining(['nino-kapanadze', 'aigerim-nurlanova', 'petr-novak']))
    expect(await slugs({ language: 'kk' })).toEqual(['aigerim-nurlanova'])
    expect(await slugs({ language: ['kk', 'ka'] })).toEqual(['aigerim-nurlanova', 'nino-kapanadze'])
    expect(await slugs({ language: ['kk', 'ka'], kind: 'state' })).toEqual(['nino-kapanadze'])
    expect(await slugs({ country: 'czech-republic', area: 'integration' })).toEqual(['petr-novak'])
    expect(await slugs({ country: 'czech-republic', area: 'illegal-migration' })).toEqual([])
    // Counts of a facet answer "how many if I add this value" given the other filters.
    const kinds = (await loadTrainerDirectory('en', ZTrainerFilters.parse({ language: 'ka', kind: 'state' }))).options.kind
    expect(kinds.find((o) => o.value === 'state')).toMatchObject({ count: 1, checked: true })
    expect(kinds.find((o) => o.value === 'non-state')).toMatchObject({ count: 0, checked: false })
    // Malformed filters are ignored, never an error.
    expect((await loadTrainerDirectory('en', ZTrainerFilters.parse({ language: ['xx', '<script>'], kind: 'boss', page: '-3' }))).total).toBe(all.total)
  })
})
