import type { GlobalConfig } from 'payload'
import { nobody } from '@/access/nobody'

/** A token rewritten on every content change; page caches compare it (see hooks/bump-content-revision). */
export const ContentRevision: GlobalConfig = {
  slug: 'content-revision',
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [{ name: 'token', type: 'text' }],
}
