import type { Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Certificate, EmailOutbox, User } from '@/payload-types'
import { runDueJobs } from '@/server/jobs/run-queued-jobs'
import { formatCertificateCode, newCertificateCode } from '@/server/learning/certificate-code'
import { certificateByCode, certificateFor, certificatePdf, issueCertificate } from '@/server/learning/certificates'
import { completeLesson, enroll } from '@/server/learning/learning'
import { databaseKind, makeUser, testPayload } from './helpers'

const run = `${Date.now().toString(36)}-${databaseKind}`
const pdfText = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text

/** Course certificates: issued by a job on completion, e-mailed, verified in public, revoked with a reason, kept past the account (issue #11). */
describe(`certificates (${databaseKind})`, () => {
  let payload: Payload
  const course = `cert-course-${run}`
  const lesson = `cert-lesson-${run}`

  async function complete(learner: User): Promise<Certificate> {
    await enroll(payload, learner, course)
    expect(await completeLesson(payload, learner, course, lesson)).toEqual({ ok: true, value: { courseCompleted: true } })
    await runDueJobs(payload, 1000)
    const found = await payload.find({ collection: 'certificates', where: { user: { equals: learner.id } }, overrideAccess: true, depth: 0 })
    expect(found.docs).toHaveLength(1)
    return found.docs[0]
  }

  const mailsTo = async (email: string) => (await payload.find({ collection: 'email-outbox', where: { to: { equals: email } }, overrideAccess: true, depth: 0, limit: 100 })).docs as EmailOutbox[]

  beforeAll(async () => {
    payload = await testPayload()
    const doc = await payload.create({ collection: 'courses', locale: 'en', data: { title: 'Migration data in practice', summary: 'x', languages: ['en', 'ru'], level: 'introductory', hours: 3.5, slug: course, enrollment: 'open', _status: 'published' }, overrideAccess: true })
    await payload.update({ collection: 'courses', id: doc.id, locale: 'ru', data: { title: 'Миграционные данные на практике', summary: 'х', _status: 'published' }, overrideAccess: true })
    const l = await payload.create({ collection: 'lessons', data: { title: lesson, slug: lesson, course: doc.id, kind: 'text' }, overrideAccess: true })
    await payload.update({ collection: 'courses', id: doc.id, locale: 'en', data: { modules: [{ title: 'Module', lessons: [l.id] }], _status: 'published' }, overrideAccess: true })
  })

  it('issues one certificate on completion, in the learner’s language, with the name as written, and e-mails the PDF once', async () => {
    const learner = await makeUser(payload, ['learner'], { name: 'Айгерим Сейткали-Оглы', preferredLanguage: 'ru' })
    const certificate = await complete(learner)
    expect(certificate).toMatchObject({ name: 'Айгерим Сейткали-Оглы', courseTitle: 'Миграционные данные на практике', language: 'ru', hours: 3.5, status: 'valid' })
    expect(certificate.code).toMatch(/^[2-9A-HJ-NP-Z]{24}$/)
    expect(certificate.emailedAt).toBeTruthy()
    const mails = await mailsTo(learner.email)
    expect(mails.map((m) => m.subject)).toEqual(['Ваш сертификат: Миграционные данные на практике'])
    expect(mails[0].text).toContain(formatCertificateCode(certificate.code))
    const attachment = (mails[0].attachments as { filename: string; contentType: string; content: string }[])[0]
    expect(attachment).toMatchObject({ filename: `certificate-${certificate.code}.pdf`, contentType: 'application/pdf' })
    const text = await pdfText(Buffer.from(attachment.content, 'base64'))
    for (const part of ['Сертификат о прохождении курса', 'Айгерим Сейткали-Оглы', 'Миграционные данные на практике', 'Объём: 3,5 часа', formatCertificateCode(certificate.code), `/verify/${certificate.code}`]) expect(text).toContain(part)
    // The job again (a retry, a second instance): nothing new.
    const enrollment = (await payload.find({ collection: 'enrollments', where: { user: { equals: learner.id } }, overrideAccess: true })).docs[0]
    expect((await issueCertificate(payload, enrollment.id))?.id).toBe(certificate.id)
    await Promise.all([issueCertificate(payload, enrollment.id), issueCertificate(payload, enrollment.id)])
    expect((await payload.count({ collection: 'certificates', where: { user: { equals: learner.id } }, overrideAccess: true })).totalDocs).toBe(1)
    expect(await mailsTo(learner.email)).toHaveLength(1)
  })

  it('is verified by its code as people type it; a guessed code finds nothing', async () => {
    const learner = await makeUser(payload, ['learner'], { name: 'Jana Nováková' })
    const certificate = await complete(learner)
    expect(certificate).toMatchObject({ courseTitle: 'Migration data in practice', language: 'en' })
    expect((await certificateByCode(payload, formatCertificateCode(certificate.code).toLowerCase()))?.id).toBe(certificate.id)
    expect((await certificateByCode(payload, ` ${certificate.code} `))?.id).toBe(certificate.id)
    expect(await certificateByCode(payload, newCertificateCode())).toBeUndefined()
    expect(await certificateByCode(payload, `${certificate.code.slice(0, 23)}'`)).toBeUndefined()
    expect(await pdfText(await certificatePdf(certificate))).toContain('Jana Nováková')
  })

  it('gives the PDF to its learner and the Secretariat only, through every door', async () => {
    const learner = await makeUser(payload, ['learner'])
    const other = await makeUser(payload, ['learner'])
    const certificate = await complete(learner)
    expect((await certificateFor(payload, learner, certificate.code))?.id).toBe(certificate.id)
    expect((await certificateFor(payload, await makeUser(payload, ['secretariat']), certificate.code))?.id).toBe(certificate.id)
    expect(await certificateFor(payload, other, certificate.code)).toBeUndefined()
    expect(await certificateFor(payload, null, certificate.code)).toBeUndefined()
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })
    expect((await payload.find({ collection: 'certificates', ...as(learner) })).docs.map((c) => c.id)).toEqual([certificate.id])
    expect((await payload.find({ collection: 'certificates', ...as(other) })).docs).toEqual([])
    await expect(payload.find({ collection: 'certificates', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(payload.update({ collection: 'certificates', id: certificate.id, data: { status: 'revoked', revokedReason: 'mine' }, ...as(learner) })).rejects.toThrow(/not allowed/i)
  })

  it('is revoked by the Secretariat with a reason only; what it certifies never changes', async () => {
    const learner = await makeUser(payload, ['learner'])
    const secretariat = await makeUser(payload, ['secretariat'])
    const certificate = await complete(learner)
    const as = { user: { ...secretariat, collection: 'users' as const }, overrideAccess: false as const }
    await expect(payload.update({ collection: 'certificates', id: certificate.id, data: { status: 'revoked' }, ...as })).rejects.toThrow(/invalid: revok/i)
    expect((await certificateByCode(payload, certificate.code))?.status).toBe('valid')
    const revoked = await payload.update({ collection: 'certificates', id: certificate.id, data: { status: 'revoked', revokedReason: 'Issued in error', name: 'Someone else', code: newCertificateCode(), hours: 99 }, ...as })
    expect(revoked).toMatchObject({ status: 'revoked', revokedReason: 'Issued in error', name: certificate.name, code: certificate.code, hours: certificate.hours })
    expect(revoked.revokedAt).toBeTruthy()
    expect((await certificateByCode(payload, certificate.code))?.status).toBe('revoked')
    const reinstated = await payload.update({ collection: 'certificates', id: certificate.id, data: { status: 'valid' }, ...as })
    expect(reinstated).toMatchObject({ status: 'valid', revokedAt: null, revokedReason: null })
  })

  it('stays verifiable when the account is deleted, without the link to it', async () => {
    const learner = await makeUser(payload, ['learner'], { name: 'Ravshan Karimov' })
    const certificate = await complete(learner)
    await payload.delete({ collection: 'users', id: learner.id, overrideAccess: true })
    const kept = await certificateByCode(payload, certificate.code)
    expect(kept).toMatchObject({ id: certificate.id, name: 'Ravshan Karimov', status: 'valid' })
    expect(kept?.user ?? null).toBeNull()
    expect((await payload.count({ collection: 'enrollments', where: { user: { equals: learner.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
