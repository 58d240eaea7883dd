import type { Access, Where } from 'payload'
import { checkRole, staffRoles } from '@/access/roles'

/** Staff and the trainers (who build courses with the Secretariat) write courses, lessons and questions. */
export const staffOrTrainer: Access = ({ req }) => checkRole([...staffRoles, 'trainer'], req.user)

/** Own rows for a learner; a trainer also the rows of the courses they teach; staff all. */
export const ownOrStaff: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  if (req.user?.collection !== 'users') return false
  const own: Where = { user: { equals: req.user.id } }
  return checkRole(['trainer'], req.user) ? { or: [own, { 'course.trainers': { equals: req.user.id } }] } : own
}
