import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { nobody } from '@/access/nobody'

/** Every e-mail the platform sends, with its delivery state; without SMTP_URL this is where mail lands. */
export const EmailOutbox: CollectionConfig = {
  slug: 'email-outbox',
  labels: { singular: { en: 'E-mail', ru: 'Письмо' }, plural: { en: 'Outbox', ru: 'Исходящие письма' } },
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'status', 'createdAt'], group: { en: 'Accounts', ru: 'Учётные записи' } },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'to', type: 'text', required: true, index: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'code', admin: { language: 'html' } },
    { name: 'text', type: 'textarea' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'sent', 'logged', 'failed'],
    },
    { name: 'error', type: 'text' },
    { name: 'sentAt', type: 'date' },
  ],
}
