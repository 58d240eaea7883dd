import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { env } from '@/env'
import { fileEndpoints } from '@/server/files/serve-file'
import { contentGroup } from '../shared'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'File', ru: 'Файл' }, plural: { en: 'Files', ru: 'Файлы' } },
  admin: { group: contentGroup },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revisionHooks },
  // Files are answered by our endpoint (ETag, 304, ranges, HEAD, cache policy), not Payload's.
  endpoints: fileEndpoints('media'),
  upload: {
    // Local disk by default; S3-compatible storage replaces this when configured (payload.config.ts).
    staticDir: path.join(env.dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    imageSizes: [{ name: 'card', width: 640 }],
    adminThumbnail: 'card',
  },
  fields: [{ name: 'alt', type: 'text', localized: true, required: true, label: { en: 'Alternative text', ru: 'Альтернативный текст' } }],
}
