import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { filesForAudience } from '@/access/visibility'
import { isStaff } from '@/access/is-staff'
import { checkRole, staffRoles } from '@/access/roles'
import { env } from '@/env'
import { fileEndpoints } from '@/server/files/serve-file'
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
  // Files are answered by our endpoint (ETag, 304, ranges, HEAD, cache policy), not Payload's.
  endpoints: fileEndpoints('documents'),
  upload: {
    staticDir: path.join(env.dataDir, 'documents'),
    mimeTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  },
  hooks: { beforeChange: [validatePdfUpload] },
  fields: [
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      label: { en: 'Audience', ru: 'Доступ' },
      options: [
        { value: 'public', label: { en: 'Public', ru: 'Открытый доступ' } },
        { value: 'members', label: { en: 'Members only', ru: 'Только для участников' } },
        { value: 'staff', label: { en: 'Staff only', ru: 'Только для Секретариата' } },
      ],
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          en: 'Follows the publication: public, members only, or staff while unpublished.',
          ru: 'Определяется публикацией: открытый доступ, только для участников или только для Секретариата, пока материал не опубликован.',
        },
      },
    },
    { name: 'pageCount', type: 'number', label: { en: 'Pages', ru: 'Число страниц' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'textStatus',
      type: 'select',
      defaultValue: 'pending',
      label: { en: 'Text extraction', ru: 'Извлечение текста' },
      options: [
        { value: 'pending', label: { en: 'Pending', ru: 'Ожидается' } },
        { value: 'extracted', label: { en: 'Done', ru: 'Выполнено' } },
        { value: 'unreadable', label: { en: 'Failed: the text could not be read', ru: 'Не удалось: текст не читается' } },
        { value: 'not-applicable', label: { en: 'Not needed (not a PDF)', ru: 'Не требуется (не PDF)' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Extracted text feeds the search index; it is never sent to readers as such.
    // Hidden from the form, but named in the list's column and filter choices.
    {
      name: 'text',
      type: 'textarea',
      label: { en: 'Extracted text', ru: 'Извлечённый текст' },
      admin: { hidden: true },
      access: { read: ({ req }) => checkRole(staffRoles, req.user) },
    },
  ],
}
