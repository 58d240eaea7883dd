import { ValidationError, type CollectionBeforeChangeHook, type Payload, type PayloadRequest } from 'payload'
import { checkRole, staffRoles } from '@/access/roles'
import { env } from '@/env'
import { inAdminLanguage } from '@/fields/admin-text'
import { formatDate } from '@/i18n/format'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import type { Certificate, User } from '@/payload-types'
import { layout } from '@/server/email/account-emails'
import { queueEmail } from '@/server/email/queue-email'
import { renderCertificatePdf } from '@/server/pdf/certificate-pdf'
import { relationId } from '@/server/registrations/allocation'
import { formatCertificateCode, newCertificateCode, normaliseCertificateCode } from './certificate-code'
import { inRequestTransaction } from '@/server/db/transaction'

/** Fields a certificate certifies: set once when issued, never changed by an edit. */
const certifiedFields = ['code', 'name', 'course', 'courseTitle', 'language', 'completedOn', 'hours', 'emailedAt'] as const

/**
 * What a certificate says stays as issued, whoever edits it; the Secretariat revokes with a
 * reason (the date is set here) and may reinstate. Only the system unlinks a deleted account.
 */
export const keepCertificateFacts: CollectionBeforeChangeHook<Certificate> = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (!context.certificateSystem) {
    for (const field of certifiedFields) (data as Record<string, unknown>)[field] = originalDoc[field]
    data.user = originalDoc.user
  }
  const status = data.status ?? originalDoc.status
  if (status === 'revoked') {
    const reason = (data.revokedReason ?? originalDoc.revokedReason ?? '').trim()
    if (!reason) throw new ValidationError({ collection: 'certificates', errors: [{ path: 'revokedReason', message: inAdminLanguage(req, { en: 'Give the reason for revoking the certificate.', ru: 'Укажите причину отзыва сертификата.' }) }] }, req.t)
    if (originalDoc.status !== 'revoked') data.revokedAt = new Date().toISOString()
  } else {
    data.revokedAt = null
    data.revokedReason = null
  }
  return data
}

/** The course title in the certificate's language: the learner's own if the course is taught in it, else the course's first. */
function certificateLanguage(user: Pick<User, 'preferredLanguage'>, courseLanguages: readonly string[] | null | undefined): Locale {
  const own = isLocale(user.preferredLanguage) ? user.preferredLanguage : defaultLocale
  const offered = (courseLanguages ?? []).filter(isLocale)
  return offered.includes(own) || !offered.length ? own : offered[0]
}

const verifyUrlOf = (code: string) => new URL(routes.certificate(code), env.publicUrl).toString()

/** A certificate as a PDF in its language (the facts as issued; the QR code links to its verification page). */
export async function certificatePdf(certificate: Certificate): Promise<Uint8Array> {
  const locale = isLocale(certificate.language) ? certificate.language : defaultLocale
  const t = getTranslator(locale)
  const code = formatCertificateCode(certificate.code)
  return renderCertificatePdf({
    language: locale,
    title: t('certificate.pdf.title', { course: certificate.courseTitle }),
    issuer: t('certificate.pdf.issuer'),
    heading: t('certificate.pdf.heading'),
    certifies: t('certificate.pdf.certifies'),
    name: certificate.name,
    completed: t('certificate.pdf.completed'),
    course: certificate.courseTitle,
    details: [t('certificate.pdf.date', { date: formatDate(locale, certificate.completedOn) }), t('certificate.pdf.hours', { hours: certificate.hours })],
    code,
    verifyUrl: verifyUrlOf(certificate.code),
    verifyNote: t('certificate.pdf.verify'),
  })
}

/**
 * The background job after a course is completed: the certificate (once per learner and
 * course) and its e-mail with the PDF, in one transaction; run again, it changes nothing.
 */
export async function issueCertificate(payload: Payload, enrollmentId: number): Promise<Certificate | undefined> {
  const enrollment = await payload.findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!enrollment || enrollment.status !== 'completed') return undefined
  const userId = relationId(enrollment.user)!
  const courseId = relationId(enrollment.course)!
  const existing = await payload.find({ collection: 'certificates', where: { and: [{ user: { equals: userId } }, { course: { equals: courseId } }] }, depth: 0, limit: 1, overrideAccess: true })
  if (existing.docs[0]?.emailedAt) return existing.docs[0]
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, select: { name: true, email: true, preferredLanguage: true } })
  const languages = await payload.findByID({ collection: 'courses', id: courseId, depth: 0, overrideAccess: true, select: { languages: true } })
  const locale = certificateLanguage(user, languages.languages)
  const course = await payload.findByID({ collection: 'courses', id: courseId, depth: 0, locale, overrideAccess: true, select: { title: true, hours: true, slug: true } })
  try {
    return await inRequestTransaction(payload, async (req) => {
      const certificate =
        existing.docs[0] ??
        (await payload.create({
          collection: 'certificates',
          data: { code: newCertificateCode(), name: user.name, user: userId, course: courseId, courseTitle: course.title, language: locale, completedOn: enrollment.completedAt ?? new Date().toISOString(), hours: course.hours, status: 'valid' },
          overrideAccess: true,
          depth: 0,
          req,
        }))
      await emailCertificate(req, certificate, user)
      return payload.update({ collection: 'certificates', id: certificate.id, data: { emailedAt: new Date().toISOString() }, overrideAccess: true, depth: 0, req, context: { certificateSystem: true } })
    })
  } catch (error) {
    // Issued meanwhile by another run (the unique learner-and-course index): that one stands.
    const raced = await payload.find({ collection: 'certificates', where: { and: [{ user: { equals: userId } }, { course: { equals: courseId } }] }, depth: 0, limit: 1, overrideAccess: true })
    if (raced.docs[0]) return raced.docs[0]
    throw error
  }
}

async function emailCertificate(req: PayloadRequest, certificate: Certificate, user: Pick<User, 'name' | 'email' | 'preferredLanguage'>) {
  const locale = isLocale(user.preferredLanguage) ? user.preferredLanguage : defaultLocale
  const t = getTranslator(locale)
  const pdf = await certificatePdf(certificate)
  const link = new URL(href(locale, routes.learning()), env.publicUrl).toString()
  const body = t('certificate.email.body', { course: certificate.courseTitle, code: formatCertificateCode(certificate.code), url: verifyUrlOf(certificate.code) })
  await queueEmail(req, {
    to: user.email,
    subject: t('certificate.email.subject', { course: certificate.courseTitle }),
    html: layout(locale, t('certificate.email.heading', { name: user.name }), body, link, t('certificate.email.action')),
    attachments: [{ filename: `certificate-${certificate.code}.pdf`, contentType: 'application/pdf', content: Buffer.from(pdf).toString('base64'), encoding: 'base64' }],
  })
}

/** The public answer for a code: who, which course, when, and whether it is valid; nothing for a code that is not one. */
export async function certificateByCode(payload: Payload, input: string): Promise<Certificate | undefined> {
  const code = normaliseCertificateCode(input)
  if (!code) return undefined
  const found = await payload.find({ collection: 'certificates', where: { code: { equals: code } }, depth: 0, limit: 1, overrideAccess: true })
  return found.docs[0]
}

/** A certificate's PDF for its own learner or the Secretariat; undefined for anyone else (no hint that it exists). */
export async function certificateFor(payload: Payload, user: User | null, input: string): Promise<Certificate | undefined> {
  if (!user) return undefined
  const certificate = await certificateByCode(payload, input)
  if (!certificate) return undefined
  const own = relationId(certificate.user) === user.id
  return own || checkRole(staffRoles, { ...user, collection: 'users' }) ? certificate : undefined
}

/** A learner's certificates by course, for the dashboard. */
export async function certificatesOf(payload: Payload, userId: number): Promise<Map<number, Certificate>> {
  const found = await payload.find({ collection: 'certificates', where: { user: { equals: userId } }, depth: 0, pagination: false, limit: 500, overrideAccess: true })
  return new Map(found.docs.map((c) => [relationId(c.course)!, c]))
}
