import { type CollectionBeforeDeleteHook, type CollectionSlug, type Where } from 'payload'
import { inAdminLanguage, type TAdminText } from '@/fields/admin-text'
import { AppError } from '@/server/errors'

/**
 * A file that a record still uses is not deleted: the record would lose it without a word (on
 * SQLite the database refuses outright). The editor is told which records use it.
 */
export function refuseDeleteWhileUsed(users: CollectionSlug, usedBy: (id: number | string) => Where, message: TAdminText): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const found = await req.payload.find({ collection: users, where: usedBy(id), depth: 0, limit: 5, overrideAccess: true, req })
    if (!found.totalDocs) return
    const titles = found.docs.map((doc) => String((doc as { title?: unknown }).title ?? doc.id)).join('; ')
    throw new AppError('file-in-use', `${inAdminLanguage(req, message)} ${titles}`, 409)
  }
}
