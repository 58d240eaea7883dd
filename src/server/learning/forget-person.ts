import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An account's Academy data goes with it: enrolments, quiz attempts, SCORM modules' saved data, completed lessons,
 * applications to the trainers' network and a trainer's profile, in the deletion's transaction
 * (rows that require the person would otherwise block the deletion). Certificates are the one
 * exception: the record (the name as printed, the course, the date) stays for the public
 * verification of a certificate already handed to someone, unlinked from the account.
 */
export const forgetLearner: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = (field: string) => ({ [field]: { equals: id } })
  for (const [collection, field] of [['quiz-attempts', 'user'], ['scorm-records', 'user'], ['lesson-progress', 'user'], ['enrollments', 'user'], ['trainer-applications', 'applicant'], ['trainers', 'user']] as const) {
    await req.payload.delete({ collection, where: where(field), overrideAccess: true, req })
  }
  await req.payload.update({ collection: 'certificates', where: where('user'), data: { user: null }, overrideAccess: true, req, context: { certificateSystem: true } })
}
