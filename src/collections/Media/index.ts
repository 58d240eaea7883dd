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
    // WebP renditions for srcset (every current browser reads WebP; the original stays the
    // fallback src), and a 1200×630 JPEG for og:image, which some link previewers need.
    imageSizes: [
      { name: 'small', width: 480, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'card', width: 640, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'large', width: 1280, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'social', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 80 } } },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Alternative text', ru: 'Альтернативный текст' },
      admin: {
        description: {
          en: 'What the image shows, for readers who cannot see it; written in each language. For a PDF, its title.',
          ru: 'Что изображено — для тех, кто не видит изображение; пишется на каждом языке. Для PDF — его название.',
        },
      },
    },
  ],
}
