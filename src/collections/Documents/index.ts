import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { filesForAudience } from '@/access/visibility'
import { isStaff } from '@/access/is-staff'
import { checkRole, staffRoles } from '@/access/roles'
import { env } from '@/env'
import { missingLocalFileAs404 } from '@/server/files/missing-file'
import { validatePdfUpload } from './hooks/validate-pdf-upload'

export const maxDocumentBytes = 50 * 1024 * 1024

/**
 * The files of publication editions (PDF, or images for infographics). Each file carries
 * the audience of its publication (copied by the publication's hook), so the file URL is
 * guarded by the same rule as the publication itself.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { en: 'Publication file', ru: 'Файл публикации' }, plural: { en: 'Publication files', ru: 'Файлы публикаций' } },
  admin: { group: { en: 'Migration Observatory', ru: 'Миграционная обсерватория' }, defaultColumns: ['filename', 'audience', 'pageCount', 'textStatus'] },
  access: { read: filesForAudience, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: path.join(env.dataDir, 'documents'),
    // With S3 the storage plugin serves the files (and answers for missing ones).
    handlers: env.s3 ? [] : [missingLocalFileAs404(path.join(env.dataDir, 'documents'))],
    mimeTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  },
  hooks: { beforeChange: [validatePdfUpload] },
  fields: [
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      options: ['public', 'members', 'staff'],
      admin: { readOnly: true, position: 'sidebar', description: 'Follows the publication: public, members only, or staff while unpublished.' },
    },
    { name: 'pageCount', type: 'number', admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'textStatus',
      type: 'select',
      defaultValue: 'pending',
      options: ['pending', 'extracted', 'unreadable', 'not-applicable'],
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Extracted text feeds the search index; it is never sent to readers as such.
    { name: 'text', type: 'textarea', admin: { hidden: true }, access: { read: ({ req }) => checkRole(staffRoles, req.user) } },
  ],
}
