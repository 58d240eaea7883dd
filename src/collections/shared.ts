import type { CollectionConfig } from 'payload'
import { isStaff } from '@/access/is-staff'
import { publishedOrStaff } from '@/access/published-or-staff'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { queueSearchIndexing, queueSearchRemoval } from '@/hooks/queue-search-indexing'

/** Published content: everyone reads what is published, staff edit; drafts and versions kept. */
export const publishedContent: Pick<CollectionConfig, 'access' | 'versions' | 'hooks'> = {
  access: { read: publishedOrStaff, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  // Editors may publish (or unpublish) at a date and time; the jobs queue carries it out.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { ...revisionHooks },
}

export const contentGroup = { en: 'Content', ru: 'Содержание' }
export const processGroup = { en: 'The Process', ru: 'Процесс' }

/** Published content that the site search covers (news, pages, thematic areas, projects). */
export const searchableContent: Pick<CollectionConfig, 'access' | 'versions' | 'hooks'> = {
  ...publishedContent,
  hooks: {
    afterChange: [...revisionHooks.afterChange, queueSearchIndexing],
    afterDelete: [...revisionHooks.afterDelete, queueSearchRemoval],
  },
}
